import Foundation

/// A quarter's tier snapshot, `HISTORY/tiers-YYYYQn.csv`: what the quarterly adjustment
/// decided, read back as the "previous" tier and as the tier in force where the export has none.
public struct TierSnapshot: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var customerID: String
        public var name: String
        public var status: CustomerStatus
        public var score: Score?
        public var tier: Tier?
    }

    public var quarter: Quarter
    public var rows: [String: Row]

    public init(quarter: Quarter, rows: [String: Row]) {
        self.quarter = quarter
        self.rows = rows
    }

    public static func fileName(_ quarter: Quarter) -> String { "tiers-\(quarter).csv" }

    /// The snapshot quarters present in `folder`, oldest first ([] when the folder is absent).
    public static func quarters(in folder: String) -> [Quarter] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name -> Quarter? in
            guard name.hasPrefix("tiers-"), name.hasSuffix(".csv") else { return nil }
            return Quarter(parsing: String(name.dropFirst(6).dropLast(4)))
        }.sorted()
    }

    /// The latest snapshot of a quarter before `quarter`, or nil when there is none.
    public static func latest(in folder: String, before quarter: Quarter) throws -> TierSnapshot? {
        guard let found = quarters(in: folder).last(where: { $0 < quarter }) else { return nil }
        return try read((folder as NSString).appendingPathComponent(fileName(found)), quarter: found)
    }

    static let columns = [
        InputColumn("customer_id", ["客户编号"], required: true),
        InputColumn("name", ["客户名称"], required: true),
        InputColumn("status", ["客户状态"], required: true),
        InputColumn("score", ["得分"], required: true),
        InputColumn("tier", ["客户类别"], required: true),
    ]

    /// Reads a snapshot; any damage is an error naming the file and line (exit 65), since a
    /// wrong previous tier would silently change every movement.
    public static func read(_ path: String, quarter: Quarter) throws -> TierSnapshot {
        let name = "history/" + (path as NSString).lastPathComponent
        func damaged(_ line: Int, _ what: String) -> ReviewError {
            ReviewError.input("\(name) line \(line): the tier snapshot is damaged: \(what); restore it from backup or delete it to start afresh")
        }
        let reader = try CSVReader(path: path, displayName: name, encoding: .utf8)
        var map: ColumnMap?
        var rows: [String: Row] = [:]
        try reader.read { record in
            guard let columns = map else {
                map = try ColumnMap(header: record, columns: columns, fileName: name)
                return
            }
            if let problem = record.problem { throw damaged(record.line, problem.message(.en)) }
            let row = TableRow(file: name, record: record, map: columns)
            let id = row.text(columns.field("customer_id"))
            guard !id.isEmpty else { throw damaged(row.line, "no customer_id") }
            guard rows[id] == nil else { throw damaged(row.line, "customer '\(TableRow.shown(id))' is listed twice") }
            guard let status = CustomerStatus(text: row.text(columns.field("status"))) else {
                throw damaged(row.line, "status '\(TableRow.shown(row.text(columns.field("status"))))' is not signed, potential or eliminated")
            }
            var score: Score?
            if let text = row.optionalText(columns.field("score")) {
                // Outside 0–100 no score was ever written here, and a difference with the current
                // score could pass 64 bits.
                guard let value = ExactDecimal(parsing: text), let hundredths = value.units(atScale: 2),
                      (0...10_000).contains(hundredths) else {
                    throw damaged(row.line, "score '\(TableRow.shown(text))' is not a score from 0 to 100 with two decimals")
                }
                score = Score(hundredths: hundredths)
            }
            var tier: Tier?
            if let text = row.optionalText(columns.field("tier")) {
                guard let t = Tier(text: text) else { throw damaged(row.line, "tier '\(TableRow.shown(text))' is not A, B or C") }
                tier = t
            }
            rows[id] = Row(customerID: id, name: row.text(columns.field("name")), status: status, score: score, tier: tier)
        }
        guard map != nil else { throw damaged(1, "the file is empty") }
        return TierSnapshot(quarter: quarter, rows: rows)
    }
}
