import Testing
@testable import StoryCore

@Suite("Date expressions in sentences")
struct TemporalTaggerTests {
    /// Wednesday, 11 December 2024.
    static let tagger = TemporalTagger(anchor: DateStamp(year: 2024, month: 12, day: 11))

    func resolved(_ sentence: String, tagger: TemporalTagger = tagger) -> [String] {
        tagger.mentions(in: sentence).map { "\($0.date.iso) \($0.date.precision.rawValue)" }
    }

    @Test("resolved against the article's day", arguments: [
        ("The minister said on Tuesday that talks had ended.", "2024-12-10 day"),
        ("The leaders will meet on Saturday in Geneva.", "2024-12-14 day"),
        ("The dam failed yesterday.", "2024-12-10 day"),
        ("Crews worked through the night and finished today.", "2024-12-11 day"),
        ("Prices rose last week.", "2024-12-02 week"),
        ("Talks continue this week.", "2024-12-09 week"),
        ("The court ruled last month.", "2024-11 month"),
        ("The bridge will reopen next year.", "2025 year"),
        ("The same thing happened two years ago.", "2022 year"),
        ("In 2004, a magnitude-9.1 earthquake struck off the coast.", "2004 year"),
        ("The town lived through a 13-year civil war.", "2011 year"),
        ("It ended five decades of one-party rule.", "1970 decade"),
        ("Repairs are planned for the 2009-2010 season.", "2009 year"),
        ("Work will continue through June.", "2025-06 month"),
        ("Spending fell this fiscal year.", "2024 year"),
        ("Revenue will rise in fiscal 2026.", "2026 year"),
        ("The budget for FY2025 was cut.", "2025 year"),
        ("The port lost money in fiscal year 2023.", "2023 year"),
        ("The coach, fired on December 20, is suing the club.", "2023-12-20 day"),
        ("The talks are scheduled for December 20.", "2024-12-20 day"),
        ("The trial is set for June 17.", "2025-06-17 day"),
        ("Last Tuesday, the board met.", "2024-12-10 day"),
        ("The board met last Tuesday of all days.", "2024-12-10 day"),
        ("Rescuers could not reach the climbers due to the weather on Saturday.", "2024-12-07 day"),
        ("The ferry is due to arrive on Saturday.", "2024-12-14 day"),
        ("The man arrested on June 8 will be sentenced soon.", "2024-06-08 day"),
        ("The board will decide on Wednesday whether to close the pier.", "2024-12-11 day"),
        ("The board will decide next Wednesday.", "2024-12-18 day"),
        ("Since 2011 the port has grown every year.", "2011 year"),
        ("Fighting has gone on since 2011.", "2011 year"),
        ("The report is due by June.", "2025-06 month"),
        ("The mayor has ordered every bridge inspected by the end of May.", "2025-05 month"),
        ("Repairs kept the pier shut, and it stays closed until the end of March.", "2025-03 month"),
        ("A warrant was issued in March 2023.", "2023-03 month"),
        ("The dam was built in the 1970s.", "1970 decade"),
        ("Output peaked in mid-2023.", "2023 year"),
        ("Work began in early December.", "2024-12 month"),
        ("The vote took place on December 10.", "2024-12-10 day"),
        ("The deal was signed on Dec. 11.", "2024-12-11 day"),
        ("Rebels entered the city on Wednesday 11 December.", "2024-12-11 day"),
        ("The ceasefire began on 2024-12-08.", "2024-12-08 day"),
        ("Residents fled over the weekend.", "2024-12-02 week"),
        ("The coup ended five decades of family rule.", "1970 decade"),
        ("It was the third year of a 13-year civil war.", "2011 year"),
        ("The ferry ran aground last night.", "2024-12-10 day"),
        ("Divers reached the wreck early this morning.", "2024-12-11 day"),
        ("The mayor will speak this evening.", "2024-12-11 day"),
        ("An earthquake struck the coast in April last year.", "2023-04 month"),
        ("The bridge will open in March of next year.", "2025-03 month"),
        ("The ferry sank the day before yesterday.", "2024-12-09 day"),
        ("The captain rear-ended a truck with his car on the coast road on December 20, police said.", "2023-12-20 day"),
        ("The ferry sank on the morning of December 20.", "2023-12-20 day"),
        ("He was at large until December 20, when he was found.", "2023-12-20 day"),
        ("The company announced that the port reopens on December 20.", "2024-12-20 day"),
        ("The long-awaited bridge opens on December 20.", "2024-12-20 day"),
        ("The port stays closed until December 20.", "2024-12-20 day"),
        ("Yesterday's vote was close.", "2024-12-10 day"),
        ("Turnout fell below last year's level.", "2023 year"),
        ("Investors cheered today's announcement.", "2024-12-11 day"),
        ("The mayor announced plans Tuesday to rebuild the quay.", "2024-12-10 day"),
        ("The board unveiled its plans on Friday.", "2024-12-06 day"),
        ("The mayor plans to speak on Friday.", "2024-12-13 day"),
    ])
    func relative(sentence: String, expected: String) {
        #expect(resolved(sentence) == [expected], "\(sentence)")
    }

