import Testing

@testable import ParleyModel

/// Runs the finder and checks what must hold for every result: mentions in text order,
/// non-overlapping, and each `text` exactly the UTF-8 bytes of its `range`.
private func find(_ text: String, _ reference: String?, sourceLocation: SourceLocation = #_sourceLocation) -> [DateMention] {
    let ref = reference.map { PartialDate(edtf: $0)! }
    let mentions = DateFinder.find(in: text, reference: ref)
    let bytes = Array(text.utf8)
    var previousEnd = 0
    for m in mentions {
        #expect(m.range.lowerBound >= previousEnd, "overlap or disorder at \(m.text)", sourceLocation: sourceLocation)
        #expect(m.range.upperBound <= bytes.count, sourceLocation: sourceLocation)
        if m.range.upperBound <= bytes.count {
            #expect(Array(bytes[m.range]) == Array(m.text.utf8), "range does not hold \(m.text)", sourceLocation: sourceLocation)
        }
        previousEnd = m.range.upperBound
    }
    return mentions
}

/// One line per mention: "kind text = value", with the qualifier or day count when present.
private func summary(_ text: String, _ reference: String?, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    find(text, reference, sourceLocation: sourceLocation).map { m in
        var line = "\(m.kind.rawValue) \(m.text) = \(m.value?.edtf ?? "nil")"
        if let q = m.value?.qualifier { line += " (\(q))" }
        if let d = m.durationDays { line += " \(d)d" }
        return line
    }
}

@Suite("DateFinder")
struct DateFinderTests {
    // MARK: Real sentences

