/// Words of office and the like, folded: what makes "Deputy Foreign Minister X" and
/// "X, a spokesman for Y" point at a person.
enum TitleLexicon {
    /// Nouns that head a title: the word a role phrase is about.
    static let headWords: [String] = [
        "minister", "president", "envoy", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "negotiator", "leader", "chief", "secretary", "advisor", "adviser", "representative", "commander",
        "official", "head", "chairman", "chairwoman", "chairperson", "chair", "mediator", "director",
        "coordinator", "premier", "king", "queen", "emir", "prince", "sheikh", "general", "undersecretary",
        "diplomat", "delegate", "governor", "mayor", "senator", "lawmaker", "analyst", "researcher",
        "professor", "expert", "editor", "journalist", "correspondent", "activist", "founder", "commissioner",
        "deputy", "officer", "colonel", "lieutenant", "spokesmen", "cleric", "imam", "patriarch", "judge",
        "prosecutor", "chancellor", "monarch", "strongman", "militant", "fighter", "negotiators",
    ]
    static let heads = WordSet(headWords)

    /// Words that may stand in a title before or after its head.
    static let modifierWords: [String] = [
        "deputy", "foreign", "prime", "vice", "special", "acting", "assistant", "senior", "top", "former",
        "defense", "defence", "interior", "state", "general", "affairs", "first", "second", "executive",
        "permanent", "high", "under", "lead", "regime", "opposition", "faction", "rebel", "military", "army",
        "chief", "personal", "presidential", "foreign", "ministry", "ministers", "supreme", "national",
        "security", "political", "humanitarian", "relations", "cabinet", "government", "party", "spy",
        "intelligence", "defence", "economy", "finance", "justice", "health", "energy", "trade", "deputy",
        "regional", "international", "near", "east", "middle", "bureau", "office", "council", "committee",
        "delegation", "news", "agency", "head", "opposition's", "veteran", "influential", "leading", "main",
    ]
    static let modifiers = WordSet(modifierWords)

    /// Small words allowed inside a title ("Special Envoy for Syria", "Secretary of State").
    static let joiners = WordSet(["of", "for", "to", "on", "the", "and", "at", "in"])

    /// Lower-case name particles ("Staffan de Mistura", "Bashar al-Assad").
    static let particleWords: [String] = ["al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "abu", "le", "la", "ben", "bint", "ould", "dos", "das", "del", "della", "y"]
    static let particles = WordSet(particleWords)

    /// Verbs of saying that follow a named speaker ("X told AFP", "X said").
    static let speechVerbWords: [String] = [
        "told", "said", "says", "added", "stated", "announced", "noted", "explained", "stressed", "insisted",
        "warned", "argued", "confirmed", "declared", "tweeted", "wrote", "urged", "asked", "replied", "claimed",
        "insists", "adds", "tells", "denied", "acknowledged", "emphasised", "emphasized", "underlined",
    ]
    static let speechVerbs = WordSet(speechVerbWords)

    /// Verbs before "by" that introduce the person in charge ("led by X", "headed by X").
    static let agentVerbWords: [String] = ["led", "headed", "chaired", "represented", "joined", "accompanied", "hosted", "moderated", "signed", "organised", "organized", "opened", "received", "welcomed"]
    static let agentVerbs = WordSet(agentVerbWords)

    /// Capitalised words that are never part of a person's name.
    static let notNameWords: [String] = [
        "the", "a", "an", "and", "but", "or", "in", "on", "at", "for", "of", "to", "by", "with", "as", "if", "it",
        "this", "that", "these", "those", "he", "she", "they", "we", "his", "her", "their", "its", "there", "here",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mr", "mrs", "ms", "dr", "sir", "president", "minister", "comment", "update",
        "according", "meanwhile", "however", "also", "after", "before", "since", "while", "when", "who", "what",
        "why", "how", "where", "yes", "no", "both", "all", "some", "many", "key", "new", "last", "next",
        "talks", "round", "peace", "war", "province", "city", "street", "square", "palace", "ministry",
        "council", "committee", "agency", "news", "forum", "conference", "summit", "resolution", "university",
        "institute", "party", "front", "army", "forces", "group", "union", "organisation", "organization",
        "state", "states", "republic", "kingdom", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "upper", "lower", "greater", "new", "old", "tv", "radio", "daily",
    ]
    static let notNames = WordSet(notNameWords)
}