    /// Written in the small hours, `tonight` is the night in progress, begun the day before;
    /// `today` stays the article's day.
    @Test func tonightInTheSmallHoursIsTheNightBefore() {
        let late = TemporalTagger(anchor: DateStamp(year: 2024, month: 12, day: 11), smallHours: true)
        #expect(resolved("A vigil tonight turned into a riot.", tagger: late) == ["2024-12-10 day"])
        #expect(resolved("Crowds gathered this evening outside the station.", tagger: late) == ["2024-12-10 day"])
        #expect(resolved("The council meets today.", tagger: late) == ["2024-12-11 day"])
        #expect(resolved("A vigil tonight turned into a riot.") == ["2024-12-11 day"])
    }

    /// A day months ahead, with no verb saying it is past, is this year's; told in the past
    /// anywhere in the sentence, last year's.
    @Test func aDayAheadIsThisYearsUnlessTheSentenceIsPast() {
        let august = TemporalTagger(anchor: DateStamp(year: 2013, month: 8, day: 5))
        #expect(resolved("The show returns to screens on November 23 for its anniversary.", tagger: august) == ["2013-11-23 day"])
        #expect(resolved("We can't wait to see her on Christmas Day.", tagger: august) == ["2013-12-25 day"])
        #expect(resolved("The crash on November 23 killed two climbers.", tagger: august) == ["2012-11-23 day"])
    }

    @Test func aSentencesFullStopIsNotPartOfTheDate() {
        #expect(Self.tagger.mentions(in: "The ferry sank on the 20th of December.").map(\.expression) == ["20th of December"])
        #expect(Self.tagger.mentions(in: "The ferry sank on 20 Dec. 2023 off the cape.").map(\.expression) == ["20 Dec. 2023"])
    }

    @Test func aFiscalYearIsApproximate() {
        let found = Self.tagger.mentions(in: "Revenue will rise in fiscal 2026, and fell in 2024.")
        #expect(found.map(\.expression) == ["fiscal 2026", "in 2024"])
        #expect(found.map(\.date.approximate) == [true, false])
    }

    @Test("not dates", arguments: [
        "The war has claimed 500,000 lives.", "Ships moor at Berth 2009.", "A 17-year-old was arrested.",
        "The meeting starts at 10:30.", "Route 2024 is closed.", "Some 2,014 people signed.",
        "The council approved a 10-year plan for the harbour.", "Its engineer has five decades of experience.",
        "She ended a 30-year career at the port.", "Crews worked through the night.", "The bells ring every night.",
        "In the afternoon sun, only rubble remained.", "He watched the right hand all night.",
        "Two players were arrested within the last month.", "Prices rose in the past year.",
        "Fixes ship on Patch Tuesday.", "Shops opened early on Black Friday.", "The board meets on the second Tuesday of each month.",
        "It meets on the last Friday of the month.", "The ferry sails every Tuesday.",
    ])
    func notDates(sentence: String) {
        #expect(resolved(sentence).isEmpty, "\(sentence)")
    }

    /// The byte pre-check may let through text with no date, never hold back text with one.
    @Test func thePreCheckPassesEveryParagraphWithADate() throws {
        var checked = 0
        for text in try Fixtures.everyParagraph() where !Self.tagger.mentions(in: text).isEmpty {
            #expect(TemporalTagger.mayHoldDate(text), "\(text)")
            checked += 1
        }
        #expect(checked > 20)
        for text in ["He spoke on “Tuesday”.", "Elle a parlé en décembre.", "It ended five decades of rule.", "They met last week.",
                     "Three years ago, it began.", "Die Wahl im März.", "Talks resume MONDAY", "Internationalization talks end Friday", "The ferry sank last night."] {
            #expect(TemporalTagger.mayHoldDate(text), "\(text)")
        }
        for text in ["The minister spoke to reporters.", "Crews worked through the storm, officials said.", "“We will rebuild,” she said."] {
            #expect(!TemporalTagger.mayHoldDate(text), "\(text)")
        }
    }

