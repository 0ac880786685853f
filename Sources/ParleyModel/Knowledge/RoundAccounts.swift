/// Who says what about one round: for each article that reports it, the dates, places,
/// presences and absences it gives, each with its status and sentence, side by side; and the
/// tallies that show where the articles disagree.
public struct RoundAccounts: Sendable {
    /// One article's account of the round.
    public struct Account: Sendable {
        public var document: Int
        public var dates: [TimelineEntry.DateClaim]
        public var places: [TimelineEntry.PlaceClaim]
        /// Present first, then absent, each in the order the article says them.
        public var participation: [TimelineEntry.Participation]

        public var isEmpty: Bool { dates.isEmpty && places.isEmpty && participation.isEmpty }
    }

    /// A value and how many articles give it ("3–4 May 2017": 2 of 3).
    public struct Tally: Sendable, Hashable {
        public var value: String
        public var articles: Int
    }

    /// An actor said to take part by some articles and to stay away by others.
    public struct Split: Sendable, Hashable {
        public var actor: Int
        public var present: Int
        public var absent: Int
    }

    public let entry: Int
    public let accounts: [Account]
    /// The dates given, most articles first. Several may agree ("Jan 2017" and "23–25 Jan
    /// 2017"): `datesDisagree` says whether two cannot both be right.
    public let dates: [Tally]
    /// The places given (cities before states where an article gives a city), most articles first.
    public let places: [Tally]
    /// Two dates given that cannot both be right; two places (as the timeline judges them).
    public let datesDisagree: Bool
    public let placesDisagree: Bool
    /// Actors the articles disagree on: present in some, absent in others.
    public let splits: [Split]
    /// How many articles give a date, a place.
    public let dated: Int
    public let placed: Int

    public init(_ corpus: Corpus, entry: Int) {
        self.entry = entry
        let e = corpus.timeline.entries[entry]
        datesDisagree = e.hasConflict
        placesDisagree = e.placeConflict
        var accounts: [Account] = []
        for id in e.documents {
            guard let d = corpus.documentIndex(of: id) else { continue }
            // Each claim's tense, read now for this round's articles only (the load reads it for
            // the first claim of each actor in the corpus).
            let doc = corpus.documents[d]
            let cues = ParticipationCues(doc, tokens: doc.retokenized())
            let present = e.participationByArticle.filter { $0.span.document == id && $0.present }.map { p in
                var claim = p
                if claim.status == nil, let s = doc.sentenceIndex(containing: p.span.start) {
                    claim.status = cues.presenceStatus(in: doc, sentence: s)
                }
                return claim
            }
            let absent = e.participationByArticle.filter { $0.span.document == id && !$0.present }
            accounts.append(
                Account(
                    document: d, dates: e.dateClaims.filter { $0.span.document == id },
                    places: e.placeClaims.filter { $0.place.span.document == id }, participation: present + absent))
        }
        self.accounts = accounts
        // Each article counted once per value it gives (a date said twice is one voice).
        func tally(_ values: [[String]]) -> [Tally] {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for perArticle in values {
                for v in Set(perArticle) {
                    if counts[v] == nil { order.append(v) }
                    counts[v, default: 0] += 1
                }
            }
            return order.map { Tally(value: $0, articles: counts[$0]!) }.sorted { $0.articles > $1.articles }
        }
        let datesByArticle = accounts.map { a in
            a.dates.filter { $0.status?.datesTheRound ?? true }.map { HumanDate.format($0.value) }
        }
        dates = tally(datesByArticle)
        dated = datesByArticle.count { !$0.isEmpty }
        let placesByArticle = accounts.map { a -> [String] in
            let usable = a.places.filter { $0.status?.datesTheRound ?? true }
            let cities = usable.filter(\.place.isCity)
            return (cities.isEmpty ? usable : cities).map(\.place.text)
        }
        places = tally(placesByArticle)
        placed = placesByArticle.count { !$0.isEmpty }
        var present: [Int: Int] = [:]
        var absent: [Int: Int] = [:]
        for a in accounts {
            for p in a.participation { if p.present { present[p.actor, default: 0] += 1 } else { absent[p.actor, default: 0] += 1 } }
        }
        splits = absent.keys.filter { present[$0] != nil }.sorted().map { Split(actor: $0, present: present[$0]!, absent: absent[$0]!) }
    }

    /// The tallies as lines for a reader, `disputed` where they show a disagreement: "≠ Dates:
    /// 4 Mar 2022 (1 of 2), 9 Apr 2022 (1 of 2)", "Places: Astana (2 of 2)", "≠ Chile: present
    /// in 1, absent in 1", or "The articles agree." (the command line and the dashboard's `c`).
    public func summary(_ corpus: Corpus) -> [(text: String, disputed: Bool)] {
        var out: [(text: String, disputed: Bool)] = []
        func tally(_ label: String, _ t: [Tally], of n: Int, disagree: Bool) {
            guard !t.isEmpty else { return }
            out.append(
                ((disagree ? "≠ " : "") + label + ": " + t.map { "\($0.value) (\($0.articles) of \(n))" }.joined(separator: ", "), disagree)
            )
        }
        tally("Dates", dates, of: dated, disagree: datesDisagree)
        tally("Places", places, of: placed, disagree: placesDisagree)
        for s in splits { out.append(("≠ \(corpus.actors.actors[s.actor].name): present in \(s.present), absent in \(s.absent)", true)) }
        if !disagree { out.append(("The articles agree.", false)) }
        return out
    }

    /// Whether the articles disagree on anything: two dates, two places, or an actor both
    /// present and absent.
    public var disagree: Bool { datesDisagree || placesDisagree || !splits.isEmpty }

    /// One line of the side-by-side comparison: a claim ("date 3–4 May 2017", "present
    /// Russia") and what each article says of it (its status; "said" where no tense; nil where
    /// the article does not say it).
    public struct Line: Sendable, Hashable {
        public var kind: String
        public var value: String
        public var byArticle: [String?]
        /// Other articles say otherwise (another date or place that cannot both be right, or the
        /// actor present where this says absent).
        public var disputed: Bool
    }

    /// The claims side by side, a column per article: dates, places, then actors present and
    /// absent, each once.
    public func comparison(_ corpus: Corpus) -> [Line] {
        var lines: [Line] = []
        var index: [String: Int] = [:]
        let split = Set(splits.map(\.actor))
        func add(_ kind: String, _ value: String, article: Int, status: ClaimStatus?, disputed: Bool) {
            let key = kind + "\u{0}" + value
            let i: Int
            if let known = index[key] {
                i = known
            } else {
                i = lines.count
                index[key] = i
                lines.append(Line(kind: kind, value: value, byArticle: Array(repeating: nil, count: accounts.count), disputed: disputed))
            }
            if lines[i].byArticle[article] == nil { lines[i].byArticle[article] = status?.name ?? "said" }
        }
        for (k, a) in accounts.enumerated() {
            for d in a.dates { add("date", HumanDate.format(d.value), article: k, status: d.status, disputed: datesDisagree) }
        }
        for (k, a) in accounts.enumerated() {
            for p in a.places { add("place", p.place.text, article: k, status: p.status, disputed: placesDisagree) }
        }
        for present in [true, false] {
            for (k, a) in accounts.enumerated() {
                for p in a.participation where p.present == present {
                    add(
                        present ? "present" : "absent", corpus.actors.actors[p.actor].name, article: k, status: p.status,
                        disputed: split.contains(p.actor))
                }
            }
        }
        return lines
    }
}
