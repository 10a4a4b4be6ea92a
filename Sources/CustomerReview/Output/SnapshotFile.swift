import Foundation

/// Writes a quarter's tier snapshot, `HISTORY/tiers-YYYYQn.csv` (UTF-8 with a byte order mark
/// so Excel shows the Chinese names), staged with the run's reports and renamed with them.
public enum SnapshotFile {
    public static func stage(_ snapshot: TierSnapshot, order: [String], historyFolder: String, in output: OutputFolder) throws -> String {
        do {
            try FileManager.default.createDirectory(atPath: historyFolder, withIntermediateDirectories: true)
        } catch {
            throw ReviewError.output("\(historyFolder): the history folder cannot be created (\(OutputFolder.reason(error)))")
        }
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