    @Test func numericDatesFollowTheOutletsHabit() {
        let british = TemporalTagger(anchor: DateStamp(year: 2025, month: 5, day: 1), dayFirst: true)
        #expect(resolved("The fair opens on 03/04/2025.", tagger: british) == ["2025-04-03 day"])
        let unknown = TemporalTagger(anchor: DateStamp(year: 2025, month: 5, day: 1))
        #expect(resolved("The fair opens on 03/04/2025.", tagger: unknown).isEmpty, "left ambiguous")
        #expect(resolved("The fair opened on 25/04/2025.", tagger: unknown) == ["2025-04-25 day"])
    }
}

@Suite("The merged timeline")
struct TimelineTests {
    static let harbor = try! StoryLoader.load(paths: [Fixtures.path("harbor")])
    static let events = TimelineAnalyzer.analyze(harbor)

    /// Counted once for both analyses, the story's words weigh quotes and events as each
    /// analysis counting them on its own does.
    @Test func bothAnalysesTogetherAreEachOnItsOwn() throws {
        var stories = [Self.harbor]
        if let seeds = Fixtures.seeds { stories.append(try StoryLoader.load(paths: [seeds])) }
        for story in stories {
            let together = StoryAnalysis.run(story)
            #expect(together.events == TimelineAnalyzer.analyze(story))
            #expect(QuotesReport.json(story, together.quotes).rendered() == QuotesReport.json(story, QuoteAnalyzer.analyze(story)).rendered())
            #expect(!together.events.isEmpty && !together.quotes.statements.isEmpty)
        }
    }

    @Test func theCollapseIsOneEventFromEveryOutlet() throws {
        let collapse = try #require(Self.events.first { $0.date.iso == "2025-03-03" && $0.mentions.count >= 5 })
        #expect(Set(collapse.mentions.map(\.article)).count == 5)
        #expect(collapse.conflicts.contains { $0.what == "containers" && $0.values.map(\.value) == ["12", "14"] })
    }

    @Test func aYearTheOutletsDisagreeOnIsOneEventWithAlternatives() throws {
        let installed = try #require(Self.events.first { $0.date.iso == "1998" })
        #expect(installed.alternatives.map(\.date.iso) == ["1996"])
        #expect(installed.alternatives.first?.articles.count == 1)
    }

    /// Outlets of our own writing: each tells the quay's collapse in its own words and by its
    /// own day word; one adds a second happening of that day; two tell an older happening.
    @Test func oneHappeningToldByEachOutletIsOneEvent() {
        let pages = [
            ("a.txt", "Published 2025-03-05\n\nQuay collapse\n\nPart of the old quay at Valmora collapsed into the harbour on Tuesday, sinking two fishing boats.\n\nThe mayor opened an emergency shelter on Tuesday for families from the harbour front.\n\nIn 2014, a storm surge flooded the same quay and the fish market."),
            ("b.txt", "Published 2025-03-05\n\nValmora quay gives way\n\nA section of Valmora's ageing quay gave way yesterday and two boats went down with it.\n\nA 2014 storm surge had already flooded the quay and its fish market."),
            ("c.txt", "Published 2025-03-04\n\nHarbour disaster\n\nTwo fishing boats sank today when the old Valmora quay collapsed into the harbour."),
        ]
        let events = TimelineAnalyzer.analyze(story(pages))
        let collapse = events.filter { $0.date.iso == "2025-03-04" && $0.mentions.contains { $0.text.contains("boats") } }
        #expect(collapse.count == 1)
        #expect(Set(collapse.first?.mentions.map(\.article) ?? []) == ["a1", "a2", "a3"])
        // The shelter, the same day in one outlet, is a happening of its own.
        #expect(events.contains { $0.date.iso == "2025-03-04" && $0.mentions.allSatisfy { $0.text.contains("shelter") } })
        let surge = events.filter { $0.date.iso == "2014" }
        #expect(surge.count == 1 && Set(surge.first?.mentions.map(\.article) ?? []) == ["a1", "a2"])
    }

