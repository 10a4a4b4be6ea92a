/// What the monthly snapshots of the history folder say about the months before the one
/// reviewed: per customer the money over three months and the visit minimum of each month
/// (for the running streaks), and the company's figures per month (for the trends).
///
/// Snapshots are read row by row (`Reading`: on both cores), and only these figures are kept:
/// a column of twelve bytes per customer for each month with a snapshot, none for a month
/// without. A month without a snapshot is unknown — a gap in a trend, the end of a streak —
/// never zero.
public struct MonthlyHistory: Sendable {
    /// A month's company figures, from its snapshot.
    public struct Figures: Hashable, Sendable {
        public var outstanding = Money.zero
        public var overThreeMonths = Money.zero
        public var overdue = Money.zero
        /// Customers meeting their minimum over customers with one, per mille; nil: none had one.
        public var compliance: Int?
        /// The same per salesperson of that month (customers without one under nil); only for
        /// the last `salespersonMonthCount` months of the window (the trends show no more).
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
    public private(set) var figures: [Figures?]
    /// One per month of the window, oldest first; nil where there is no snapshot.
    private var months: [Month?] {
        didSet { figures = months.map { $0?.figures } }
    }
    private let customers: Int

    /// One month's snapshot: its company figures and, per place of a list of customers (this
    /// report's, or while it is read, the rows of last month's snapshot), the money over three
    /// months and the visit minimum.
    struct Month: Sendable {
        var figures = Figures()
        var overThree: [Int64]
        var required: [Int32]

        static let missing = Int64.min
        static let absentRow: Int32 = -2
        static let nothingAsked: Int32 = -1

        init(places: Int) {
            overThree = Array(repeating: Self.missing, count: places)
            required = Array(repeating: Self.absentRow, count: places)
        }
    }

    /// A month as read from its file before the report's customers are known: its rows placed
    /// by `key` (the places of some list of ids), the rows of ids the key lacks kept aside.
    struct KeyedMonth: Sendable {
        var month: YearMonth
        var column: Month
        var unplaced: [(id: String, overThree: Int64, required: Int32)]
    }

    public init(window: MonthWindow, customers: Int) {
        self.window = window
        self.customers = customers
        months = Array(repeating: nil, count: MonthWindow.length)
        figures = Array(repeating: nil, count: MonthWindow.length)
    }

    /// Adds one month's snapshot; `indexByID` places its rows on this report's customers.
    public mutating func add(_ snapshot: MonthlySnapshot, indexByID: [String: Int]) {
        guard let k = window.offset(of: snapshot.month) else { return }
        let salespeople = Self.keepsSalespeople(k)
        let keyed = Self.column(snapshot.month, places: customers) { each in
            for row in snapshot.rows {
                each(MonthlySnapshot.FigureRow(
                    customerID: row.customerID, index: indexByID[row.customerID],
                    salesperson: salespeople ? row.salesperson : nil, onSite: row.onSite, required: row.required,
                    outstanding: row.outstanding, overThreeMonths: row.overThreeMonths, overdue: row.overdue))
            }
        }
        months[k] = keyed.column
    }

    /// Reads the snapshot of `month` in `folder` row by row (none is kept), placing its rows
    /// by `key`; nil when there is none, or the month is not in `window`. `eachBatch` is told
    /// every `MonthlySnapshot.batchRows` rows (how a reader shows it is getting on).
    static func read(_ month: YearMonth, window: MonthWindow, in folder: String, key: [String: Int],
                     eachBatch: (() -> Void)? = nil) throws -> KeyedMonth? {
        guard let k = window.offset(of: month), let path = MonthlySnapshot.path(of: month, in: folder) else { return nil }
        let salespeople = keepsSalespeople(k)
        return try column(month, places: key.count) { each in
            try MonthlySnapshot.readFigures(path, indexByID: key, salespeople: salespeople, eachBatch: eachBatch, eachRow: each)
        }
    }

