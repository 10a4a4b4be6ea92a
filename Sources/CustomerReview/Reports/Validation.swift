import Foundation

/// What `validate --data DIR` reports: every data issue of every input, and a count by file.
public struct Validation: Sendable {
    public struct FileCount: Hashable, Sendable {
        public var file: String
        public var present: Bool
        /// Rows that can be used (malformed and refused rows are among the issues).
        public var usableRows: Int
        public var issues: Int
    }

    public var issues: [DataIssue]
    public var files: [FileCount]

    /// Reads every input of `folder` as a monthly run would, keeping nothing but the issues.
    public static func run(_ folder: DataFolder, asOf: CalendarDate) throws -> Validation {
        let period = asOf.yearMonth.adding(months: -1)
        let scope = MonthlyReview.scope(asOf: asOf, period: period, settings: folder.settings,
                                        historyFolder: (folder.path as NSString).appendingPathComponent("history"))
        let inputs = try ReviewInputs.load(folder, scope: scope)
        let files = InputFileKind.allCases.map { kind in
            FileCount(file: kind.fileName, present: kind.isRequired || inputs.present.contains(kind),
                      usableRows: inputs.usableRows[kind] ?? 0,
                      issues: inputs.issues.filter { $0.file == kind.fileName }.count)
        }
        return Validation(issues: inputs.issues, files: files)
    }
}