    /// Two outlets telling one month's happening in different words, with a name the story uses
    /// only there: one event.
    @Test func aRareNameSharedInOneMonthMakesOneEvent() {
        let pages = [
            ("a.txt", "Published 2024-12-10\n\nHarbour talks\n\nMinister Ilse Varga said the port talks with Valmora would resume in January.\n\nVarga said Valmora would welcome another prisoner exchange like the one carried out in August that freed the engineer Tomasz Wielgosz and two sailors.\n\nVarga said the port talks had stalled over fishing quotas."),
            ("b.txt", "Published 2024-12-10\n\nPort talks to resume\n\nThe port talks with Valmora will resume in January, Minister Ilse Varga said.\n\nReferring to the successful deal in August that released Wielgosz, she called such swaps a healthy step forward.\n\nThe talks stalled over fishing quotas, Varga said."),
        ]
        let august = TimelineAnalyzer.analyze(story(pages)).filter { $0.date.iso == "2024-08" }
        #expect(august.count == 1)
        #expect(Set(august.first?.mentions.map(\.article) ?? []) == ["a1", "a2"])
    }

    /// A happening in the night: late one day in one outlet, early the next in another.
    @Test func lateOneDayAndEarlyTheNextAreOneNight() throws {
        let pages = [
            ("a.txt", "Published 2025-03-07\n\nFerry runs aground\n\nThe night ferry Albatros ran aground off Kessling Point late Thursday, and its 40 passengers were taken ashore by lifeboat."),
            ("b.txt", "Published 2025-03-07\n\nPassengers rescued\n\nEarly Friday, around 1:30 a.m., the ferry Albatros ran aground off Kessling Point with 40 passengers on board."),
            ("c.txt", "Published 2025-03-07\n\nFerry aground\n\nThe ferry Albatros ran aground off Kessling Point on Thursday night; lifeboats took its passengers ashore."),
        ]
        let events = TimelineAnalyzer.analyze(story(pages))
        let aground = try #require(events.first { $0.mentions.count >= 2 })
        #expect(Set(aground.mentions.map(\.article)) == ["a1", "a2", "a3"])
        #expect(aground.date.iso == "2025-03-06")
        #expect(aground.alternatives.isEmpty, "the same night is no disagreement")
        // A plain next day is not a night: a happening told on Friday by an outlet stays apart.
        let apart = TimelineAnalyzer.analyze(story([
            pages[0], ("d.txt", "Published 2025-03-07\n\nFerry aground\n\nThe ferry Albatros was towed off the rocks at Kessling Point on Friday."),
        ]))
        #expect(apart.allSatisfy { Set($0.mentions.map(\.article)).count == 1 })
    }

    /// `Yesterday` counts from the day the page gives, which a time zone can put a day late.
    @Test func yesterdayADayFromAnotherOutletsDayIsOneHappening() throws {
        let thursday = ("a.txt", "Published 2025-03-07\n\nFerry runs aground\n\nThe ferry Albatros ran aground off Kessling Point on Thursday, and its 40 passengers were taken ashore by lifeboat.")
        let yesterday = ("b.txt", "Published 2025-03-08\n\nPassengers rescued\n\nThe ferry Albatros ran aground off Kessling Point yesterday with 40 passengers on board, who were taken ashore by lifeboat.")
        let events = TimelineAnalyzer.analyze(story([thursday, yesterday]))
        let aground = try #require(events.first { $0.mentions.count >= 2 })
        #expect(Set(aground.mentions.map(\.article)) == ["a1", "a2"])
        #expect(aground.date.iso == "2025-03-06", "the day named outright")
        #expect(aground.alternatives.isEmpty, "a page's day a time zone off is no disagreement")
        // Named outright, two days are two happenings; and `yesterday` still needs the same words.
        let friday = ("c.txt", "Published 2025-03-07\n\nFerry aground\n\nThe ferry Albatros was towed off the rocks at Kessling Point on Friday.")
        let salvage = ("d.txt", "Published 2025-03-08\n\nFuel pumped\n\nSalvage crews began pumping diesel from a tanker moored at Brisk Quay yesterday.")
        for pages in [[thursday, friday], [thursday, salvage]] {
            #expect(TimelineAnalyzer.analyze(story(pages)).allSatisfy { Set($0.mentions.map(\.article)).count == 1 })
        }
    }

