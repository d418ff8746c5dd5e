import Foundation
import Testing
@testable import StoryCore

/// An article's headline and undated opening sentence are its outlet's telling of the happening
/// of its last days that they fit (see `LeadTellings`).
@Suite("Undated leads")
struct LeadTellingTests {
    /// Three outlets date a browser fix on Thursday, 2025-03-06.
    static let dated = [
        ("a.txt", "Published 2025-03-06\n\nBrowser fix\n\nContoso released an emergency fix for the flaw in its Harrier browser on Thursday, after attacks on banks."),
        ("b.txt", "Published 2025-03-07\n\nHarrier patched\n\nOn Thursday Contoso issued an emergency fix for the Harrier browser flaw that attackers used against banks."),
        ("c.txt", "Published 2025-03-06\n\nEmergency fix\n\nThe emergency fix for the Harrier flaw came out on Thursday, Contoso said, as banks reported attacks."),
    ]

    func events(_ lead: (String, String), others: [(String, String)] = dated) -> [TimelineEvent] {
        TimelineAnalyzer.analyze(story(others + [lead] + TimelineTests.councilNotes(month: "2025-02")))
    }

    func fix(in events: [TimelineEvent]) throws -> TimelineEvent {
        try #require(events.first { $0.date.iso == "2025-03-06" && $0.mentions.count >= 3 })
    }

    @Test func anUndatedLeadJoinsTheHappeningOfItsDays() throws {
        for published in ["2025-03-06", "2025-03-07", "2025-03-08"] {
            let lead = ("d.txt", "Published \(published)\n\nBanks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.\n\nSecurity firms had warned of the attacks for weeks.")
            let fix = try fix(in: events(lead))
            let told = try #require(fix.mentions.first { $0.article == "a4" }, "published \(published)")
            #expect(told.lead && told.expression.isEmpty && told.text.hasPrefix("Contoso has rushed out"))
            // The lead has no say in the event's date or summary.
            #expect(told.date.iso == "2025-03-06" && fix.alternatives.isEmpty)
            #expect(!fix.summary.contains("rushed out"))
        }
    }

    /// An article that dates the happening further down still tells it first in its headline
    /// and its lede: both stand in the event beside its dated sentence.
    @Test func anArticleDatingTheHappeningLaterStillLeadsWithIt() throws {
        let lead = ("d.txt", "Published 2025-03-07\n\nContoso rushes out fix for Harrier browser flaw\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.\n\nThe emergency fix for the Harrier flaw came out on Thursday, the company said.")
        let told = try fix(in: events(lead)).mentions.filter { $0.article == "a4" }
        #expect(told.filter(\.lead).map(\.paragraph).sorted() == [-1, 0])
        #expect(told.contains { !$0.lead && $0.expression == "on Thursday" })
    }

