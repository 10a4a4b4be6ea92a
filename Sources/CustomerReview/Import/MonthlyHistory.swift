/// What the monthly snapshots of the history folder say about the months before the one
/// reviewed: per customer the money over three months and the visit minimum of each month
/// (for the running streaks), and the company's figures per month (for the trends).
///
/// Snapshots are read row by row, one on each core at a time, and only these figures are kept:
/// memory is a small fixed array per customer (three while the two cores read), whatever the
/// number of snapshots. A month without a snapshot is unknown — a gap in a trend, the end of a
/// streak — never zero.
public struct MonthlyHistory: Sendable {
    /// A month's company figures, from its snapshot.
    public struct Figures: Hashable, Sendable {
        public var outstanding = Money.zero
        public var overThreeMonths = Money.zero
        public var overdue = Money.zero
        /// Customers meeting their minimum over customers with one, per mille; nil: none had one.
        public var compliance: Int?
        /// The same per salesperson of that month (customers without one under nil).
        public var complianceBySalesperson: [String?: Int] = [:]
    }

    /// What a snapshot says of one customer's visit minimum.
    public enum Requirement: Hashable, Sendable {
        /// No snapshot of the month: unknown.
        case unknown
        /// The snapshot exists but has no row for the customer: not yet (or no longer) a customer.
        case absent
        /// Nothing was asked (eliminated, no tier).
        case none
        case asked(Int)
    }

    public var window: MonthWindow
    /// One per month of the window, oldest first; nil where there is no snapshot.
    public var figures: [Figures?]
    private var overThree: [Int64]
    private var required: [Int32]
    private static let missing = Int64.min
    private static let absentRow: Int32 = -2
    private static let nothingAsked: Int32 = -1

    public init(window: MonthWindow, customers: Int) {
        self.window = window
        figures = Array(repeating: nil, count: MonthWindow.length)
        overThree = Array(repeating: Self.missing, count: customers * MonthWindow.length)
        required = Array(repeating: Self.absentRow, count: customers * MonthWindow.length)
    }

    /// Adds one month's snapshot; `indexByID` places its rows on this report's customers.
    public mutating func add(_ snapshot: MonthlySnapshot, indexByID: [String: Int]) {
        guard let k = window.offset(of: snapshot.month) else { return }
        add(month: k, indexByID: indexByID) { each in snapshot.rows.forEach(each) }
    }

    /// Adds the snapshot of `month` in `folder` as it is read, row by row (none is kept);
    /// nothing when there is none.
    mutating func addFile(of month: YearMonth, in folder: String, indexByID: [String: Int]) throws {
        guard let k = window.offset(of: month), let path = MonthlySnapshot.path(of: month, in: folder) else { return }
        try add(month: k, indexByID: indexByID) { each in try MonthlySnapshot.read(path, month: month, eachRow: each) }
    }

    /// The month at offset `k`, from the rows `rows` hands over one by one.
    private mutating func add(month k: Int, indexByID: [String: Int],
                              rows: ((MonthlySnapshot.Row) -> Void) throws -> Void) rethrows {
        var f = Figures()
        var meeting = 0, with = 0
        var bySalesperson: [String?: (meeting: Int, with: Int)] = [:]
        // A snapshot edited by hand can hold any 64-bit amount: its sums saturate, never trap.
        func add(_ total: inout Money, _ amount: Money) {
            let (sum, overflow) = total.fen.addingReportingOverflow(amount.fen)
            total = Money(fen: overflow ? (amount.fen > 0 ? Int64.max : Int64.min) : sum)
        }
        try rows { row in
            add(&f.outstanding, row.outstanding)
            add(&f.overThreeMonths, row.overThreeMonths)
            add(&f.overdue, row.overdue)
            if let met = row.metRequirement {
                with += 1
                if met { meeting += 1 }
                Self.count(met, in: &bySalesperson[row.salesperson, default: (0, 0)])
            }
            guard let i = indexByID[row.customerID] else { return }
            let slot = i * MonthWindow.length + k
            guard slot < overThree.count else { return }
            overThree[slot] = row.overThreeMonths.fen
            required[slot] = row.required.map { Int32(clamping: $0) } ?? Self.nothingAsked
        }
        f.compliance = MonthOverMonth.compliancePerMille(meeting: meeting, withRequirement: with)
        f.complianceBySalesperson = bySalesperson.compactMapValues {
            MonthOverMonth.compliancePerMille(meeting: $0.meeting, withRequirement: $0.with)
        }
        figures[k] = f
    }