    /// A story of briefs, each outlet's whole article one paragraph: the happening's words are in
    /// every paragraph, and still tell it from another happening of the same day and place.
    @Test func aStoryOfBriefsMergesEachHappeningOnce() {
        func brief(_ name: String, _ text: String) -> (String, String) { ("\(name).txt", "Published 2026-03-11\n\nBrief\n\n\(text)") }
        let ferry = [
            brief("a", "The Lanmoor ferry resumed service on Tuesday after crews replaced the damaged ramp at the north pier, the port authority said."),
            brief("b", "Ferries to Lanmoor were running again Tuesday once engineers had replaced the broken ramp at the north pier."),
            brief("c", "Port officials said ferry crossings to Lanmoor restarted on Tuesday, a week after the ramp at the north pier failed."),
            brief("d", "The island ferry to Lanmoor ran again on Tuesday, the port authority said, after the north pier ramp was replaced."),
        ]
        let causeway = [
            brief("e", "Police closed the Lanmoor causeway on Tuesday as gale-force winds drove waves over the road, the council said."),
            brief("f", "The causeway to Lanmoor was shut Tuesday when storm waves swept across the roadway, council officials said."),
            brief("g", "Gales forced the council to close the Lanmoor causeway on Tuesday after waves breached the road."),
        ]
        let alone = TimelineAnalyzer.analyze(story(ferry))
        #expect(alone.count == 1 && Set(alone.first?.mentions.map(\.article) ?? []) == ["a1", "a2", "a3", "a4"])
        let both = TimelineAnalyzer.analyze(story(ferry + causeway))
        #expect(both.count == 2, "\(both.map { $0.mentions.map(\.article) })")
        #expect(both.contains { Set($0.mentions.map(\.article)) == ["a1", "a2", "a3", "a4"] })
        #expect(both.contains { Set($0.mentions.map(\.article)) == ["a5", "a6", "a7"] })
    }

    /// `Yesterday` in one outlet, `on Tuesday` in another: the day is certain, and a happening of
    /// the next day that recalls it (a vigil for the collapse's victims) is not the same one a
    /// day off. `Today's` counts from the page's day as `today` does.
    @Test func aNamedDayIsNoDayOff() throws {
        let pages = [
            ("a.txt", "Published 2026-04-15\n\nBridge falls\n\nFour people were killed when a section of the Carrow Bridge collapsed into the river on Tuesday evening, the fire chief said."),
            ("b.txt", "Published 2026-04-15\n\nFour dead\n\nFour people died after part of the Carrow Bridge collapsed into the river yesterday, the fire chief said."),
            ("c.txt", "Published 2026-04-16\n\nVigil\n\nDunmore held a vigil on Wednesday night for the four people killed when the Carrow Bridge collapsed into the river."),
        ]
        let events = TimelineAnalyzer.analyze(story(pages))
        let collapse = try #require(events.first { $0.date.iso == "2026-04-14" })
        #expect(Set(collapse.mentions.filter { !$0.lead }.map(\.article)) == ["a1", "a2"])
        #expect(collapse.alternatives.isEmpty)
        #expect(events.contains { $0.date.iso == "2026-04-15" && $0.mentions.contains { $0.article == "a3" && !$0.lead } })
        let today = EventMention(article: "a1", paragraph: 0, text: "Today's admission came late.", expression: "Today's", date: .day(DateStamp(year: 2026, month: 4, day: 15)), fromCaption: false)
        #expect(EventMerger.countsFromPublication(today))
    }