    /// A happening many outlets tell has many common words; a short headline holds few of them,
    /// but they are most of its own words: it joins.
    @Test func aShortHeadlineJoinsAHappeningManyOutletsTell() throws {
        let tellings = [
            "Contoso released an emergency fix for the flaw in its Harrier browser on Thursday, after attacks on banks.",
            "On Thursday Contoso issued an emergency fix for the Harrier browser flaw that attackers used against banks.",
            "The emergency fix for the Harrier flaw came out on Thursday, Contoso said, as banks reported attacks.",
            "Contoso shipped an emergency update for its Harrier browser on Thursday to close a flaw used in attacks on banks and insurers.",
            "Banks and insurers hit by attacks got relief on Thursday when Contoso released a fix for the Harrier flaw.",
            "On Thursday, Contoso rushed out a fix for a Harrier browser flaw that criminals had used to steal passwords from banks.",
            "Contoso said on Thursday it had fixed the Harrier browser flaw behind weeks of attacks on regional banks.",
            "A fix for the Harrier flaw that let attackers into bank accounts was released by Contoso on Thursday.",
        ]
        let asides = [
            "The company's shares closed slightly higher.", "Analysts expect more updates this spring.", "Users are urged to restart their computers.",
            "The browser is used by millions of office workers.", "Security researchers praised the quick response.",
            "Older versions will no longer be supported.", "The firm employs about 4,000 engineers.", "Its headquarters are in a former textile mill.",
        ]
        // Each pair of outlets adds words of its own to the happening's common ones.
        let details = [
            "Regulators in three countries had warned lenders.", "Analysts called it a rare release outside the monthly schedule.",
            "Version 42 and older versions of the program are affected.", "Criminal gangs in eastern Europe had stolen thousands of passwords.",
        ]
        let many = tellings.enumerated().map { number, telling in
            let rest = (0..<4).map { asides[(number + $0) % asides.count] }.joined(separator: "\n\n")
            let told = telling.replacingOccurrences(of: "Thursday", with: "Thursday (\(details[number / 2].dropLast()))")
            return ("o\(number).txt", "Published 2025-03-06\n\nHarrier report \(number)\n\n\(told)\n\n\(rest)")
        }
        let lead = ("d.txt", "Published 2025-03-07\n\nContoso patches Harrier browser flaw\n\nShares of regional lenders fell sharply in early trading as investors weighed new interest rate figures.")
        let fix = try #require(events(lead, others: many).first { $0.date.iso == "2025-03-06" && $0.mentions.count >= 8 })
        #expect(fix.mentions.contains { $0.article == "a9" && $0.paragraph == -1 })
    }

    /// An opening on a habit (`Normally, …`) tells no happening of the article's days.
    @Test func aLeadOnAHabitStaysOut() throws {
        let lead = ("d.txt", "Published 2025-03-07\n\nBanks warned\n\nNormally, Contoso rushes out an emergency fix for a flaw in its Harrier browser that attackers use against banks.")
        #expect(try fix(in: events(lead)).mentions.allSatisfy { $0.article != "a4" || $0.paragraph < 0 })
        let news = ("d.txt", "Published 2025-03-07\n\nBanks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.")
        #expect(try fix(in: events(news)).mentions.contains { $0.article == "a4" && $0.paragraph >= 0 })
    }

    @Test func aLeadFromDaysLaterTellsSomethingElse() throws {
        let lead = ("d.txt", "Published 2025-03-12\n\nBanks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.")
        #expect(try fix(in: events(lead)).mentions.allSatisfy { $0.article != "a4" })
    }

    @Test func aLeadOnAnotherMatterStaysOut() throws {
        let lead = ("d.txt", "Published 2025-03-07\n\nMarkets\n\nShares of regional lenders fell sharply in early trading as investors weighed new interest rate figures.")
        #expect(try fix(in: events(lead)).mentions.allSatisfy { $0.article != "a4" })
    }

    /// A lead that names its own day is where its day puts it, not an undated telling.
    @Test func aLeadThatDatesItselfIsNoUndatedLead() {
        let lead = ("d.txt", "Published 2025-03-07\n\nBanks warned\n\nContoso rushed out an emergency fix for a flaw in its Harrier browser on Thursday, after attacks on banks.")
        let mentions = events(lead).flatMap(\.mentions).filter { $0.article == "a4" }
        #expect(!mentions.isEmpty && mentions.allSatisfy { !$0.lead })
    }

    /// A lead that dates its happening years before the article's day tells that happening, not
    /// the day's news; a year that names a thing (`the 2019 flaw`) dates no clause, and the lead
    /// still tells the day's fix.
    @Test func aLeadDatedInAnotherYearTellsThatYear() throws {
        let old = ("d.txt", "Published 2025-03-07\n\nBanks warned\n\nContoso fixed a similar flaw in its Harrier browser in 2019, after attacks on banks.")
        let mentions = events(old).flatMap(\.mentions).filter { $0.article == "a4" }
        #expect(!mentions.isEmpty && mentions.allSatisfy { !$0.lead && $0.date.iso == "2019" })
        let naming = ("d.txt", "Published 2025-03-07\n\nBanks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser, like the 2019 flaw that attackers used against banks.")
        let told = try fix(in: events(naming)).mentions.filter { $0.article == "a4" }
        #expect(told.contains { $0.lead && $0.text.hasPrefix("Contoso has rushed out") })
    }

