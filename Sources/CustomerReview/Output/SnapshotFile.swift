import Foundation

/// Writes a quarter's tier snapshot, `HISTORY/tiers-YYYYQn.csv` (UTF-8 with a byte order mark
/// so Excel shows the Chinese names), staged with the run's reports and renamed with them.
public enum SnapshotFile {
    public static func stage(_ snapshot: TierSnapshot, order: [String], historyFolder: String, in output: OutputFolder) throws -> String {
        try output.makeFolder(historyFolder, what: "history folder")
        var text = "\u{FEFF}" + CSVText.row(["customer_id", "name", "status", "score", "tier"])
        for id in order {
            guard let row = snapshot.rows[id] else { continue }
            text += CSVText.row([row.customerID, row.name, row.status.rawValue, row.score?.description ?? "", row.tier?.rawValue ?? ""])
        }
        let path = (historyFolder as NSString).appendingPathComponent(TierSnapshot.fileName(snapshot.quarter))
        try output.stage(targetPath: path, data: Data(text.utf8))
        return path
    }
}
