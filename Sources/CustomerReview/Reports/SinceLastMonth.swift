/// What changed since last month (环比), assembled from last month's snapshot by the rules of
/// `MonthOverMonth`; nil on a report whose previous month has no snapshot.
public struct SinceLastMonth: Sendable {
    public var previousMonth: YearMonth
    /// One per customer of the report, in the same order.
    public var customers: [MonthOverMonth.CustomerChange]
    public var newFindings: [MonthOverMonth.FindingChange]
    public var resolvedFindings: [MonthOverMonth.FindingChange]
    /// One per salesperson and department of the report, in the same order.
    public var salespeople: [MonthOverMonth.ComplianceChange]
    public var departments: [MonthOverMonth.ComplianceChange]
    public var company: MonthOverMonth.ComplianceChange
    /// Last month's company figures.
    public var previousOutstanding: Money
    public var previousOverThreeMonths: Money
    public var previousOverdue: Money
    /// Customers whose money over three months grew, largest increase first (indices).
    public var largestIncreases: [Int]
    /// Customers of the report not in last month's snapshot.
    public var newCustomers: Int
    /// Customers of last month's snapshot no longer in customers.csv.
    public var departedCustomers: Int
    /// Customers eliminated since last month.
    public var eliminatedCustomers: Int

    static func build(_ report: MonthlyReport, previous: MonthlySnapshot) -> SinceLastMonth {
        // One customer at a time, by place (no copy of its line), each row of last month looked
        // up once.
        let lines = report.customers
        var comparison = MonthOverMonth.Comparison(previous: previous, customers: lines.count)
        for i in lines.indices {
            comparison.add(MonthOverMonth.Current(
                customerID: lines[i].customer.id, name: lines[i].customer.name, status: lines[i].customer.status,
                salesperson: lines[i].customer.salesperson, receivables: lines[i].receivables, rules: lines[i].rules))
        }
        let (changes, new, resolved) = comparison.finished()
        let bySalesperson = MonthOverMonth.previousCompliance(previous) { $0.salesperson }
        let byDepartment = MonthOverMonth.previousCompliance(previous) { $0.department }
        let company = MonthOverMonth.previousCompliance(previous) { _ in "" }
        func change(_ g: GroupTotals, _ before: Int?) -> MonthOverMonth.ComplianceChange {
            MonthOverMonth.ComplianceChange(name: g.name, current: g.compliancePercent.map { Int($0.units) }, previous: before)
        }
        var outstanding = Money.zero, over = Money.zero, overdue = Money.zero
        for row in previous.rows {
            outstanding += row.outstanding
            over += row.overThreeMonths
            overdue += row.overdue
        }
        return SinceLastMonth(
            previousMonth: previous.month, customers: changes, newFindings: new, resolvedFindings: resolved,
            salespeople: report.salespeople.map { change($0, bySalesperson[$0.name] ?? nil) },
            departments: report.departments.map { change($0, byDepartment[$0.name] ?? nil) },
            company: change(report.totals, company[""] ?? nil),
            previousOutstanding: outstanding, previousOverThreeMonths: over, previousOverdue: overdue,
            largestIncreases: MonthOverMonth.largestIncreases(changes),
            newCustomers: changes.filter(\.isNew).count,
            departedCustomers: previous.rows.count - changes.count(where: { !$0.isNew }),
            eliminatedCustomers: changes.count(where: \.eliminatedSinceLastMonth))
    }
}