    /// A past stay each outlet recalls in its own words, dated by its year and placed by a name
    /// the whole story uses: the name beside the year makes it one happening; another place's
    /// year stays apart.
    @Test func aNameBesideTheSameYearIsOneHappening() throws {
        let pages = [
            ("a.txt", "Published 2026-05-03\n\nSinger in rehab\n\nThe singer checked into the Harbor Clinic on Thursday, her lawyer said.\n\nDuring her stay at the famed Harbor Clinic in 2019, she was accused of striking a nurse."),
            ("b.txt", "Published 2026-05-03\n\nBack in rehab\n\nThe singer entered the Harbor Clinic on Thursday, a day after a judge ordered it.\n\nShe spent time at the Harbor Clinic in 2019, leaving after four months."),
            ("c.txt", "Published 2026-05-03\n\nRehab again\n\nThe singer is at the Harbor Clinic again, her spokesman said on Thursday.\n\nShe was previously treated in Harbor Clinic in 2019.\n\nHer first album came out in Valmora in 2019."),
        ]
        let events = TimelineAnalyzer.analyze(story(pages + Self.councilNotes(month: "2026-04"))).filter { $0.date.iso == "2019" }
        let stay = try #require(events.first { $0.mentions.count >= 2 })
        #expect(Set(stay.mentions.map(\.article)) == ["a1", "a2", "a3"])
        #expect(!stay.mentions.contains { $0.text.contains("album") })
    }

    /// Four pages on another matter, so that the story's words have weights as in a real story.
    static func councilNotes(month: String) -> [(String, String)] {
        (1...4).map { ("f\($0).txt", "Published \(month)-0\($0)\n\nCouncil notes\n\nThe council met on Monday to discuss the budget for schools and roads.\n\nA new library will open in the spring, officials said.") }
    }

    /// An outlet that tells one happening twice, in its lead and again further down, is not
    /// telling two happenings apart: its two tellings join the others' one event.
    @Test func anOutletTellingAHappeningTwiceIsOneEvent() throws {
        let pages = [
            ("a.txt", "Published 2025-03-05\n\nQuay collapse\n\nThe old stone quay at Valmora collapsed on Tuesday, the harbour master said.\n\nThe harbour master said the town would rebuild.\n\nIts fall on Tuesday sank two trawlers and closed the harbour to ferries."),
            ("b.txt", "Published 2025-03-05\n\nQuay gives way\n\nTwo trawlers went down at Valmora on Tuesday when the quay gave way.\n\nFishermen said the town would rebuild."),
            ("c.txt", "Published 2025-03-05\n\nHarbour news\n\nThe stone quay collapsed on Tuesday and the harbour was closed to ferries.\n\nA ferry timetable change begins in April."),
        ] + Self.councilNotes(month: "2025-03")
        let collapse = TimelineAnalyzer.analyze(story(pages)).filter { $0.date.iso == "2025-03-04" }
        #expect(collapse.count == 1, "\(collapse.map { $0.mentions.map { "\($0.article)#\($0.paragraph)" } })")
        #expect(collapse.first?.mentions.filter { $0.article == "a1" }.count == 2)
    }

    /// `In 2011` in two outlets and `on Oct. 21, 2011` in a third: the day refines the year.
    @Test func aDayRefinesTheYearOthersGive() throws {
        let pages = [
            ("a.txt", "Published 2013-04-12\n\nTrial opens\n\nThe ferry Albatros sank off Kessling Point with 40 passengers on board in 2011.\n\nThe trial of its captain opened on Thursday."),
            ("b.txt", "Published 2013-04-12\n\nCaptain on trial\n\nThe ferry Albatros sank off Kessling Point in 2011 with 40 passengers on board.\n\nIts captain went on trial on Thursday."),
            ("c.txt", "Published 2013-04-12\n\nFerry trial\n\nThe ferry Albatros sank off Kessling Point on Oct. 21, 2011, with 40 passengers on board.\n\nThe captain's trial began on Thursday."),
        ] + Self.councilNotes(month: "2013-04")
        let sinking = try #require(TimelineAnalyzer.analyze(story(pages)).first { $0.mentions.count == 3 && $0.summary.contains("sank") })
        #expect(sinking.date.iso == "2011-10-21")
        #expect(sinking.alternatives.isEmpty)
        // A month allows every day inside it, but does not gather the outlets of other days: a
        // page's `yesterday` a day off joins, yet the day two outlets name stays the event's.
        let told = [("on Tuesday", "a", "07"), ("on Tuesday", "b", "07"), ("in March", "c", "07"), ("yesterday", "d", "06")].map { when, name, day in
            ("\(name).txt", "Published 2025-03-\(day)\n\nFerry aground\n\nThe ferry Albatros ran aground off Kessling Point \(when) with 40 passengers on board.")
        }
        let events = TimelineAnalyzer.analyze(story(told + Self.councilNotes(month: "2025-02")))
        let aground = try #require(events.first { $0.mentions.count == 4 }, "\(events.map { "\($0.date.iso) \($0.mentions.map(\.article))" })")
        #expect(aground.date.iso == "2025-03-04")
    }

