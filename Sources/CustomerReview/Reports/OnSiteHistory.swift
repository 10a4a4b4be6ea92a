/// Each customer's on-site visits in each month of a `MonthWindow`, gathered in the one pass
/// over visits.csv: a small fixed array per customer, so memory grows with the customers, not
/// with the rows.
public struct OnSiteHistory: Sendable {
    public var window: MonthWindow
    /// `counts[customer * 12 + offset]`, saturating (a month with 65,535 visits to one
    /// customer is short of nothing).
    private var counts: [UInt16]
    /// The month of the earliest usable visit of visits.csv: months before it are not in the
    /// export (a file of last month's visits says nothing of the month before), so no streak
    /// reaches back past it. nil: the file has no visits.
    public var coveredFrom: YearMonth?

    public init(window: MonthWindow, customers: Int) {
        self.window = window
        counts = Array(repeating: 0, count: customers * MonthWindow.length)
    }

    /// A window with nothing counted (a report that looks at no history).
    public static let none = OnSiteHistory(window: MonthWindow(last: YearMonth(year: 1, month: 1)), customers: 0)

    /// Notes a usable visit of any date, for `coveredFrom`.
    public mutating func cover(_ month: YearMonth) {
        if coveredFrom.map({ month < $0 }) ?? true { coveredFrom = month }
    }

    public mutating func add(customer: Int, month: YearMonth) {
        cover(month)
        guard let k = window.offset(of: month) else { return }
        let i = customer * MonthWindow.length + k
        guard i < counts.count, counts[i] < UInt16.max else { return }
        counts[i] += 1
    }

    /// On-site visits of `customer` in `month`; 0 outside the window.
    public func onSite(customer: Int, month: YearMonth) -> Int {
        guard let k = window.offset(of: month) else { return 0 }
        let i = customer * MonthWindow.length + k
        return i < counts.count ? Int(counts[i]) : 0
    }

    /// Every customer's on-site visits added up, per month of the window, oldest first.
    public var companyTotals: [Int] {
        var totals = Array(repeating: 0, count: MonthWindow.length)
        for (i, n) in counts.enumerated() { totals[i % MonthWindow.length] += Int(n) }
        return totals
    }
}
