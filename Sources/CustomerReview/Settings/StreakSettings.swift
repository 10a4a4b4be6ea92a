/// The running streaks of issue 14: how many months in a row make a finding of their own.
extension PolicySettings {
    public struct StreakThresholds: Hashable, Sendable {
        /// Months in a row short of the visit minimum that make a finding; nil: the rule is off.
        public var visitShortfallMonths: Int?
        /// Months in a row of growing money over three months that make a finding; nil: off.
        public var overThreeMonthsGrowingMonths: Int?

        public init(visitShortfallMonths: Int?, overThreeMonthsGrowingMonths: Int?) {
            self.visitShortfallMonths = visitShortfallMonths
            self.overThreeMonthsGrowingMonths = overThreeMonthsGrowingMonths
        }

        /// Three months running, for both: a quarter of neglect is what a manager should see.
        public static let defaults = StreakThresholds(visitShortfallMonths: 3, overThreeMonthsGrowingMonths: 3)

        static let keys = ["visit_shortfall_months", "over_3_months_growing_months"]
    }
}

extension SettingsReader {
    /// `streaks`: each a whole number of months from 2 to 12 (what the history holds), or null.
    mutating func streaks(_ value: JSONValue, at path: String,
                          base: PolicySettings.StreakThresholds) throws -> PolicySettings.StreakThresholds {
        var streaks = base
        try object(value, at: path) { key, member, memberPath, r in
            let months = member == .null ? nil : try r.integer(member, at: memberPath, minimum: 2, maximum: MonthWindow.length)
            switch key {
            case "visit_shortfall_months": streaks.visitShortfallMonths = months
            case "over_3_months_growing_months": streaks.overThreeMonthsGrowingMonths = months
            default: throw r.unknownKey(memberPath, known: PolicySettings.StreakThresholds.keys)
            }
        }
        return streaks
    }
}
