import Testing
@testable import CustomerReview

@Suite("Running streaks: months in a row short of visits, months in a row of growing money over three months")
struct RunningStreaksTests {
    typealias Month = VisitShortfallStreak.Month

    static func ym(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month) }
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: day))
    }

    @Test(arguments: [
        ([], 0),
        ([(0, 2)], 1),
        ([(1, 2), (0, 2), (2, 2), (0, 2)], 2),      // a month at the minimum ends it
        ([(0, 1), (0, nil), (0, 1)], 1),            // a month that asked nothing ends it
        ([(3, 2), (0, 2)], 0),                      // the month reviewed met its minimum
        ([(0, 0), (0, 2)], 0),                      // a minimum of 0 is never short
    ] as [([(Int, Int?)], Int)])
    func shortfallStreakCountsBackFromTheMonthReviewed(months: [(Int, Int?)], expected: Int) {
        #expect(VisitShortfallStreak.months(newestFirst: months.map { Month(onSite: $0.0, required: $0.1) }) == expected)
    }

    @Test(arguments: [
        ([], 0),
        ([500], 0),
        ([500, 400, 300, 200], 3),
        ([500, 400, nil, 200], 1),                  // a month without a snapshot is unknown, not 0
        ([500, 500, 300], 0),                       // the same is not growth
        ([500, 600, 100], 0),
        ([nil, 400, 300], 0),
    ] as [([Int64?], Int)])
    func growthStreakStopsAtTheFirstUnknownMonth(amounts: [Int64?], expected: Int) {
        #expect(OverThreeMonthsGrowing.months(newestFirst: amounts.map { $0.map { Money(fen: $0) } }) == expected)
    }

    @Test func thresholdsAreSettingsAndNilTurnsTheRuleOff() {
        #expect(RunningStreaks.isFinding(3, threshold: 3))
        #expect(!RunningStreaks.isFinding(2, threshold: 3))
        #expect(!RunningStreaks.isFinding(12, threshold: nil))
        #expect(RunningStreaks.isFinding(4, threshold: 4))
        #expect(!RunningStreaks.isFinding(3, threshold: 4))
    }

    /// One customer's visits per month from a literal table, as the pass over visits.csv counts them.
    static func visits(_ last: YearMonth, _ table: [(YearMonth, Int)], customers: Int = 1, customer: Int = 0,
                       coveredFrom: YearMonth? = nil) -> OnSiteHistory {
        var history = OnSiteHistory(window: MonthWindow(last: last), customers: customers)
        // visits.csv holds the whole window unless the test says otherwise.
        history.cover(coveredFrom ?? MonthWindow(last: last).first)
        for (month, n) in table { for _ in 0..<n { history.add(customer: customer, month: month) } }
        return history
    }

    static func streaks(_ customer: Customer, month: YearMonth, required: Int?, onSite: Int, visits: OnSiteHistory,
                        history: MonthlyHistory? = nil, over3: Int64 = 0, firstKnown: CalendarDate? = nil) -> RunningStreaks {
        RunningStreaks.of(customer: customer, index: 0, month: month, required: required, onSite: onSite,
                          firstKnown: firstKnown, overThreeMonths: Money(fen: over3), visits: visits, history: history)
    }

    @Test func shortfallStreakAcrossAYearBoundary() {
        let c = Customer(id: "C1", name: "甲", status: .signed)
        // Reviewing 2026-02: short in 2026-02, 2026-01, 2025-12 and 2025-11; met in 2025-10.
        let visits = Self.visits(Self.ym(2026, 2), [(Self.ym(2026, 2), 1), (Self.ym(2026, 1), 0), (Self.ym(2025, 12), 1),
                                                   (Self.ym(2025, 11), 1), (Self.ym(2025, 10), 2)])
        #expect(Self.streaks(c, month: Self.ym(2026, 2), required: 2, onSite: 1, visits: visits).visitShortfall == 4)
        // Twelve months short and more: the window holds twelve.
        let never = Self.visits(Self.ym(2026, 2), [])
        #expect(Self.streaks(c, month: Self.ym(2026, 2), required: 1, onSite: 0, visits: never).visitShortfall == 12)
        // An export that starts in 2025-12 says nothing of 2025-11: the streak stops there.
        let recent = Self.visits(Self.ym(2026, 2), [], coveredFrom: Self.ym(2025, 12))
        #expect(Self.streaks(c, month: Self.ym(2026, 2), required: 1, onSite: 0, visits: recent).visitShortfall == 3)
    }

    @Test func aMonthWithoutVisitsInTheMiddleIsShortButAMissingSnapshotEndsTheGrowth() {
        let c = Customer(id: "C1", name: "甲", status: .signed)
        let period = Self.ym(2026, 10)
        // Visits: none at all in 2026-08 — a month of visits.csv with no rows is short, not missing.
        let visits = Self.visits(period, [(Self.ym(2026, 9), 1), (Self.ym(2026, 7), 0), (Self.ym(2026, 6), 2)])
        // Snapshots of 2026-09 and 2026-07, none of 2026-08.
        var history = MonthlyHistory(window: MonthWindow(last: period), customers: 1)
        history.add(MonthlySnapshot(month: Self.ym(2026, 9), rows: [MonthlySnapshotTests.row("C1", over3: 300_00)]),
                    indexByID: ["C1": 0])
        history.add(MonthlySnapshot(month: Self.ym(2026, 7), rows: [MonthlySnapshotTests.row("C1", over3: 100_00)]),
                    indexByID: ["C1": 0])
        let s = Self.streaks(c, month: period, required: 2, onSite: 0, visits: visits, history: history, over3: 400_00)
        #expect(s.visitShortfall == 4) // 10, 9, 8 (no rows), 7; 6 met
        #expect(s.overThreeMonthsGrowing == 1) // 10 > 9; 9 against 8 is unknown
        #expect(!history.hasSnapshot(Self.ym(2026, 8)) && history.hasSnapshot(Self.ym(2026, 7)))
    }

    @Test func aMonthsOwnSnapshotDecidesItsMinimum() {
        let c = Customer(id: "C1", name: "甲", status: .signed)
        let period = Self.ym(2026, 10)
        // One visit in each month: short of today's 2, but September's snapshot asked only 1
        // (the customer was C then), so the streak is October alone.
        let visits = Self.visits(period, [(Self.ym(2026, 10), 1), (Self.ym(2026, 9), 1), (Self.ym(2026, 8), 1)])
        var history = MonthlyHistory(window: MonthWindow(last: period), customers: 1)
        history.add(MonthlySnapshot(month: Self.ym(2026, 9), rows: [MonthlySnapshotTests.row("C1", tier: .c, onSite: 1, required: 1)]),
                    indexByID: ["C1": 0])
        #expect(Self.streaks(c, month: period, required: 2, onSite: 1, visits: visits, history: history).visitShortfall == 1)
        #expect(Self.streaks(c, month: period, required: 2, onSite: 1, visits: visits).visitShortfall == 12)
    }

    @Test func aCustomerNewThisMonthHasAtMostOneMonth() {
        let period = Self.ym(2026, 10)
        let none = Self.visits(period, [])
        let created = Customer(id: "N", name: "新", status: .signed, createdDate: Self.day(2026, 10, 20))
        #expect(Self.streaks(created, month: period, required: 2, onSite: 0, visits: none).visitShortfall == 1)
        // Without a creation date: the first invoice tells, and so does last month's snapshot without its row.
        let plain = Customer(id: "N", name: "新", status: .signed)
        #expect(Self.streaks(plain, month: period, required: 2, onSite: 0, visits: none,
                             firstKnown: Self.day(2026, 9, 30)).visitShortfall == 2)
        var history = MonthlyHistory(window: MonthWindow(last: period), customers: 1)
        history.add(MonthlySnapshot(month: Self.ym(2026, 9), rows: [MonthlySnapshotTests.row("OTHER", over3: 1)]),
                    indexByID: ["N": 0])
        let s = Self.streaks(plain, month: period, required: 2, onSite: 0, visits: none, history: history, over3: 900_00)
        #expect(s.visitShortfall == 1)
        #expect(s.overThreeMonthsGrowing == 0)
    }

    @Test func aCustomerEliminatedSinceLastMonthHasNoStreakAndNoFinding() {
        let period = Self.ym(2026, 10)
        let c = Customer(id: "E", name: "淘汰", status: .eliminated)
        var history = MonthlyHistory(window: MonthWindow(last: period), customers: 1)
        for (k, over3) in [(9, 300_00), (8, 200_00), (7, 100_00)] as [(Int, Int64)] {
            history.add(MonthlySnapshot(month: Self.ym(2026, k), rows: [MonthlySnapshotTests.row("E", onSite: 0, required: 2, over3: over3)]),
                        indexByID: ["E": 0])
        }
        let s = Self.streaks(c, month: period, required: nil, onSite: 0, visits: Self.visits(period, []), history: history,
                             over3: 400_00)
        #expect(s.visitShortfall == 0)
        #expect(s.overThreeMonthsGrowing == 3)
        var line = CustomerLine(customer: c, score: nil, proposedTier: nil, tier: TierInForce(exportColumn: nil, snapshot: nil, fromScore: nil),
                                visits: VisitTally(), required: nil, shortfall: nil,
                                receivables: ReceivablePosition(bucketCount: 5),
                                policy: TierPolicies.check(ReceivablePosition(bucketCount: 5), tierInForce: nil, settings: .defaults),
                                contract: ContractCompliance.evaluate(status: .eliminated, tier: nil, contracts: nil, firstBusiness: nil,
                                                                      asOf: Self.day(2026, 11, 15), lookaheadDays: 30),
                                rules: PolicyFinding.RuleSet())
        line.streaks = s
        #expect(CustomerRules.findings(for: line).isEmpty)
        // The same streaks on an active customer are findings of their own.
        line.customer.status = .signed
        let rules = CustomerRules.findings(for: line).map(\.rule)
        #expect(rules.contains(.overThreeMonthsGrowing) && !rules.contains(.visitShortfallStreak))
        line.streaks.visitShortfall = 3
        #expect(CustomerRules.findings(for: line).map(\.rule).contains(.visitShortfallStreak))
        var off = PolicySettings.defaults
        off.streaks.overThreeMonthsGrowingMonths = nil
        #expect(!CustomerRules.findings(for: line, settings: off).map(\.rule).contains(.overThreeMonthsGrowing))
    }

    @Test func streaksGoOnTheWeeklyAgendaWithTheirReason() {
        let c = Customer(id: "W", name: "周", status: .signed)
        let asOf = Self.day(2026, 11, 20)
        // Visited two days ago: only the streaks are reasons.
        let reasons = WeeklyMeeting.reasons(customer: c, tier: .c, required: 1, onSiteThisMonth: 1, daysSinceLastVisit: 2,
                                            overThreeMonths: .zero,
                                            asOf: asOf, thresholds: PolicySettings.defaults.weekly,
                                            streaks: RunningStreaks(visitShortfall: 3, overThreeMonthsGrowing: 5))
        #expect(reasons == [.visitShortfallStreak, .overThreeMonthsGrowing])
        var thresholds = PolicySettings.defaults.weekly
        thresholds.overThreeMonthsGrowing = false
        #expect(WeeklyMeeting.reasons(customer: c, tier: .c, required: 1, onSiteThisMonth: 1, daysSinceLastVisit: 2,
                                      overThreeMonths: .zero,
                                      asOf: asOf, thresholds: thresholds,
                                      streaks: RunningStreaks(visitShortfall: 2, overThreeMonthsGrowing: 5)) == [])
    }

    @Test func snapshotFindingsReadBackTheNewRuleCodes() throws {
        var set = PolicyFinding.RuleSet()
        set.insert(.visitShortfallStreak)
        set.insert(.overThreeMonthsGrowing)
        #expect(set.rules.map(\.rawValue) == ["visit_shortfall_streak", "over_3_months_growing"])
        #expect(PolicyFinding.Rule(rawValue: "over_3_months_growing") == .overThreeMonthsGrowing)
    }

    @Test func settingsReadAndPrintTheThresholds() throws {
        let json = try JSONParser.parse(#"{"streaks": {"visit_shortfall_months": 4, "over_3_months_growing_months": null}, "weekly": {"visit_shortfall_streak": false}}"#)
        let s = try SettingsFile.apply(json, to: .defaults, fileName: "policy.json")
        #expect(s.streaks.visitShortfallMonths == 4 && s.streaks.overThreeMonthsGrowingMonths == nil)
        #expect(!s.weekly.visitShortfallStreak && s.weekly.overThreeMonthsGrowing)
        let printed = JSONText.render(SettingsJSON.value(s, language: .zh))
        let reread = try SettingsFile.apply(try JSONParser.parse(printed), to: .defaults, fileName: "x")
        #expect(reread.streaks == s.streaks && reread.weekly == s.weekly)
        for (bad, key) in [(#"{"streaks": {"visit_shortfall_months": 1}}"#, "streaks.visit_shortfall_months"),
                           (#"{"streaks": {"visit_shortfall_months": 13}}"#, "streaks.visit_shortfall_months"),
                           (#"{"streaks": {"months": 3}}"#, "streaks.months")] {
            #expect(throws: ReviewError.self) { try SettingsFile.apply(try JSONParser.parse(bad), to: .defaults, fileName: "policy.json") }
            do {
                _ = try SettingsFile.apply(try JSONParser.parse(bad), to: .defaults, fileName: "policy.json")
            } catch let error as ReviewError {
                #expect(error.message.hasPrefix("policy.json: \(key)"), "\(error.message)")
            }
        }
    }
}