    /// An event founded on a day and joined by outlets giving only its month is that day's
    /// event, and meets the other events of that day.
    @Test func aDayToldWithItsMonthMeetsTheDaysOtherEvents() throws {
        let pages = [
            ("a.txt", "Published 2025-03-05\n\nFerry rules\n\nThe governor announced plans Tuesday to restore full safety reviews of ferries that carry passengers."),
            ("b.txt", "Published 2025-03-20\n\nReviews back\n\nIn March, the governor announced plans to restore full safety reviews of passenger ferries."),
            ("c.txt", "Published 2025-03-21\n\nFerry reviews\n\nIn March, the governor said full safety reviews of passenger ferries would be restored."),
            ("d.txt", "Published 2025-03-05\n\nGovernor acts\n\nThe governor on Tuesday overturned a last-minute rule of her predecessor that weakened ferry safety reviews."),
            ("e.txt", "Published 2025-03-06\n\nAnother reversal\n\nOn March 4, the governor overturned another late rule that weakened the ferry safety reviews."),
            ("f.txt", "Published 2025-03-07\n\nRule overturned\n\nOn March 4, the governor overturned her predecessor's rule on ferry safety."),
        ] + Self.councilNotes(month: "2025-01")
        let events = TimelineAnalyzer.analyze(story(pages)).filter { $0.mentions.contains { $0.text.contains("governor") } }
        #expect(events.count == 1, "\(events.map { "\($0.date.iso) \($0.mentions.map(\.article))" })")
        #expect(events.first?.date.iso == "2025-03-04")
    }

    /// `Last week` in a Saturday paper may be the Monday of its own week: the happening of that
    /// Monday, with no other date shown for it.
    @Test func lastWeekInALateWeekPaperReachesItsMonday() throws {
        let pages = [
            ("a.txt", "Published 2025-03-03\n\nInmate escapes\n\nA prisoner escaped from a transport van near Kessling on Monday after overpowering two guards."),
            ("b.txt", "Published 2025-03-03\n\nManhunt\n\nA prisoner overpowered two guards and escaped from a transport van near Kessling on Monday."),
            ("c.txt", "Published 2025-03-08\n\nStill at large\n\nThe prisoner escaped from a transport van near Kessling last week after overpowering two guards."),
        ] + Self.councilNotes(month: "2025-01")
        let escape = try #require(TimelineAnalyzer.analyze(story(pages)).first { $0.mentions.contains { $0.text.contains("escaped") } })
        #expect(Set(escape.mentions.map(\.article)) == ["a1", "a2", "a3"])
        #expect(escape.date.iso == "2025-03-03")
        #expect(escape.alternatives.isEmpty)
    }

    /// An agency story one outlet reprints without its date was written when its dated copy
    /// says: its `on Tuesday` is that copy's Tuesday, not one counted from the story's day.
    @Test func anUndatedCopyReadsItsDatesFromItsDatedCopy() throws {
        let wire = "A ferry carrying 40 passengers ran aground off Kessling Point on Tuesday, the coast guard said.\n\nAll passengers were taken ashore by lifeboat and two were treated for cold.\n\nThe ferry operator said it would inspect the hull before the boat sails again.\n\nInvestigators will look at the weather and the ship's course."
        let pages = [
            ("a.txt", "Published 2025-01-08\n\nFerry aground\n\n" + wire),
            ("b.txt", "Ferry aground off Kessling\n\n" + wire),
            ("c.txt", "Published 2025-03-20\n\nHull inspected\n\nThe ferry that ran aground in January returned to service on Wednesday after repairs to its hull."),
        ]
        let story = story(pages)
        let families = SourceFamilies(story)
        #expect(families.family["a1"] != nil && families.family["a1"] == families.family["a2"])
        let aground = try #require(TimelineAnalyzer.analyze(story, families: families).first { $0.mentions.contains { $0.expression == "on Tuesday" } })
        #expect(aground.date.iso == "2025-01-07")
        #expect(Set(aground.mentions.filter { !$0.lead }.map(\.article)) == ["a1", "a2"])
        // Without the copies, the undated page counts from the story's day.
        let alone = TimelineAnalyzer.analyze(story).flatMap(\.mentions).filter { $0.article == "a2" && $0.expression == "on Tuesday" }
        #expect(alone.map(\.date.iso) != ["2025-01-07"])
    }

