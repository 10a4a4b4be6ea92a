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
        self.month = month
        self.rows = rows
        var index: [String: Int] = [:]
        index.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() { index[row.customerID] = i }
        indexByID = index
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
    public static func read(month: YearMonth, in folder: String) throws -> MonthlySnapshot? {
        let path = (folder as NSString).appendingPathComponent(fileName(month))
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return try read(path, month: month)
    }

    static let header = ["customer_id", "name", "status", "salesperson", "department", "tier", "on_site", "required",
                         "shortfall", "invoiced", "outstanding", "current_month", "over_3_months", "overdue", "findings"]

    static let columns = header.map { InputColumn($0, [], required: true) }

    /// Reads a snapshot; any damage is an error naming the file and line (exit 65), since a
    /// wrong previous month would silently change every comparison.
    public static func read(_ path: String, month: YearMonth) throws -> MonthlySnapshot {
        let name = "history/" + (path as NSString).lastPathComponent
        func damaged(_ line: Int, _ what: String) -> ReviewError {
            ReviewError.input("\(name) line \(line): the monthly snapshot is damaged: \(what); restore it from backup or delete it to start afresh")
        }
        let reader = try CSVReader(path: path, displayName: name, encoding: .utf8)
        var map: ColumnMap?
        var rows: [Row] = []
        var seen = Set<String>()
        // Each amount column, added up in absolute value, must stay within what one run's
        // receivables may add up to: then every total and every change of a month against
        // another fits in 64 bits (a hand-edited snapshot must not trap the run).
        var totals = Array(repeating: Int64(0), count: 5)
        try reader.read { record in
            guard let columns = map else {
                map = try ColumnMap(header: record, columns: columns, fileName: name)
                return
            }
            if let problem = record.problem { throw damaged(record.line, problem.message(.en)) }
            let row = TableRow(file: name, record: record, map: columns)
            func text(_ key: String) -> String { row.text(columns.field(key)) }
            func count(_ key: String, optional: Bool) throws -> Int? {
                let value = text(key)
                if value.isEmpty, optional { return nil }
                guard value.utf8.count <= 9, let n = Int(value), n >= 0 else {
                    throw damaged(row.line, "\(key) '\(TableRow.shown(value))' is not a count")
                }
                return n
            }
            func money(_ key: String) throws -> Money {
                let value = text(key)
                guard let m = SnapshotMoney.parse(value) else {
                    throw damaged(row.line, "\(key) '\(TableRow.shown(value))' is not an amount like 1234.50")
                }
                let column = ["invoiced", "outstanding", "current_month", "over_3_months", "overdue"].firstIndex(of: key) ?? 0
                let (sum, overflow) = totals[column].addingReportingOverflow(m.fen.magnitude > UInt64(Int64.max) ? Int64.max : Int64(m.fen.magnitude))
                guard !overflow, sum <= ReceivableCeiling.run.maximumFen else {
                    throw damaged(row.line, "\(key) '\(TableRow.shown(value))' adds up past what a run's receivables can hold")
                }
                totals[column] = sum
                return m
            }
            let id = text("customer_id")
            guard !id.isEmpty else { throw damaged(row.line, "no customer_id") }
            guard seen.insert(id).inserted else { throw damaged(row.line, "customer '\(TableRow.shown(id))' is listed twice") }
            guard let status = CustomerStatus(text: text("status")) else {
                throw damaged(row.line, "status '\(TableRow.shown(text("status")))' is not signed, potential or eliminated")
            }
            var tier: Tier?
            if let t = row.optionalText(columns.field("tier")) {
                guard let parsed = Tier(text: t) else { throw damaged(row.line, "tier '\(TableRow.shown(t))' is not A, B or C") }
                tier = parsed
            }
            var findings = PolicyFinding.RuleSet()
            for code in text("findings").split(separator: " ") {
                guard let rule = PolicyFinding.Rule(rawValue: String(code)) else {
                    throw damaged(row.line, "finding '\(TableRow.shown(String(code)))' is not a rule code")
                }
                findings.insert(rule)
            }
            rows.append(Row(
                customerID: id, name: text("name"), status: status,
                salesperson: row.optionalText(columns.field("salesperson")),
                department: row.optionalText(columns.field("department")), tier: tier,
                onSite: try count("on_site", optional: false) ?? 0, required: try count("required", optional: true),
                shortfall: try count("shortfall", optional: true), invoiced: try money("invoiced"),
                outstanding: try money("outstanding"), currentMonth: try money("current_month"),
                overThreeMonths: try money("over_3_months"), overdue: try money("overdue"), findings: findings))
        }
        guard map != nil else { throw damaged(1, "the file is empty") }
        return MonthlySnapshot(month: month, rows: rows)
    }
}

/// Money as the snapshot writes it (`Money.description`): `-?digits.dd`, within 64 bits.
enum SnapshotMoney {
    static func parse(_ text: String) -> Money? {
        var bytes = Array(text.utf8)[...]
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
