import Foundation

/// A month's snapshot, `HISTORY/monthly-YYYY-MM.csv`: what the monthly review found per
/// customer, read back next month for "since last month", the running streaks and the trends.
///
/// Kept beside the quarterly tier snapshots, written and read the same way (UTF-8 with a byte
/// order mark, RFC 4180 quoting by `CSVWriter`, staged and renamed with the run's reports).
public struct MonthlySnapshot: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var customerID: String
        public var name: String
        public var status: CustomerStatus
        public var salesperson: String?
        public var department: String?
        /// The tier in force that month.
        public var tier: Tier?
        public var onSite: Int
        /// nil: nothing was asked (eliminated, no tier).
        public var required: Int?
        public var shortfall: Int?
        public var invoiced: Money
        public var outstanding: Money
        public var currentMonth: Money
        public var overThreeMonths: Money
        public var overdue: Money
        public var findings: PolicyFinding.RuleSet

        public init(customerID: String, name: String, status: CustomerStatus, salesperson: String?, department: String?,
                    tier: Tier?, onSite: Int, required: Int?, shortfall: Int?, invoiced: Money, outstanding: Money,
                    currentMonth: Money, overThreeMonths: Money, overdue: Money, findings: PolicyFinding.RuleSet) {
            self.customerID = customerID
            self.name = name
            self.status = status
            self.salesperson = salesperson
            self.department = department
            self.tier = tier
            self.onSite = onSite
            self.required = required
            self.shortfall = shortfall
            self.invoiced = invoiced
            self.outstanding = outstanding
            self.currentMonth = currentMonth
            self.overThreeMonths = overThreeMonths
            self.overdue = overdue
            self.findings = findings
        }

        /// Whether the customer met its visit minimum that month (nil: none asked).
        public var metRequirement: Bool? { required.map { onSite >= $0 } }
    }

    public var month: YearMonth
    /// The rows in file order (customers.csv order of that month).
    public var rows: [Row]
    public var indexByID: [String: Int]

    public init(month: YearMonth, rows: [Row]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() { index[row.customerID] = i }
        self.init(month: month, rows: rows, indexByID: index)
    }

    private init(month: YearMonth, rows: [Row], indexByID: [String: Int]) {
        self.month = month
        self.rows = rows
        self.indexByID = indexByID
    }

    public subscript(id: String) -> Row? { indexByID[id].map { rows[$0] } }

    public static func fileName(_ month: YearMonth) -> String { "monthly-\(month).csv" }

    /// The snapshot months present in `folder`, oldest first ([] when the folder is absent).
    public static func months(in folder: String) -> [YearMonth] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name -> YearMonth? in
            guard name.hasPrefix("monthly-"), name.hasSuffix(".csv") else { return nil }
            let text = String(name.dropFirst(8).dropLast(4))
            // Only the name this program writes: `monthly-2026-1.csv` is someone else's file.
            guard text.utf8.count == 7, let month = YearMonth(parsing: text), month.description == text else { return nil }
            return month
        }.sorted()
    }

    /// The snapshot of exactly `month`, or nil when there is none (no comparison).
    public static func read(month: YearMonth, in folder: String, eachBatch: (() -> Void)? = nil) throws -> MonthlySnapshot? {
        try path(of: month, in: folder).map { try read($0, month: month, eachBatch: eachBatch) }
    }

    /// Where the snapshot of `month` is, or nil when there is none.
    static func path(of month: YearMonth, in folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(fileName(month))
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return path
    }

    static let header = ["customer_id", "name", "status", "salesperson", "department", "tier", "on_site", "required",
                         "shortfall", "invoiced", "outstanding", "current_month", "over_3_months", "overdue", "findings"]

    static let columns = header.map { InputColumn($0, [], required: true) }

    /// Reads a snapshot; any damage is an error naming the file and line (exit 65), since a
    /// wrong previous month would silently change every comparison.
    /// - Parameter eachBatch: told every `batchRows` rows read (how a reader on another thread
    ///   shows it is getting on).
    public static func read(_ path: String, month: YearMonth, eachBatch: (() -> Void)? = nil) throws -> MonthlySnapshot {
        var rows: [Row] = []
        try read(path, month: month, eachBatch: eachBatch) { rows.append($0) }
        return MonthlySnapshot(month: month, rows: rows)
    }

    /// Reads a snapshot row by row, each checked as `read(_:month:)` does, without keeping
    /// them.
    static func read(_ path: String, month: YearMonth, eachBatch: (() -> Void)? = nil,
                     eachRow: (Row) throws -> Void) throws {
        try scan(path, indexByID: nil, eachBatch: eachBatch) { c in
            try eachRow(Row(
                customerID: c.id, name: c.row.text(c.fields.name), status: c.status,
                salesperson: c.row.optionalText(c.fields.salesperson), department: c.row.optionalText(c.fields.department),
                tier: c.tier, onSite: c.onSite, required: c.required, shortfall: c.shortfall, invoiced: c.amounts[0],
                outstanding: c.amounts[1], currentMonth: c.amounts[2], overThreeMonths: c.amounts[3], overdue: c.amounts[4],
                findings: c.findings))
        }
    }

    /// What the history keeps of a row (`readFigures`): no text but the salesperson's.
    struct FigureRow {
        var customerID: String
        /// The customer's place by the key it was read with; nil: not in it.
        var index: Int?
        /// Only when asked for (nil otherwise, and for a customer without one).
        var salesperson: String?
        var onSite: Int
        var required: Int?
        var outstanding: Money
        var overThreeMonths: Money
        var overdue: Money

        /// Whether the customer met its visit minimum that month (nil: none asked).
        var metRequirement: Bool? { required.map { onSite >= $0 } }
    }

    /// Reads a snapshot for the history, every row checked as `read(_:month:)` does, handing
    /// over only the figures the history keeps, each row placed by `indexByID` (the report's
    /// customers, or last month's rows; a customer listed twice is found by its place, without
    /// a set of every id).
    static func readFigures(_ path: String, indexByID: [String: Int], salespeople: Bool, eachBatch: (() -> Void)? = nil,
                            eachRow: (FigureRow) throws -> Void) throws {
        try scan(path, indexByID: indexByID, eachBatch: eachBatch) { c in
            try eachRow(FigureRow(
                customerID: c.id, index: c.index, salesperson: salespeople ? c.row.optionalText(c.fields.salesperson) : nil, onSite: c.onSite,
                required: c.required, outstanding: c.amounts[1], overThreeMonths: c.amounts[3], overdue: c.amounts[4]))
        }
    }

    /// One row with every field checked; the text fields (name, salesperson, department) are
    /// left in `row`, read only by whoever needs them.
    private struct CheckedRow {
        let row: TableRow
        let fields: Fields
        let id: String
        /// The place `indexByID` gives the customer (nil without one, or not a customer).
        let index: Int?
        let status: CustomerStatus
        let tier: Tier?
        let onSite: Int
        let required: Int?
        let shortfall: Int?
        /// In the order of `Fields.amounts`.
        let amounts: [Money]
        let findings: PolicyFinding.RuleSet
    }

    /// Reads a snapshot, checking every row; any damage is an error naming the file and line.
    /// The rows between two calls of a reader's `eachBatch`.
    static let batchRows = 1024

    private static func scan(_ path: String, indexByID: [String: Int]?, eachBatch: (() -> Void)?,
                             each: (CheckedRow) throws -> Void) throws {
        let name = "history/" + (path as NSString).lastPathComponent
        func damaged(_ line: Int, _ what: String) -> ReviewError {
            ReviewError.input("\(name) line \(line): the monthly snapshot is damaged: \(what); restore it from backup or delete it to start afresh")
        }
        let reader = try CSVReader(path: path, displayName: name, encoding: .utf8)
        var fields: Fields?
        // Customers listed so far: by their place where `indexByID` has one, else by id.
        var seen = Set<String>()
        var placed = [Bool](repeating: false, count: indexByID?.count ?? 0)
        // Each amount column, added up in absolute value, must stay within what one run's
        // receivables may add up to: then every total and every change of a month against
        // another fits in 64 bits (a hand-edited snapshot must not trap the run).
        var totals = Array(repeating: Int64(0), count: Fields.amounts.count)
        var amounts = Array(repeating: Money.zero, count: Fields.amounts.count)
        var rows = 0
        try reader.read { record in
            guard let f = fields else {
                fields = Fields(try ColumnMap(header: record, columns: columns, fileName: name))
                return
            }
            if let problem = record.problem { throw damaged(record.line, problem.message(.en)) }
            let row = TableRow(file: name, record: record, map: f.map)
            func shown(_ field: Field) -> String { TableRow.shown(row.text(field)) }
            func count(_ field: Field, optional: Bool) throws -> Int? {
                let bytes = row.bytes(field) ?? []
                if bytes.isEmpty, optional { return nil }
                guard let n = SnapshotCount.parse(bytes) else {
                    throw damaged(row.line, "\(field.key) '\(shown(field))' is not a count")
                }
                return n
            }
            let id = row.text(f.customerID)
            guard !id.isEmpty else { throw damaged(row.line, "no customer_id") }
            let index = indexByID?[id]
            let firstTime: Bool
            if let index, index < placed.count {
                firstTime = !placed[index]
                placed[index] = true
            } else {
                firstTime = seen.insert(id).inserted
            }
            guard firstTime else { throw damaged(row.line, "customer '\(TableRow.shown(id))' is listed twice") }
            guard let status = Self.status(row.bytes(f.status) ?? []) else {
                throw damaged(row.line, "status '\(shown(f.status))' is not signed, potential or eliminated")
            }
            var tier: Tier?
            if let t = row.bytes(f.tier), !t.isEmpty {
                guard let parsed = Self.tier(t) else { throw damaged(row.line, "tier '\(shown(f.tier))' is not A, B or C") }
                tier = parsed
            }
            var findings = PolicyFinding.RuleSet()
            // The rule codes, space-separated, matched as bytes (no text made of them).
            for code in (row.bytes(f.findings) ?? []).split(separator: UInt8(ascii: " ")) {
                guard let rule = Self.ruleCodes.first(where: { $0.code.elementsEqual(code) })?.rule else {
                    throw damaged(row.line, "finding '\(TableRow.shown(String(decoding: code, as: UTF8.self)))' is not a rule code")
                }
                findings.insert(rule)
            }
            let onSite = try count(f.onSite, optional: false) ?? 0
            let required = try count(f.required, optional: true)
            let shortfall = try count(f.shortfall, optional: true)
            for (column, field) in f.amounts.enumerated() {
                guard let m = SnapshotMoney.parse(row.bytes(field) ?? []) else {
                    throw damaged(row.line, "\(field.key) '\(shown(field))' is not an amount like 1234.50")
                }
                let (sum, overflow) = totals[column].addingReportingOverflow(m.fen.magnitude > UInt64(Int64.max) ? Int64.max : Int64(m.fen.magnitude))
                guard !overflow, sum <= ReceivableCeiling.run.maximumFen else {
                    throw damaged(row.line, "\(field.key) '\(shown(field))' adds up past what a run's receivables can hold")
                }
                totals[column] = sum
                amounts[column] = m
            }
            try each(CheckedRow(row: row, fields: f, id: id, index: index, status: status, tier: tier, onSite: onSite,
                                required: required, shortfall: shortfall, amounts: amounts, findings: findings))
            rows += 1
            if let eachBatch, rows % batchRows == 0 { eachBatch() }
        }
        guard fields != nil else { throw damaged(1, "the file is empty") }
    }

    /// A status as the snapshot writes it (its raw value), matched as bytes; any other
    /// spelling the exports accept is matched as text.
    private static func status(_ bytes: ArraySlice<UInt8>) -> CustomerStatus? {
        if let known = statusCodes.first(where: { $0.code.elementsEqual(bytes) }) { return known.status }
        let text = String(decoding: bytes, as: UTF8.self)
        return CustomerStatus(rawValue: text) ?? CustomerStatus(text: text)
    }

    private static let statusCodes = CustomerStatus.allCases.map { (code: Array($0.rawValue.utf8), status: $0) }

    /// A tier as the snapshot writes it (`A`, `B`, `C`), matched as bytes; any other spelling
    /// the exports accept is matched as text.
    private static func tier(_ bytes: ArraySlice<UInt8>) -> Tier? {
        if let known = tierCodes.first(where: { $0.code.elementsEqual(bytes) }) { return known.tier }
        let text = String(decoding: bytes, as: UTF8.self)
        return Tier(rawValue: text) ?? Tier(text: text)
    }

    private static let tierCodes = Tier.allCases.map { (code: Array($0.rawValue.utf8), tier: $0) }

    /// Each rule's code as the snapshot writes it.
    private static let ruleCodes = PolicyFinding.Rule.allCases.map { (code: Array($0.rawValue.utf8), rule: $0) }

    /// The snapshot's columns, looked up once from its header (not per row).
    private struct Fields {
        static let amounts = ["invoiced", "outstanding", "current_month", "over_3_months", "overdue"]
        let map: ColumnMap
        let customerID, name, status, salesperson, department, tier, onSite, required, shortfall, findings: Field
        /// In the order of `amounts`.
        let amounts: [Field]

        init(_ map: ColumnMap) {
            self.map = map
            customerID = map.field("customer_id")
            name = map.field("name")
            status = map.field("status")
            salesperson = map.field("salesperson")
            department = map.field("department")
            tier = map.field("tier")
            onSite = map.field("on_site")
            required = map.field("required")
            shortfall = map.field("shortfall")
            findings = map.field("findings")
            amounts = Self.amounts.map(map.field)
        }
    }
}

/// A count as the snapshot writes it: at most nine digits, nothing else.
enum SnapshotCount {
    static func parse(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var n = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            n = n * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return n
    }
}

/// Money as the snapshot writes it (`Money.description`): `-?digits.dd`, within 64 bits.
enum SnapshotMoney {
    static func parse(_ text: String) -> Money? { parse(Array(text.utf8)[...]) }

    static func parse(_ text: ArraySlice<UInt8>) -> Money? {
        var bytes = text
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        guard bytes.count >= 4, bytes.count <= 20, bytes[bytes.endIndex - 3] == UInt8(ascii: ".") else { return nil }
        var fen: Int64 = 0
        for (offset, byte) in bytes.enumerated() where offset != bytes.count - 3 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (m, o1) = fen.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            fen = s
        }
        return Money(fen: negative ? -fen : fen)
    }
}
