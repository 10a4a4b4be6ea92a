import Testing
@testable import CustomerReview

@Suite("Quarterly adjustment, reassignment and weekly meeting rules (SPEC §2.9, §2.10, §2.13)")
struct QuarterlyWeeklyRulesTests {
    @Test func movements() {
        #expect(QuarterlyAdjustment.movement(previous: .b, proposed: .a) == .up)
        #expect(QuarterlyAdjustment.movement(previous: .a, proposed: .c) == .down)
        #expect(QuarterlyAdjustment.movement(previous: .c, proposed: .c) == .same)
        #expect(QuarterlyAdjustment.movement(previous: nil, proposed: .b) == .new)
        #expect(QuarterlyAdjustment.movement(previous: .a, proposed: nil) == nil)
        #expect(QuarterlyAdjustment.snapshotTier(previous: .a, proposed: nil) == .a)
        #expect(QuarterlyAdjustment.previousTier(exportColumn: .c, snapshot: .a) == .c)
        #expect(QuarterlyAdjustment.previousTier(exportColumn: nil, snapshot: .a) == .a)
    }

    @Test func scoreChangeNeedsBothScores() {
        #expect(QuarterlyAdjustment.scoreChange(current: Score(hundredths: 8501), previous: Score(hundredths: 7999))
                == Score(hundredths: 502))
        #expect(QuarterlyAdjustment.scoreChange(current: Score(hundredths: 8501), previous: nil) == nil)
    }

    @Test func policyChangesOfAMovement() {
        let up = QuarterlyAdjustment.policyChanges(previous: .b, proposed: .a, status: .signed, settings: .defaults)
        #expect(up.map(\.item) == [.creditLimit, .termDays, .advanceLimit, .commissionRate])
        #expect(up[0].old == "500000.00" && up[0].new == "1000000.00")
        let down = QuarterlyAdjustment.policyChanges(previous: .b, proposed: .c, status: .signed, settings: .defaults)
        #expect(down.contains { $0.item == .visitMinimum && $0.old == "2" && $0.new == "1" })
        let new = QuarterlyAdjustment.policyChanges(previous: nil, proposed: .c, status: .potential, settings: .defaults)
        #expect(new.allSatisfy { $0.old == nil })
        #expect(QuarterlyAdjustment.policyChanges(previous: .a, proposed: .a, status: .signed, settings: .defaults).isEmpty)
    }

    /// Issue 12, point 6: the lines show money grouped and rates in per cent; the JSON keeps
    /// the plain figures.
    @Test func policyChangeLinesGroupMoneyAndShowRatesInPerCent() {
        let up = QuarterlyAdjustment.policyChanges(previous: .b, proposed: .a, status: .signed, settings: .defaults)
        #expect(up.map { $0.text(.en) } == ["credit limit 500,000.00 → 1,000,000.00", "term (days) 45 → 60",
                                             "advance limit 100,000.00 → 300,000.00", "commission rate 0.8% → 1.0%"])
        let down = QuarterlyAdjustment.policyChanges(previous: .b, proposed: .c, status: .signed, settings: .defaults)
        #expect(down.contains { $0.text(.zh).hasSuffix("0.8% → 0.5%") })
        #expect(down.contains { $0.text(.zh).hasSuffix("100,000.00 → 0.00") })
        let new = QuarterlyAdjustment.policyChanges(previous: nil, proposed: .c, status: .potential, settings: .defaults)
        #expect(new.contains { $0.text(.en).hasSuffix("— → 0.5%") })
    }

    @Test func reassignmentReasons() {
        let q = Quarter(year: 2026, number: 3)
        let c = Customer(id: "C", name: "n", status: .eliminated, salesperson: nil, createdDate: day("2026-09-30"))
        #expect(Reassignment.reasons(c, from: q.firstDay, through: q.lastDay) == [.created, .eliminated, .noSalesperson])
        let old = Customer(id: "D", name: "n", status: .signed, salesperson: "张伟", createdDate: day("2026-06-30"))
        #expect(Reassignment.reasons(old, from: q.firstDay, through: q.lastDay).isEmpty)
    }

    @Test(arguments: [
        ("2026-11-01", 0), ("2026-11-14", 0), ("2026-11-15", 1), ("2026-11-29", 1), ("2026-11-30", 2),
        ("2026-02-14", 1), ("2026-02-13", 0), ("2026-02-28", 2),
    ])
    func paceForTwoVisitsAMonth(date: String, expected: Int) {
        #expect(WeeklyMeeting.expectedByNow(required: 2, on: day(date)) == expected)
    }

    @Test func behindAtMonthStartMiddleAndEnd() {
        #expect(!WeeklyMeeting.isBehind(required: 2, done: 0, on: day("2026-11-02")))
        #expect(WeeklyMeeting.isBehind(required: 2, done: 0, on: day("2026-11-16")))
        #expect(!WeeklyMeeting.isBehind(required: 2, done: 1, on: day("2026-11-16")))
        #expect(WeeklyMeeting.isBehind(required: 2, done: 1, on: day("2026-11-30")))
        #expect(!WeeklyMeeting.isBehind(required: nil, done: 0, on: day("2026-11-30")))
    }

    @Test func weeklyReasons() {
        let t = PolicySettings.defaults.weekly
        let signed = Customer(id: "C", name: "n", status: .signed, relationship: .abnormal)
        #expect(WeeklyMeeting.reasons(customer: signed, tier: .a, required: 2, onSiteThisMonth: 0, daysSinceLastVisit: 10, overThreeMonths: yuan("50000"),
                                      asOf: day("2026-11-20"), thresholds: t) == [.abnormalRelationship, .behindOnVisits, .largeOverThreeMonths])
        let potential = Customer(id: "P", name: "n", status: .potential)
        #expect(WeeklyMeeting.reasons(customer: potential, tier: .a, required: 1, onSiteThisMonth: 0, daysSinceLastVisit: 10, overThreeMonths: yuan("49999.99"),
                                      asOf: day("2026-11-20"), thresholds: t) == [.potentialA])
        var off = t
        off.potentialA = false
        off.overThreeMonthsAtLeast = nil
        #expect(WeeklyMeeting.reasons(customer: potential, tier: .a, required: 1, onSiteThisMonth: 0, daysSinceLastVisit: 10, overThreeMonths: yuan("1000000"),
                                      asOf: day("2026-11-20"), thresholds: off).isEmpty)
    }

    /// Issue 12: "no on-site visit for N days" from the setting (default 45), boundary included;
    /// a customer with a minimum and no on-site visit on record is listed too.
    @Test(arguments: [(44, false), (45, true), (200, true)])
    func noRecentOnSiteVisit(days: Int, listed: Bool) {
        let t = PolicySettings.defaults.weekly
        #expect(t.noOnSiteVisitDays == 45)
        let c = Customer(id: "C", name: "n", status: .signed)
        let reasons = WeeklyMeeting.reasons(customer: c, tier: .c, required: 1, onSiteThisMonth: 1, daysSinceLastVisit: days,
                                            overThreeMonths: .zero, asOf: day("2026-11-20"), thresholds: t)
        #expect(reasons == (listed ? [.noRecentOnSiteVisit] : []))
        #expect(ValueNames.weeklyReason(.noRecentOnSiteVisit, daysSinceLastVisit: days, .en) == "no on-site visit for \(days) days")
    }

    @Test func noOnSiteVisitOnRecordAndTheSettingOff() {
        var t = PolicySettings.defaults.weekly
        let c = Customer(id: "C", name: "n", status: .signed)
        #expect(WeeklyMeeting.reasons(customer: c, tier: .c, required: 1, onSiteThisMonth: 0, daysSinceLastVisit: nil,
                                      overThreeMonths: .zero, asOf: day("2026-11-20"), thresholds: t) == [.noRecentOnSiteVisit])
        #expect(WeeklyMeeting.reasons(customer: c, tier: .c, required: 0, onSiteThisMonth: 0, daysSinceLastVisit: nil,
                                      overThreeMonths: .zero, asOf: day("2026-11-20"), thresholds: t).isEmpty)
        t.noOnSiteVisitDays = nil
        #expect(WeeklyMeeting.reasons(customer: c, tier: .c, required: 1, onSiteThisMonth: 0, daysSinceLastVisit: nil,
                                      overThreeMonths: .zero, asOf: day("2026-11-20"), thresholds: t).isEmpty)
    }

    @Test(arguments: [
        ("2026-11-28", "2026-W48"), ("2026-11-30", "2026-W49"), ("2027-01-01", "2026-W53"), ("2026-01-01", "2026-W01"),
        ("2024-12-30", "2025-W01"), ("2021-01-03", "2020-W53"),
    ])
    func isoWeeks(date: String, week: String) {
        #expect(ISOWeek(containing: day(date)).description == week)
    }

    @Test func nextWeekAndItsDays() {
        let next = WeeklyMeeting.nextWeek(after: day("2026-11-28"))
        #expect(next.description == "2026-W49")
        #expect(next.monday == day("2026-11-30"))
        #expect(next.sunday == day("2026-12-06"))
    }
}
