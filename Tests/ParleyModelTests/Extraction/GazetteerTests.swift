import ParleyModel
import ParleyTestSupport
import Testing

/// `actors.yaml` as users write it: a closed list of sides, and fields we do not read named.
struct GazetteerTests {
    @Test func aSideOutsideTheListIsAWarningWithItsLine() throws {
        let (g, warnings) = try Gazetteer.parse(
            """
            actors:
              - name: Ruritanian government
                type: organisation
                side: goverment
              - name: Northern Front
                type: group
                side: Opposition
            """, file: "actors.yaml", layer: .corpus)
        #expect(g.entries.map(\.name) == ["Ruritanian government", "Northern Front"])
        #expect(g.entries[0].side == nil)
        #expect(g.entries[1].side == .opposition)
        #expect(
            warnings.map(\.description) == [
                "actors.yaml:4: actor 'Ruritanian government': side 'goverment' is not one of guarantor, government, opposition, observer or mediator; ignored"
            ])
    }

    @Test func fieldsThatAreNotReadAreNamed() throws {
        let (g, warnings) = try Gazetteer.parse(
            """
            actors:
              - name: Odile Marchetti
                type: person
                titles: [special envoy]
                affiliaton: United Nations
            """, file: "actors.yaml", layer: .corpus)
        #expect(g.entries.count == 1)
        #expect(warnings.map(\.line) == [4, 5])
        #expect(
            warnings.map(\.message) == [
                "actor 'Odile Marchetti': unknown field 'titles' (a person's roles are read from the text); ignored",
                "actor 'Odile Marchetti': unknown field 'affiliaton'; ignored",
            ])
    }

    @Test func theBuiltInLayersLoadWithoutWarnings() throws {
        #expect(Fixtures.seeds.warnings.isEmpty)
    }
}
