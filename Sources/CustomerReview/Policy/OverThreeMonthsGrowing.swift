/// Running streak of growing money over three months (issue 14): the months in a row, ending
/// with the month reviewed, in which a customer's receivables over three months (三个月以上的应收帐)
/// were larger than the month before. Last months' figures come from the monthly snapshots; a
/// month without a snapshot (or without the customer in it) is unknown and ends the streak —
/// never read as zero. Growing that many months running (`streaks.over_3_months_growing_months`)
/// is a finding of its own.
public enum OverThreeMonthsGrowing {
    /// Months in a row of growth, counting back from the first element (the month reviewed,
    /// then the month before, …; nil where the month is unknown).
    public static func months(newestFirst amounts: [Money?]) -> Int {
        var streak = 0
        var i = 0
        while i + 1 < amounts.count, let now = amounts[i], let before = amounts[i + 1], now > before {
            streak += 1
            i += 1
        }
        return streak
    }
}

extension OverThreeMonthsGrowing: CustomerRule {
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        guard RunningStreaks.isFinding(line.streaks.overThreeMonthsGrowing, threshold: settings.streaks.overThreeMonthsGrowingMonths) else { return }
        found.append(PolicyFinding(rule: .overThreeMonthsGrowing, customer: line.customer, amount: line.receivables.overThreeMonths,
                                   months: line.streaks.overThreeMonthsGrowing))
    }
}
