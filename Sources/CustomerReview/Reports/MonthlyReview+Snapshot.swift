extension MonthlyReview {
    /// The month's snapshot: per customer what next month compares with.
    public static func snapshot(_ report: MonthlyReport) -> MonthlySnapshot {
        MonthlySnapshot(month: report.period, rows: report.customers.map(snapshotRow))
    }

    static func snapshotRow(_ line: CustomerLine) -> MonthlySnapshot.Row {
        let c = line.customer
        let r = line.receivables
        return MonthlySnapshot.Row(
            customerID: c.id, name: c.name, status: c.status, salesperson: c.salesperson, department: c.department,
            tier: line.tier.tier, onSite: line.visits.onSite, required: line.required, shortfall: line.shortfall,
            invoiced: r.invoiced, outstanding: r.outstanding, currentMonth: r.currentMonth,
            overThreeMonths: r.overThreeMonths, overdue: r.overdue, findings: line.rules)
    }
}