    /// Adds a month read by `read(_:window:in:key:)`: `customerOfKey[p]` is the customer at the
    /// key's place `p` (-1: none), or nil when the key was this report's customers already;
    /// the rows the key lacked are placed by `indexByID`.
    mutating func add(_ keyed: KeyedMonth, customerOfKey: [Int]?, indexByID: [String: Int]) {
        guard let k = window.offset(of: keyed.month) else { return }
        guard let customerOfKey else {
            precondition(keyed.column.overThree.count == customers, "a month of another list of customers")
            months[k] = keyed.column
            return
        }
        precondition(keyed.column.overThree.count == customerOfKey.count, "a month of another key")
        var month = Month(places: customers)
        month.figures = keyed.column.figures
        for (p, i) in customerOfKey.enumerated() where i >= 0 && i < customers {
            month.overThree[i] = keyed.column.overThree[p]
            month.required[i] = keyed.column.required[p]
        }
        for row in keyed.unplaced {
            guard let i = indexByID[row.id], i < customers else { continue }
            month.overThree[i] = row.overThree
            month.required[i] = row.required
        }
        months[k] = month
    }

    /// The months whose compliance per salesperson is kept: the trends' last six.
    public static let salespersonMonthCount = 6

    private static func keepsSalespeople(_ k: Int) -> Bool { k >= MonthWindow.length - salespersonMonthCount }

    /// A month from the rows `rows` hands over one by one, each at the place it gives (or
    /// kept aside without one).
    private static func column(_ month: YearMonth, places: Int,
                               rows: ((MonthlySnapshot.FigureRow) -> Void) throws -> Void) rethrows -> KeyedMonth {
        var column = Month(places: places)
        var unplaced: [(id: String, overThree: Int64, required: Int32)] = []
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
            let required = row.required.map { Int32(clamping: $0) } ?? Month.nothingAsked
            guard let i = row.index, i < places else {
                unplaced.append((row.customerID, row.overThreeMonths.fen, required))
                return
            }
            column.overThree[i] = row.overThreeMonths.fen
            column.required[i] = required
        }
        f.compliance = MonthOverMonth.compliancePerMille(meeting: meeting, withRequirement: with)
        f.complianceBySalesperson = bySalesperson.compactMapValues {
            MonthOverMonth.compliancePerMille(meeting: $0.meeting, withRequirement: $0.with)
        }
        column.figures = f
        return KeyedMonth(month: month, column: column, unplaced: unplaced)
    }

    /// One customer with a minimum, met or not (one look-up of its salesperson).
    private static func count(_ met: Bool, in tally: inout (meeting: Int, with: Int)) {
        tally.with += 1
        if met { tally.meeting += 1 }
    }

    public func hasSnapshot(_ month: YearMonth) -> Bool {
        window.offset(of: month).map { months[$0] != nil } ?? false
    }

    /// The customer's money over three months in `month`; nil when unknown.
    public func overThreeMonths(customer: Int, month: YearMonth) -> Money? {
        guard let k = window.offset(of: month), let m = months[k], customer < customers,
              m.overThree[customer] != Month.missing else { return nil }
        return Money(fen: m.overThree[customer])
    }

    public func requirement(customer: Int, month: YearMonth) -> Requirement {
        guard let k = window.offset(of: month), let m = months[k] else { return .unknown }
        guard customer < customers else { return .unknown }
        switch m.required[customer] {
        case Month.absentRow: return .absent
        case Month.nothingAsked: return .none
        case let n: return .asked(Int(n))
        }
    }

    /// Reads the snapshots of the months of `window` that exist in `folder` — before its last
    /// month (the one a monthly run is writing) unless `includingLast` — on both cores;
    /// `loaded` and `fresh` (the months a backfill has just computed, which replace their
    /// files) are read already. A damaged one is an error naming the file and line (exit 65).
    public static func read(folder: String, window: MonthWindow, indexByID: [String: Int],
                            includingLast: Bool = false, loaded: MonthlySnapshot? = nil,
                            fresh: [MonthlySnapshot] = []) throws -> MonthlyHistory {
        var done = Set<YearMonth>()
        let given = ((loaded.map { [$0] } ?? []) + fresh).filter {
            ($0.month < window.last || includingLast) && done.insert($0.month).inserted
        }
        let reading = Reading(folder: folder, window: window, includingLast: includingLast, skipping: done)
        defer { reading.stop() }
        reading.place(on: indexByID)
        var history = try reading.history()
        for snapshot in given { history.add(snapshot, indexByID: indexByID) }
        return history
    }
}