    @Test("nights", arguments: [
        ("The ship sank late Thursday.", "late Thursday", 0),
        ("The ship sank on Thursday night.", "on Thursday", 0),
        ("The ship sank late on Thursday.", "on Thursday", 0),
        ("The ship sank early Friday.", "early Friday", -1),
        ("The ship sank in the early hours of Friday.", "Friday", -1),
        ("The ship sank last night.", "last night", 0),
        ("The ship sank on Thursday.", "on Thursday", nil),
        ("The ship sank on Friday morning.", "on Friday", nil),
    ])
    func nights(_ example: (String, String, Int?)) {
        let mention = EventMention(article: "a1", paragraph: 0, text: example.0, expression: example.1, date: .day(DateStamp(year: 2025, month: 3, day: 6)), fromCaption: false)
        let day = StoryDate.day(DateStamp(year: 2025, month: 3, day: 6)).span.lowerBound
        #expect(EventMerger.night(of: mention).map { $0 - day } == example.2)
    }

    /// A caption dates its photograph: it joins the happening the story tells, never stands alone.
    @Test func aCaptionAloneIsNoEvent() {
        let html = """
            <html><body><article><h1>Quay collapse</h1><p>Published March 5, 2025</p>
            <p>Part of the old quay at Valmora collapsed into the harbour on Tuesday, sinking two fishing boats and injuring a deckhand.</p>
            <figure><img src="q.jpg"><figcaption>Divers inspect the wreck of a trawler on Wednesday morning.</figcaption></figure>
            <p>The harbour master said the quay had not been inspected for years, and repairs would take months.</p>
            </article></body></html>
            """
        let events = TimelineAnalyzer.analyze(StoryLoader.assemble(documents: [HTMLReader.read(html: html, path: "a.html")]))
        #expect(!events.isEmpty)
        #expect(!events.contains { $0.mentions.allSatisfy(\.fromCaption) })
    }

    @Test func eventsAreInTimeOrderCoarserFirst() {
        let dates = Self.events.map(\.date)
        #expect(dates == dates.sorted())
        #expect(Self.events.map(\.id) == (1...Self.events.count).map { "e\($0)" })
    }

    @Test func plansAreDatedAhead() {
        #expect(Self.events.contains { $0.date.iso == "2025-06" && $0.mentions.contains { $0.expression == "by June" } })
    }

    @Test func anUndatedArticleReadsFromTheStorysDay() {
        let undated = """
            The valley road reopened on Monday after the landslide, the council said.
            Engineers had warned last week that the slope was moving.
            """
        let dated = """
            ---
            title: Valley road reopens
            date: 2025-05-07
            ---
            The valley road reopened on Monday after a landslide closed it for a fortnight, the council said.
            """
        let story = StoryCoreTests.story([("a.txt", undated), ("b.md", dated)])
        #expect(story.referenceDate?.iso == "2025-05-07")
        let events = TimelineAnalyzer.analyze(story)
        let reopening = events.first { $0.date.iso == "2025-05-05" }
        #expect(Set(reopening?.mentions.map(\.article) ?? []) == ["a1", "a2"])
        #expect(events.contains { $0.date.iso == "2025-04-28" && $0.date.precision == .week })
    }

    /// No article gives its day: `on Monday` cannot be placed, and the text says why and what to do.
    @Test func aStoryWithoutAnyDaySaysWhyItHasNoEvents() {
        let undated = StoryCoreTests.story([("a.txt", "Road closed\n\nThe valley road closed on Monday after a landslide, the council said.")])
        #expect(undated.referenceDate == nil && TimelineAnalyzer.analyze(undated).isEmpty)
        #expect(TimelineReport.text(undated, []).contains("no article gives its publication date"))
        let dated = StoryCoreTests.story([("a.txt", "Published 2025-05-07\n\nRoad closed\n\nThe council met.")])
        #expect(TimelineReport.text(dated, []).hasSuffix("No dated events found."))
    }

    @Test func removedTextNeverReachesTheTimeline() {
        for event in Self.events {
            for mention in event.mentions {
                #expect(!mention.text.contains("cycle lanes") && !mention.text.contains("teenage striker"))
            }
        }
    }
}
