/// What is known about an article besides its text: from its front matter or the folder's
/// `catalog.yaml`. Every field is optional.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var outlet: String?
    public var date: PartialDate?
    public var url: String?

    public init(title: String? = nil, outlet: String? = nil, date: PartialDate? = nil, url: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
    }

    /// Fields of `self`, with gaps filled from `fallback`.
    public func filled(from fallback: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(
            title: title ?? fallback.title, outlet: outlet ?? fallback.outlet,
            date: date ?? fallback.date, url: url ?? fallback.url)
    }
}