    @Test func astanaFourthRoundDates() {
        #expect(
            summary(
                "A rebel delegation led by Jaish al-Islam faction leader Mohammad Alloush has arrived in Astana for a fourth round of talks with the regime and key powers set to take place May 3-4, Kazakhstan's foreign ministry said in a statement.",
                "2017-05-02")
                == ["absolute May 3-4 = 2017-05-03/2017-05-04"])
    }

    @Test func latestRoundInMarch() {
        #expect(
            summary(
                "The latest round of talks in March saw a delegation from Damascus meet with representatives from the three powers",
                "2017-05-02")
                == ["absolute March = 2017-03"])
    }

    /// "won't" is future: "won" alone is past, and the tokenizer splits "won't" into won ' t.
    @Test func wontIsFutureNotPast() {
        // 2017-05-03 is a Wednesday: the Monday a refusal speaks of is the coming one.
        #expect(summary("Russia won't attend the talks on Monday.", "2017-05-03") == ["weekday on Monday = 2017-05-08"])
        #expect(summary("Russia won the vote on Monday.", "2017-05-03") == ["weekday on Monday = 2017-05-01"])
        #expect(summary("They'll meet on Monday.", "2017-05-03") == ["weekday on Monday = 2017-05-08"])
    }

    @Test func kickedOffWednesdayContinueThursday() {
        #expect(
            summary(
                "The International Meetings on Syrian Settlement, as the talks are officially known, kicked off on Wednesday and will continue into Thursday.",
                "2017-05-03")
                == ["weekday on Wednesday = 2017-05-03", "weekday Thursday = 2017-05-04"])
    }

    @Test func lateLastYear() {
        #expect(
            summary("The three mediators helped bring about a nationwide ceasefire in Syria late last year.", "2017-05-03")
                == ["relative late last year = 2016 (late)"])
    }

    @Test func ordinalDayWithMonthOnlyReference() {
        #expect(
            summary(
                "As the diplomatic stage is set, Astana prepares to host pivotal talks on Syria starting January 24th, bringing together key stakeholders",
                "2024-01")
                == ["absolute January 24th = 2024-01-24"])
    }

    @Test func durationAndNextWeekWithMonthOnlyReference() {
        #expect(
            summary(
                "The mediators of the Syrian peace process, Turkey, Russia, and Iran, will meet for two days of talks in Astana next week.",
                "2024-01")
                == ["duration two days = nil 2d", "relative next week = nil"])
    }

    @Test func beganToday() {
        #expect(
            summary(
                "The eight round of Syria peace talks sponsored by Russia, Iran and Turkey began today in the Kazakh capital of Astana",
                "2017-12-21")
                == ["relative today = 2017-12-21"])
    }

    @Test func weekdayWithoutReference() {
        #expect(summary("Key players are meeting Monday", nil) == ["weekday Monday = nil"])
    }

    @Test func expectedToLastThreeDays() {
        #expect(summary("The negotiations ... are expected to last three days.", "2017-01-23") == ["duration three days = nil 3d"])
    }

    @Test func largeNumberIsNotAYear() {
        #expect(
            summary(
                "More than 320,000 people have been killed in Syria since the country's war began with anti-government protests in March 2011",
                "2017-05-03")
                == ["absolute March 2011 = 2011-03"])
    }

    @Test func plannedMeetingAfterAHyphenatedAdjective() {
        // "UN-mediated" is an adjective, not a past tense; "expected" makes it a plan.
        #expect(
            summary(
                "The Astana talks are expected to be followed by a UN-mediated meeting in Geneva, Switzerland, on February 8.", "2017-01-23"
            )
                == ["absolute February 8 = 2017-02-08"])
    }

    @Test func ceasefireThatEnteredIntoForceLastDecember() {
        #expect(
            summary(
                "Moscow and Ankara used their leverage on the ground last month to secure a fragile ceasefire that entered into force on December 30 after rebel fighters lost their pocket of territories in Aleppo.",
                "2017-01-23")
                == ["relative last month = 2016-12", "absolute December 30 = 2016-12-30"])
    }

    // MARK: Absolute dates

    @Test(arguments: [
        ("talks on May 3-4", "absolute May 3-4 = 2017-05-03/2017-05-04"),
        ("talks on May 3\u{2013}4", "absolute May 3\u{2013}4 = 2017-05-03/2017-05-04"),
        ("talks on May 3 - 4", "absolute May 3 - 4 = 2017-05-03/2017-05-04"),
        ("starting January 24th", "absolute January 24th = 2017-01-24"),
        ("on February 8 the", "absolute February 8 = 2017-02-08"),
        ("until December 30", "absolute December 30 = 2017-12-30"),
        ("until Dec. 30", "absolute Dec. 30 = 2017-12-30"),
        ("from Sept. 5", "absolute Sept. 5 = 2017-09-05"),
        ("on May 3, 2017, in Astana", "absolute May 3, 2017 = 2017-05-03"),
        ("on 3 May 2017", "absolute 3 May 2017 = 2017-05-03"),
        ("on 3-4 May 2017", "absolute 3-4 May 2017 = 2017-05-03/2017-05-04"),
        ("on 3\u{2013}4 May", "absolute 3\u{2013}4 May = 2017-05-03/2017-05-04"),
        ("held on 30-31 October, 2017 in", "absolute 30-31 October, 2017 = 2017-10-30/2017-10-31"),
        ("Between Jan. 23 and", "absolute Jan. 23 = 2017-01-23"),
        ("THE TALKS ON MAY 3 ENDED", "absolute MAY 3 = 2017-05-03"),
        ("on the 24th of January", "absolute 24th of January = 2017-01-24"),
        ("since June 2023", "absolute June 2023 = 2023-06"),
        ("in March 2011", "absolute March 2011 = 2011-03"),
        ("in September 2015", "absolute September 2015 = 2015-09"),
        ("in January 2024", "absolute January 2024 = 2024-01"),
        ("the 2017 talks", "absolute 2017 = 2017"),
        ("from May 30 \u{2013} June 2", "absolute May 30 \u{2013} June 2 = 2017-05-30/2017-06-02"),
        ("from 30 May to", "absolute 30 May = 2017-05-30"),
        ("dated 2017-05-03 in", "absolute 2017-05-03 = 2017-05-03"),
        ("in mid-2017", "absolute mid-2017 = 2017 (mid)"),
        ("in early January", "absolute early January = 2017-01 (early)"),
    ])
    func absoluteForms(text: String, expected: String) {
        #expect(summary(text, "2017-05-02") == [expected])
    }

    @Test func eachYearOfAListIsItsOwnMention() {
        #expect(
            summary("Elections were held in 2012, 2014 and 2016.", "2017-05-02")
                == ["absolute 2012 = 2012", "absolute 2014 = 2014", "absolute 2016 = 2016"])
    }

    @Test func yearCrossingInterval() {
        #expect(
            summary("between December 30 \u{2013} January 2, 2018", nil)
                == ["absolute December 30 \u{2013} January 2, 2018 = 2017-12-30/2018-01-02"])
    }

    @Test func impossibleDayIsNotADate() {
        #expect(summary("on February 30 the", "2017-05-02") == ["absolute February = 2017-02"])
        #expect(summary("on Feb 30 the", "2017-05-02") == [])
    }

    // MARK: Resolution against the reference

    @Test func monthDayWithoutReferenceKeepsUnknownYear() {
        #expect(summary("set to take place May 3-4", nil) == ["absolute May 3-4 = XXXX-05-03/XXXX-05-04"])
        #expect(summary("The latest round of talks in March", nil) == ["absolute March = XXXX-03"])
        #expect(summary("on 3 May", nil) == ["absolute 3 May = XXXX-05-03"])
    }

    @Test func monthOnlyReference() {
        #expect(summary("starting January 24th", "2024-01") == ["absolute January 24th = 2024-01-24"])
        #expect(summary("He spoke on Monday", "2024-01") == ["weekday on Monday = nil"])
        #expect(summary("talks began today", "2024-01") == ["relative today = nil"])
        #expect(summary("later this month", "2024-01") == ["relative later this month = 2024-01"])
        #expect(summary("last month", "2024-01") == ["relative last month = 2023-12"])
        #expect(summary("this year", "2024-01") == ["relative this year = 2024"])
        #expect(summary("last week", "2024-01") == ["relative last week = nil"])
    }

    @Test func yearOnlyAndNilReference() {
        #expect(summary("next month", "2024") == ["relative next month = nil"])
        #expect(summary("early next year", "2024") == ["relative early next year = 2025 (early)"])
        #expect(
            summary("last year and yesterday and next month", nil)
                == ["relative last year = nil", "relative yesterday = nil", "relative next month = nil"])
    }

    @Test func plannedDateEarlyNextYearRollsOver() {
        #expect(
            summary("The next round will be held on January 15 in Astana.", "2017-12-21")
                == ["absolute January 15 = 2018-01-15"])
        #expect(
            summary("The round that was held on January 15 in Astana failed.", "2017-12-21")
                == ["absolute January 15 = 2017-01-15"])
        #expect(
            summary("A round on January 15 in Astana.", "2017-12-21")
                == ["absolute January 15 = 2017-01-15"])
        // A recent month in a plan stays in the reference year.
        #expect(summary("Talks are expected to resume in May.", "2017-06-10") == ["absolute May = 2017-05"])
    }

    @Test func laterMonthInPastTenseIsLastYear() {
        #expect(summary("The talks in November were a failure.", "2017-05-02") == ["absolute November = 2016-11"])
        #expect(summary("Delegations will meet in November.", "2017-05-02") == ["absolute November = 2017-11"])
        #expect(summary("since January", "2017-05-02") == ["absolute January = 2017-01"])
    }

    @Test func lastAndNextMonthName() {
        #expect(summary("The ceasefire agreed last December held.", "2017-05-02") == ["relative last December = 2016-12"])
        #expect(summary("talks resumed last March", "2017-05-02") == ["relative last March = 2017-03"])
        #expect(summary("talks in Geneva next February", "2017-05-02") == ["relative next February = 2018-02"])
    }

    // MARK: Weekdays

    @Test func weekdaysAgainstACompleteReference() {
        // 2017-05-03 is a Wednesday.
        #expect(summary("Lavrov told reporters on Monday that", "2017-05-03") == ["weekday on Monday = 2017-05-01"])
        #expect(summary("The talks will resume on Friday.", "2017-05-03") == ["weekday on Friday = 2017-05-05"])
        #expect(summary("Talks are set to resume Monday.", "2017-05-03") == ["weekday Monday = 2017-05-08"])
        #expect(summary("They met next Wednesday", "2017-05-03") == ["weekday next Wednesday = 2017-05-10"])
        #expect(summary("They met last Wednesday", "2017-05-03") == ["weekday last Wednesday = 2017-04-26"])
        #expect(
            summary("On Sunday, rebels said they would attend.", "2017-05-03")
                == ["weekday On Sunday = 2017-04-30"])
        // 2017-01-23 is a Monday; 2017-05-02 a Tuesday.
        #expect(summary("Key players are meeting Monday", "2017-01-23") == ["weekday Monday = 2017-01-23"])
        #expect(summary("Kazakhstan said Tuesday", "2017-05-02") == ["weekday Tuesday = 2017-05-02"])
        #expect(summary("the UN said Monday", "2017-05-02") == ["weekday Monday = 2017-05-01"])
    }

    @Test func pluralWeekdayIsHabitNotADate() {
        #expect(summary("They meet on Mondays.", "2017-05-03") == [])
    }

    // MARK: Relative dates

    @Test func relativeDaysAndPeriods() {
        let ref = "2017-05-03"  // a Wednesday
        #expect(summary("tomorrow", ref) == ["relative tomorrow = 2017-05-04"])
        #expect(summary("yesterday's talks", ref) == ["relative yesterday = 2017-05-02"])
        #expect(summary("Tonight", ref) == ["relative Tonight = 2017-05-03"])
        #expect(summary("this week", ref) == ["relative this week = 2017-05-01/2017-05-07"])
        #expect(summary("last week", ref) == ["relative last week = 2017-04-24/2017-04-30"])
        #expect(summary("early next week", ref) == ["relative early next week = 2017-05-08/2017-05-14 (early)"])
        #expect(summary("earlier this month", ref) == ["relative earlier this month = 2017-05"])
        #expect(summary("next month", ref) == ["relative next month = 2017-06"])
        #expect(summary("earlier this year", ref) == ["relative earlier this year = 2017"])
        #expect(summary("next year's vote", ref) == ["relative next year = 2018"])
        #expect(summary("last month", "2017-01-10") == ["relative last month = 2016-12"])
        #expect(summary("next month", "2017-12-10") == ["relative next month = 2018-01"])
    }

    @Test func vagueTimeWordsAreNotDates() {
        #expect(summary("Talks now look likely to resume soon, as fighting has recently eased in the past few months.", "2017-05-03") == [])
        #expect(summary("Violence fell over the last year and in the next week.", "2017-05-03") == [])
        #expect(summary("A week after the talks, a week ago, months of fighting.", "2017-05-03") == [])
    }

    // MARK: Durations

    @Test(arguments: [
        ("two days of talks", "duration two days = nil 2d"),
        ("talks for two days", "duration two days = nil 2d"),
        ("expected to last three days", "duration three days = nil 3d"),
        ("a three-day meeting", "duration three-day = nil 3d"),
        ("two-day talks", "duration two-day = nil 2d"),
        ("a 10-day truce", "duration 10-day = nil 10d"),
        ("for 4 days", "duration 4 days = nil 4d"),
        ("for one day", "duration one day = nil 1d"),
    ])
    func durations(text: String, expected: String) {
        #expect(summary(text, "2017-05-03") == [expected])
    }

    @Test func pointsInTimeAgesAndYearsAreNotDurations() {
        #expect(summary("two days later", "2017-05-03") == [])
        #expect(summary("three days ago", "2017-05-03") == [])
        #expect(summary("the six-year war", "2017-05-03") == [])
        #expect(summary("after six years of war and months of talks", "2017-05-03") == [])
        #expect(summary("one day peace will come", "2017-05-03") == [])
    }

    // MARK: Things that are not dates

    @Test(arguments: [
        "More than 320,000 people died.",
        "UN Security Council Resolution 2642 extends aid.",
        "under Resolution 2254 the talks",
        "under resolutions 2118 and 2254 the talks",
        "document No. 2254 says",
        "it cost $2000 to",
        "some 1950 people fled",
        "in the 1990s",
        "at 10:30 a.m. local time",
        "talks may resume",
        "Talks may resume in march, may not.",
        "a march on the capital",
        "Prime Minister Theresa May said",
        "Jan Egeland said",
        "the 24th round",
    ])
    func notDates(text: String) {
        #expect(summary(text, "2017-05-03") == [])
    }

    @Test func capitalisedMayNeedsACueOrANumber() {
        #expect(summary("May the talks succeed.", "2017-05-03") == [])
        #expect(summary("They met in May.", "2017-05-03") == ["absolute May = 2017-05"])
        #expect(summary("between April and May", "2017-05-03") == ["absolute April = 2017-04", "absolute May = 2017-05"])
        #expect(summary("May 3 was quiet", "2017-05-03") == ["absolute May 3 = 2017-05-03"])
        #expect(summary("since mid-March", "2017-05-03") == ["absolute mid-March = 2017-03 (mid)"])
    }

    // MARK: Unicode and offsets

    @Test func curlyQuotesAndNoBreakSpace() {
        let text = "\u{201C}We will meet on May\u{00A0}3\u{2013}4,\u{201D} said the envoy\u{2019}s aide \u{2014} on Monday."
        let mentions = find(text, "2017-05-02")
        #expect(mentions.map(\.text) == ["May\u{00A0}3\u{2013}4", "on Monday"])
        #expect(mentions.map { $0.value?.edtf } == ["2017-05-03/2017-05-04", "2017-05-01"])
        // The opening quote is three bytes, so the first mention starts at byte 3 + "We will meet on ".
        #expect(mentions.first?.range.lowerBound == 3 + 16)
    }

    @Test func accentedWordsBeforeADate() {
        let text = "Les négociations à Genève reprendront, said Staffan de Mistura, on 3 May 2017."
        let mentions = find(text, nil)
        #expect(mentions.map(\.text) == ["3 May 2017"])
        let bytes = Array(text.utf8)
        if let m = mentions.first {
            #expect(String(decoding: bytes[m.range], as: UTF8.self) == "3 May 2017")
        }
    }

    /// Jumbled date fragments, glued with and without spaces, must never break the offsets.
    @Test func jumbledFragmentsKeepOffsetsExact() {
        let pieces = [
            "May", "3", "-", "\u{2013}", ",", "2017", "Dec", ".", "on", "Monday", "late", "last", "year",
            "mid", "\u{00A0}", "\u{201C}", "Genève", "320,000", "24th", "day", "two", "\u{2019}s", "next",
            "week", "of", "Resolution", "today", "\u{2014}", "🇸🇾", "e\u{0301}", "30", "June",
        ]
        let glue = [" ", "", " ", "\u{00A0}"]
        var seed: UInt64 = 0x2017_0503
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        var total = 0
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(1 + next(12)) { text += pieces[next(pieces.count)] + glue[next(glue.count)] }
            for reference in [nil, "2024-01", "2017-12-31"] as [String?] {
                total += find(text, reference).count
            }
        }
        #expect(total > 1000)
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(DateFinder.find(in: "", reference: nil).isEmpty)
        #expect(DateFinder.find(in: " \u{00A0}\u{2014}\u{201C}", reference: nil).isEmpty)
    }

    /// The quick filter in front of the anchor set never rules out an anchor, in any case.
    @Test func everyAnchorPassesTheQuickFilter() {
        for anchor in Lexicons.builtIn.dates.anchors {
            for form in [anchor, anchor.capitalized, anchor.uppercased()] {
                let tokens = DateToken.tokenize(Array(form.utf8), words: Lexicons.builtIn.dates)
                #expect(tokens.count == 1 && tokens[0].lower == anchor && tokens[0].mayBeAnchor, "\(form)")
            }
        }
        // And it rules out the commonest words, which is what it is for.
        let common = ["the", "of", "and", "to", "in", "talks", "said", "round", "Astana", "Russia"]
        #expect(common.filter { DateToken.tokenize(Array($0.utf8), words: Lexicons.builtIn.dates)[0].mayBeAnchor }.count <= 1)
    }
}
