import ParleyModel

/// Three short reports of an invented process, with a gazetteer of their own and no world
/// layer: what the dashboard shows of them depends on little of the extraction, so the UI
/// tests on it keep passing as the extraction gets better (the seeds' tests and snapshots
/// check the layout on real text).
enum TinyCorpus {
    static let gazetteer = """
        actors:
          - name: Northland
            type: state
          - name: Southland
            type: state
          - name: Harbour Union
            type: organisation
            aliases: [the Union]
          - name: Mara Quill
            type: person
        """

    static let corpus: Corpus = {
        let articles: [(String, String, String, String)] = [
            (
                "a.txt", "Lakeside Wire", "2021-03-04",
                "Talks open at Lakeview.\n\nThe first round of the Lakeview talks opened on 4 March 2021. Northland and Southland sent delegations. Mara Quill chaired the meeting for the Harbour Union."
            ),
            (
                "b.txt", "Coast Daily", "2021-06-10",
                "Second round ends.\n\nThe second round of the Lakeview talks ended on 10 June 2021 in Lakeview. Northland said the Union had helped. Southland did not comment."
            ),
            (
                "c.txt", "Lakeside Wire", "2021-06-11",
                "Northland hopeful.\n\nNorthland's envoy said the second round of the Lakeview talks had gone well. Mara Quill thanked Northland and Southland."
            ),
        ]
        let docs = articles.map { id, outlet, date, text in
            Document(id: DocumentID(id), text: text, metadata: DocumentMetadata(outlet: outlet, date: PartialDate(edtf: date)))
        }
        let layer = try! Gazetteer.parse(gazetteer, file: "tiny.yaml", layer: .corpus).0
        return Corpus(documents: docs, gazetteer: layer)
    }()
}
