/// How a customer's running streaks are counted, from visits.csv and the snapshots.
extension RunningStreaks {
    /// The streaks of customer `index` ending with `month`.
    ///
    /// Visits: this month's minimum is `required`; an earlier month's is the one its snapshot
    /// recorded, else (no snapshot) today's. A month before the customer existed — before its
    /// `created_date`, else before its first business or first invoice, or a month whose
    /// snapshot has no row for it — asks nothing and ends the streak; so does a month before
    /// the earliest visit of visits.csv (not in the export). Money: last months'
    /// figures from their snapshots; a month without one ends the streak.
    static func of(customer: Customer, index: Int, month: YearMonth, required: Int?, onSite: Int,
                   firstKnown: CalendarDate?, overThreeMonths: Money?, visits: OnSiteHistory,
                   history: MonthlyHistory?) -> RunningStreaks {
        let start = (customer.createdDate ?? firstKnown)?.yearMonth
        var months: [VisitShortfallStreak.Month] = [VisitShortfallStreak.Month(onSite: onSite, required: required)]
        var amounts: [Money?] = [overThreeMonths]
        for k in 1..<MonthWindow.length {
            let m = month.adding(months: -k)
            var asked: Int? = required
            if let start, m < start { asked = nil }
            switch history?.requirement(customer: index, month: m) ?? .unknown {
            case .unknown: break
            case .absent, .none: asked = nil
            case .asked(let n): asked = n
            }
            // Before the first month visits.csv holds: unknown, so the streak ends.
            if visits.coveredFrom.map({ m < $0 }) ?? true { asked = nil }
            months.append(VisitShortfallStreak.Month(onSite: visits.onSite(customer: index, month: m), required: asked))
            amounts.append(history?.overThreeMonths(customer: index, month: m))
        }
        return RunningStreaks(visitShortfall: VisitShortfallStreak.months(newestFirst: months),
                              overThreeMonthsGrowing: OverThreeMonthsGrowing.months(newestFirst: amounts))
    }
}
