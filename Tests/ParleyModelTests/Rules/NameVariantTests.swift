import ParleyModel
import Testing

/// The examples of `person-names.yaml`, each its own case: pairs that are one person, pairs that are two.
struct NameVariantTests {
    static let variants = NameVariants.builtIn

    @Test(arguments: NameVariants.builtIn.same)
    func onePerson(_ pair: [String]) {
        #expect(Self.variants.areVariants(pair[0], pair[1]), "\(pair[0]) and \(pair[1]) should be one person")
    }

    @Test(arguments: NameVariants.builtIn.different)
    func twoPeople(_ pair: [String]) {
        #expect(!Self.variants.areVariants(pair[0], pair[1]), "\(pair[0]) and \(pair[1]) should be two people")
    }

    @Test func theFileHasExamplesOfBothKinds() {
        #expect(Self.variants.same.count >= 3 && Self.variants.different.count >= 3)
        #expect((Self.variants.same + Self.variants.different).allSatisfy { $0.count == 2 })
    }
}
