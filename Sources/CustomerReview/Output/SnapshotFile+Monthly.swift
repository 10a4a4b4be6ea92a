import Foundation

extension SnapshotFile {
    /// Writes a month's snapshot, `HISTORY/monthly-YYYY-MM.csv`, staged with the run's reports
    /// and renamed with them; a rerun of the month replaces it, other months are never touched.
    public static func stage(_ snapshot: MonthlySnapshot, historyFolder: String, in output: OutputFolder) throws -> String {
        try output.makeFolder(historyFolder, what: "history folder")
        let path = (historyFolder as NSString).appendingPathComponent(MonthlySnapshot.fileName(snapshot.month))
        try output.stage(targetPath: path, data: Data(bytes(snapshot)))
        return path
    }

    /// The monthly snapshot's file: a header, then one row per customer in snapshot order.
    public static func bytes(_ snapshot: MonthlySnapshot) -> [UInt8] {
        var writer = CSVWriter()
        writer.raw([0xEF, 0xBB, 0xBF])
        writer.row(MonthlySnapshot.header)
        for row in snapshot.rows {
            writer.row([row.customerID, row.name, row.status.rawValue, row.salesperson ?? "", row.department ?? "",
                        row.tier?.rawValue ?? "", String(row.onSite), row.required.map(String.init) ?? "",
                        row.shortfall.map(String.init) ?? "", row.invoiced.description, row.outstanding.description,
                        row.currentMonth.description, row.overThreeMonths.description, row.overdue.description,
                        row.findings.rules.map(\.rawValue).joined(separator: " ")])
        }
        return writer.bytes
    }
}
