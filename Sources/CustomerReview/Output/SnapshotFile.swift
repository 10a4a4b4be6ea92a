import Foundation

/// Writes a quarter's tier snapshot, `HISTORY/tiers-YYYYQn.csv` (UTF-8 with a byte order mark
/// so Excel shows the Chinese names), staged with the run's reports and renamed with them.
public enum SnapshotFile {
    public static func stage(_ snapshot: TierSnapshot, order: [String], historyFolder: String, in output: OutputFolder) throws -> String {
        try output.makeFolder(historyFolder, what: "history folder")
        let path = (historyFolder as NSString).appendingPathComponent(TierSnapshot.fileName(snapshot.quarter))
        try output.stage(targetPath: path, data: Data(bytes(snapshot, order: order)))
        return path
    }

    /// The snapshot's file: a header, then one row per customer in `order`.
    public static func bytes(_ snapshot: TierSnapshot, order: [String]) -> [UInt8] {
        var writer = CSVWriter()
        writer.raw([0xEF, 0xBB, 0xBF])
        writer.row(["customer_id", "name", "status", "score", "tier"])
        for id in order {
            guard let row = snapshot.rows[id] else { continue }
            writer.row([row.customerID, row.name, row.status.rawValue, row.score?.description ?? "", row.tier?.rawValue ?? ""])
        }
        return writer.bytes
    }
}