    /// A lead joins a happening other outlets already tell; two are not enough to found one on.
    @Test func aLeadNeedsAnEventThreeOutletsTell() {
        let lead = ("d.txt", "Published 2025-03-07\n\nBanks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.")
        let mentions = events(lead, others: Array(Self.dated.prefix(2))).flatMap(\.mentions)
        #expect(mentions.allSatisfy { !$0.lead })
    }

    /// An article that gives no day of its own does not say which days its news is of.
    @Test func anUndatedArticleLeadsNowhere() {
        let lead = ("d.txt", "Banks warned\n\nContoso has rushed out an emergency fix for a flaw in its Harrier browser that attackers used against banks.")
        #expect(events(lead).flatMap(\.mentions).allSatisfy { !$0.lead })
    }

    /// The headline tells the article's news too: it joins the event as the outlet's headline,
    /// and the event is still read and cited by a sentence that dates it.
    @Test func aHeadlineJoinsTheHappeningOfItsDays() throws {
        let page = ("d.txt", "Published 2025-03-07\n\nContoso rushes out emergency fix for Harrier browser flaw\n\nSecurity firms had warned for weeks that the flaw was being used to rob bank customers.")
        let fix = try fix(in: events(page))
        let headline = try #require(fix.mentions.first { $0.article == "a4" && $0.paragraph == -1 }, "\(fix.mentions.map(\.text))")
        #expect(headline.lead && headline.leadName == "headline" && headline.text.hasPrefix("Contoso rushes out"))
        #expect(fix.firstTelling.map { !$0.lead } == true)
        // A headline of a word or three tells nothing.
        let short = ("d.txt", "Published 2025-03-07\n\nHarrier fix\n\nSecurity firms had warned for weeks that the flaw was being used to rob bank customers.")
        #expect(events(short).flatMap(\.mentions).allSatisfy { $0.paragraph != -1 })
    }

    /// A sentence dated by a later happening that tells the fix in passing is the outlet's
    /// telling of the fix too, and stays its own day's dated mention.
    @Test func aSentenceOfALaterDayTellsAnEarlierHappeningInPassing() throws {
        let page = ("d.txt", "Published 2025-03-12\n\nBanks refunded\n\nBanks began refunding customers on Tuesday, after Contoso's emergency fix for the Harrier browser flaw that attackers used.")
        let all = events(page)
        let told = try #require(fix(in: all).mentions.first { $0.article == "a4" }, "\(all.map { ($0.date.iso, $0.mentions.map(\.article)) })")
        #expect(told.lead && told.aside && told.expression.isEmpty && told.leadName == "told in passing")
        #expect(all.contains { $0.date.iso == "2025-03-11" && $0.mentions.contains { $0.article == "a4" && !$0.lead } })
    }

    /// In passing, a sentence tells what came before its own date, not what came after, and not
    /// another matter of the same place.
    @Test func aSentenceTellsInPassingOnlyAnEarlierHappeningItFits() throws {
        let before = ("d.txt", "Published 2025-03-06\n\nBanks warned\n\nOn Tuesday banks warned customers about attacks through a flaw in the Harrier browser, days before Contoso's emergency fix.")
        #expect(try fix(in: events(before)).mentions.allSatisfy { $0.article != "a4" })
        let other = ("d.txt", "Published 2025-03-12\n\nMarkets\n\nShares of regional lenders fell sharply on Tuesday as investors weighed new interest rate figures.")
        #expect(try fix(in: events(other)).mentions.allSatisfy { $0.article != "a4" })
    }

    /// A sentence with two dates has dated each of its happenings itself.
    @Test func aSentenceWithTwoDatesTellsNothingInPassing() {
        let page = ("d.txt", "Published 2025-03-12\n\nBanks refunded\n\nBanks began refunding customers on Tuesday, after Contoso's emergency fix in March for the Harrier browser flaw that attackers used.")
        let mentions = events(page).flatMap(\.mentions).filter { $0.article == "a4" }
        #expect(mentions.count == 2 && mentions.allSatisfy { !$0.aside })
    }
}
