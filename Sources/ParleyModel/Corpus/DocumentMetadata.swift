/// What is known about an article besides its text: from its front matter or the folder's
/// `catalog.yaml`, else from its dateline (`Dateline`). Every field is optional.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var outlet: String?
    public var date: PartialDate?
    public var url: String?
    /// Where the article was filed, as its dateline names it ("Astana" for "ASTANA, Sept 15
    /// (Reuters) –"): where the reporter was, which is not always where the talks were.
    public var place: String?

    public init(title: String? = nil, outlet: String? = nil, date: PartialDate? = nil, url: String? = nil, place: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.place = place
    }

    /// Fields of `self`, with gaps filled from `fallback`.
    public func filled(from fallback: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(
            title: title ?? fallback.title, outlet: outlet ?? fallback.outlet,
            date: date ?? fallback.date, url: url ?? fallback.url, place: place ?? fallback.place)
    }
}
