/// Twelve months of company figures ending with the month reviewed, and each salesperson's
/// visit compliance over the last six (issue 14).
///
/// Invoiced and on-site visits come from the inputs (a month before the export's first
/// invoice or visit is not in it); outstanding, over three months, overdue and compliance come
/// from the monthly snapshots, and this month from the report itself. A month without a figure
/// is nil — drawn as a gap, never as zero.
public struct MonthlyTrends: Sendable {
    public struct Month: Hashable, Sendable {
        public var month: YearMonth
        public var invoiced: Money?
        public var onSiteVisits: Int?
        public var outstanding: Money?
        public var overThreeMonths: Money?
        public var overdue: Money?
        /// Customers meeting their minimum, per mille.
        public var compliance: Int?
        /// Whether the month's receivables and compliance come from a snapshot (or the report).
        public var hasSnapshot: Bool
    }

    public struct Salesperson: Hashable, Sendable {
        public var name: String?
        /// Per mille, one per month of `salespersonMonths`; nil: no snapshot, or no customer
        /// with a minimum that month.
        public var compliance: [Int?]
    }

    public static let salespersonMonthCount = MonthlyHistory.salespersonMonthCount

    public var months: [Month]
    public var salespersonMonths: [YearMonth]
    public var salespeople: [Salesperson]

    static func build(_ report: MonthlyReport, inputs: ReviewInputs, history: MonthlyHistory?) -> MonthlyTrends {
        let window = MonthWindow(last: report.period)
        let visits = inputs.onSiteHistory.window == window ? inputs.onSiteHistory.companyTotals : []
        let covered = inputs.onSiteHistory.coveredFrom
        let t = report.totals
        let months = window.months.enumerated().map { k, month -> Month in
            var m = Month(month: month, hasSnapshot: false)
            m.invoiced = k < inputs.invoicedByMonth.count ? inputs.invoicedByMonth[k] : nil
            if k < visits.count, let covered, month >= covered { m.onSiteVisits = visits[k] }
            if month == report.period {
                m.outstanding = t.receivables.outstanding
                m.overThreeMonths = t.receivables.overThreeMonths
                m.overdue = t.receivables.overdue
                m.compliance = t.compliancePercent.map { Int($0.units) }
                m.hasSnapshot = true
                m.invoiced = t.receivables.invoiced
                m.onSiteVisits = t.onSiteVisits
            } else if let f = history?.figures[k] {
                m.outstanding = f.outstanding
                m.overThreeMonths = f.overThreeMonths
                m.overdue = f.overdue
                m.compliance = f.compliance
                m.hasSnapshot = true
            }
            return m
        }
        let recent = (0..<salespersonMonthCount).reversed().map { report.period.adding(months: -$0) }
        let salespeople = report.salespeople.filter { $0.customersWithRequirement > 0 }.map { g in
            Salesperson(name: g.name, compliance: recent.map { month in
                if month == report.period { return g.compliancePercent.map { Int($0.units) } }
                guard let k = window.offset(of: month), let f = history?.figures[k] else { return nil }
                return f.complianceBySalesperson[g.name]
            })
        }
        return MonthlyTrends(months: months, salespersonMonths: recent, salespeople: salespeople)
    }
}
