/// Running streak of visit shortfalls (issue 14): the months in a row, ending with the month
/// reviewed, in which a customer had fewer on-site visits than its minimum. Counted from
/// visits.csv itself, at most `MonthWindow.length` months back; a customer short that many
/// months running (`streaks.visit_shortfall_months`) is a finding of its own.
public enum VisitShortfallStreak {
    /// One month of the streak: the on-site visits made and the minimum asked (nil: nothing
    /// asked that month — eliminated, no tier, or not yet a customer — which ends the streak).
    public struct Month: Hashable, Sendable {
        public var onSite: Int
        public var required: Int?

        public init(onSite: Int, required: Int?) {
            self.onSite = onSite
            self.required = required
        }
    }

    /// Months in a row short of the minimum, counting back from the first element (the month
    /// reviewed, then the month before, …); a month that met its minimum or asked nothing ends it.
    public static func months(newestFirst months: [Month]) -> Int {
        var streak = 0
        for month in months {
            guard let required = month.required, month.onSite < required else { break }
            streak += 1
        }
        return streak
    }
}

extension VisitShortfallStreak: CustomerRule {
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        guard RunningStreaks.isFinding(line.streaks.visitShortfall, threshold: settings.streaks.visitShortfallMonths) else { return }
        found.append(PolicyFinding(rule: .visitShortfallStreak, customer: line.customer, required: line.required,
                                   done: line.visits.onSite, shortfall: line.shortfall, months: line.streaks.visitShortfall))
    }
}
