/// Whether the words around a date speak of the past ("was held on May 3") or the future ("will
/// open on May 3", "is scheduled for", "won't attend on Monday"), as the date finder's tense
/// reading sees it. The date finder resolves bare months and weekdays by it; round claims take
/// their status from it (held or planned).
public enum DateTense: String, Sendable, Hashable, Codable {
    case past, future
}
