/// SPEC §2.9: "业务部门经理或客服部部门经理每周联合召开一次业务小组会议 … 并确定下周需部门经理以上
/// 领导拜访的客户" — the agenda proposes customers for a manager-level visit next week, each with
/// its reason; the thresholds are settings.
public enum WeeklyMeeting {
    public enum Reason: String, CaseIterable, Hashable, Sendable {
        case abnormalRelationship = "abnormal_relationship"
        case behindOnVisits = "behind_on_visits"
        case noRecentOnSiteVisit = "no_recent_on_site_visit"
        case largeOverThreeMonths = "large_receivables_over_3_months"
        case potentialA = "potential_a"
        /// Issue 14: short of visits months running, as of the last monthly review.
        case visitShortfallStreak = "visit_shortfall_streak"
        /// Issue 14: money over three months growing months running, as of the last review.
        case overThreeMonthsGrowing = "over_3_months_growing"
    }

    /// The on-site visits the month's minimum needs by `date`: the minimum spread evenly over
    /// the days of the month, rounded down (2 a month: 0 by the 14th of a 30-day month, 1 from
    /// the 15th, 2 on the last day).
    public static func expectedByNow(required: Int, on date: CalendarDate) -> Int {
        let days = CalendarDate.daysIn(year: date.year, month: date.month)
        return required * date.day / days
    }

    /// Whether a customer is behind the month's pace.
    public static func isBehind(required: Int?, done: Int, on date: CalendarDate) -> Bool {
        guard let required else { return false }
        return done < expectedByNow(required: required, on: date)
    }

    /// The reasons to propose a customer for a manager-level visit, in reason order.
    /// - Parameter daysSinceLastVisit: days since the last on-site visit of all; nil: none on record.
    public static func reasons(customer: Customer, tier: Tier?, required: Int?, onSiteThisMonth: Int,
                               daysSinceLastVisit: Int?, overThreeMonths: Money, asOf: CalendarDate,
                               thresholds: PolicySettings.WeeklyThresholds,
                               streaks: RunningStreaks = RunningStreaks(),
                               streakThresholds: PolicySettings.StreakThresholds = .defaults) -> [Reason] {
        guard SignedOrPotential.hasRequirements(customer.status) else {
            return thresholds.abnormalRelationship && AbnormalRelationship.isEscalated(customer) ? [.abnormalRelationship] : []
        }
        var reasons: [Reason] = []
        if thresholds.abnormalRelationship, AbnormalRelationship.isEscalated(customer) { reasons.append(.abnormalRelationship) }
        if thresholds.signedABBehindOnVisits, customer.status == .signed, tier == .a || tier == .b,
           isBehind(required: required, done: onSiteThisMonth, on: asOf) {
            reasons.append(.behindOnVisits)
        }
        if let days = thresholds.noOnSiteVisitDays, let required, required > 0,
           daysSinceLastVisit.map({ $0 >= days }) ?? true {
            reasons.append(.noRecentOnSiteVisit)
        }
        if let threshold = thresholds.overThreeMonthsAtLeast, overThreeMonths >= threshold, overThreeMonths > .zero {
            reasons.append(.largeOverThreeMonths)
        }
        if thresholds.potentialA, customer.status == .potential, tier == .a { reasons.append(.potentialA) }
        if thresholds.visitShortfallStreak,
           RunningStreaks.isFinding(streaks.visitShortfall, threshold: streakThresholds.visitShortfallMonths) {
            reasons.append(.visitShortfallStreak)
        }
        if thresholds.overThreeMonthsGrowing,
           RunningStreaks.isFinding(streaks.overThreeMonthsGrowing, threshold: streakThresholds.overThreeMonthsGrowingMonths) {
            reasons.append(.overThreeMonthsGrowing)
        }
        return reasons
    }

    /// The ISO week after the one holding `date`: the week the agenda is for.
    public static func nextWeek(after date: CalendarDate) -> ISOWeek {
        ISOWeek(containing: date.adding(days: 7))
    }
}

/// An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    public init(containing date: CalendarDate) {
        // The Thursday of the date's week decides the week-year.
        let thursday = date.adding(days: 4 - date.isoWeekday)
        year = thursday.year
        let firstOfYear = CalendarDate(dayNumber: CalendarDate.dayNumber(year: thursday.year, month: 1, day: 1))
        week = thursday.days(since: firstOfYear) / 7 + 1
    }

    /// Monday of the week.
    public var monday: CalendarDate {
        let january4 = CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: 1, day: 4))
        return january4.adding(days: 1 - january4.isoWeekday + (week - 1) * 7)
    }

    public var sunday: CalendarDate { monday.adding(days: 6) }

    /// `2026-W49`.
    public var description: String { CalendarDate.pad(year, 4) + "-W" + CalendarDate.pad(week, 2) }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
