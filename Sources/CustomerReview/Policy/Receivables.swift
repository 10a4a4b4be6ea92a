/// SPEC §2.7, the 15th-of-month figures: "各业务员或客服每月15号统计各客户的上个月业绩,三个月以上
/// 的应收帐和当月应收帐".
///
/// Months are calendar months and "以上" includes the number itself: for report month
/// 2026-11, *over three months* is invoices dated 2026-08 or earlier and *current month* is
/// invoices dated 2026-11. Outstanding = amount − received. The day buckets age each invoice
/// by its date at the period end; invoices dated after the period end have their own column,
/// so the buckets always add up to the outstanding total, to the fen.
public struct ReceivableRules: Hashable, Sendable {
    /// The report month.
    public let month: YearMonth
    /// Upper bounds of the day buckets (e.g. 30, 60, 90, 180), then one open bucket.
    public let bucketBounds: [Int]

    /// The last day of the report month.
    public let periodEnd: CalendarDate
    /// Invoices dated in this month or earlier are over three months old.
    public let overThreeMonthsThrough: YearMonth
    private let periodEndDay: Int

    public init(month: YearMonth, bucketBounds: [Int]) {
        self.month = month
        self.bucketBounds = bucketBounds
        periodEnd = month.lastDay
        periodEndDay = periodEnd.dayNumber
        overThreeMonthsThrough = month.adding(months: -3)
    }

    /// The bucket of an invoice dated `date` (on or before the period end).
    public func bucket(for date: CalendarDate) -> Int {
        let age = periodEndDay - date.dayNumber
        return bucketBounds.firstIndex { age <= $0 } ?? bucketBounds.count
    }

    /// The labels of the buckets: `0–30`, `31–60`, …, `>180`.
    public var bucketLabels: [String] {
        var labels: [String] = []
        var lower = 0
        for bound in bucketBounds {
            labels.append("\(lower)–\(bound)")
            lower = bound + 1
        }
        labels.append(">\(bucketBounds.last ?? 0)")
        return labels
    }
}

/// One customer's receivables at the period end, added up row by row.
public struct ReceivablePosition: Hashable, Sendable {
    public var outstanding = Money.zero
    public var currentMonth = Money.zero
    public var overThreeMonths = Money.zero
    /// Outstanding past the payment term at the period end (positive amounts only).
    public var overdue = Money.zero
    /// Outstanding advances (垫资/代垫).
    public var advances = Money.zero
    /// One per day bucket.
    public var buckets: [Money]
    /// Outstanding on invoices dated after the period end.
    public var afterPeriodEnd = Money.zero
    /// 业绩: the amount invoiced in the report month (invoices, not advances).
    public var invoiced = Money.zero
    /// The volume invoiced in the report month, where given.
    public var volume: ExactDecimal?
    /// Rows with something outstanding.
    public var openRows = 0
    /// The date of the customer's first invoice, for the contract rule.
    public var firstInvoice: CalendarDate?

    public init(bucketCount: Int) {
        buckets = Array(repeating: .zero, count: bucketCount)
    }

    /// Adds one row. `termDays` is the payment term of the customer's tier in force, used
    /// when the row has no due date.
    public mutating func add(_ row: Receivable, rules: ReceivableRules, termDays: Int) {
        let open = row.outstanding
        outstanding += open
        if open != .zero { openRows += 1 }
        let month = row.invoiceDate.yearMonth
        if month == rules.month { currentMonth += open }
        if month <= rules.overThreeMonthsThrough { overThreeMonths += open }
        if row.invoiceDate > rules.periodEnd {
            afterPeriodEnd += open
        } else {
            buckets[rules.bucket(for: row.invoiceDate)] += open
        }
        let due = row.dueDate ?? row.invoiceDate.adding(days: termDays)
        if open > .zero, due < rules.periodEnd { overdue += open }
        if row.kind == .advance { advances += open }
        if row.kind == .invoice {
            if month == rules.month {
                invoiced += row.amount
                if let v = row.volume { volume = Volume.sum(volume, v) }
            }
            if firstInvoice.map({ row.invoiceDate < $0 }) ?? true { firstInvoice = row.invoiceDate }
        }
    }

    /// Adds another position (for the totals of a salesperson, a department, the company).
    public mutating func add(_ other: ReceivablePosition) {
        outstanding += other.outstanding
        currentMonth += other.currentMonth
        overThreeMonths += other.overThreeMonths
        overdue += other.overdue
        advances += other.advances
        for i in buckets.indices where i < other.buckets.count { buckets[i] += other.buckets[i] }
        afterPeriodEnd += other.afterPeriodEnd
        invoiced += other.invoiced
        if let v = other.volume { volume = Volume.sum(volume, v) }
        openRows += other.openRows
        if let first = other.firstInvoice, firstInvoice.map({ first < $0 }) ?? true { firstInvoice = first }
    }

    /// Whether the buckets and the after-period column add up to the outstanding total.
    public var reconciles: Bool {
        buckets.reduce(afterPeriodEnd, +) == outstanding
    }
}