    /// One customer with a minimum, met or not (one look-up of its salesperson).
    private static func count(_ met: Bool, in tally: inout (meeting: Int, with: Int)) {
        tally.with += 1
        if met { tally.meeting += 1 }
    }

    public func hasSnapshot(_ month: YearMonth) -> Bool {
        window.offset(of: month).map { figures[$0] != nil } ?? false
    }

    /// The customer's money over three months in `month`; nil when unknown.
    public func overThreeMonths(customer: Int, month: YearMonth) -> Money? {
        guard let k = window.offset(of: month) else { return nil }
        let slot = customer * MonthWindow.length + k
        guard slot < overThree.count, overThree[slot] != Self.missing else { return nil }
        return Money(fen: overThree[slot])
    }

    public func requirement(customer: Int, month: YearMonth) -> Requirement {
        guard let k = window.offset(of: month), figures[k] != nil else { return .unknown }
        let slot = customer * MonthWindow.length + k
        guard slot < required.count else { return .unknown }
        switch required[slot] {
        case Self.absentRow: return .absent
        case Self.nothingAsked: return .none
        case let n: return .asked(Int(n))
        }
    }

    /// Reads the snapshots of the months of `window` that exist in `folder` — before its last
    /// month (the one a monthly run is writing) unless `includingLast`; `loaded` is one read
    /// already. A damaged one is an error naming the file and line (exit 65).
    public static func read(folder: String, window: MonthWindow, indexByID: [String: Int],
                            includingLast: Bool = false, loaded: MonthlySnapshot? = nil,
                            fresh: [MonthlySnapshot] = []) throws -> MonthlyHistory {
        var history = MonthlyHistory(window: window, customers: indexByID.count)
        // `fresh`: the months a backfill has just computed, which replace their files.
        var done = Set<YearMonth>()
        for snapshot in (loaded.map { [$0] } ?? []) + fresh
        where (snapshot.month < window.last || includingLast) && done.insert(snapshot.month).inserted {
            history.add(snapshot, indexByID: indexByID)
        }
        let months = MonthlySnapshot.months(in: folder).filter {
            ($0 < window.last || includingLast) && window.offset(of: $0) != nil && !done.contains($0)
        }
        guard months.count > 1 else {
            for month in months { try history.addFile(of: month, in: folder, indexByID: indexByID) }
            return history
        }
        // Both cores: each reads every other month, row by row, into a history of
        // its own. Their months are disjoint, so the two merge slot by slot into the same
        // history whatever the timing; of two damaged snapshots the earlier month's is told,
        // as reading them in turn would.
        let customers = indexByID.count
        @Sendable func part(_ first: Int) -> (history: MonthlyHistory, failure: (month: YearMonth, error: any Error)?) {
            var part = MonthlyHistory(window: window, customers: customers)
            for month in stride(from: first, to: months.count, by: 2).map({ months[$0] }) {
                do {
                    try part.addFile(of: month, in: folder, indexByID: indexByID)
                } catch {
                    return (part, (month, error))
                }
            }
            return (part, nil)
        }
        let (even, odd) = try Concurrently.run({ part(0) }, { part(1) })
        if let failure = [even.failure, odd.failure].compactMap({ $0 }).min(by: { $0.month < $1.month }) { throw failure.error }
        history.merge(even.history)
        history.merge(odd.history)
        return history
    }

    /// Takes every month `other` has a snapshot of (`other` covers the same window and customers).
    mutating func merge(_ other: MonthlyHistory) {
        precondition(other.window == window && other.overThree.count == overThree.count, "histories of different windows")
        for k in other.figures.indices where other.figures[k] != nil {
            figures[k] = other.figures[k]
            for slot in stride(from: k, to: overThree.count, by: MonthWindow.length) {
                overThree[slot] = other.overThree[slot]
                required[slot] = other.required[slot]
            }
        }
    }
}
