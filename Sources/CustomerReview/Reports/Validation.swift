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

    /// What validation reads: the inputs as a monthly run on `asOf` would, of the month before.
    public static func scope(asOf: CalendarDate, settings: PolicySettings) -> ReviewScope {
        MonthlyReview.scope(asOf: asOf, period: asOf.yearMonth.adding(months: -1), settings: settings)
    }

    /// The issues of the inputs gathered for `scope`, and a count by file.
    public static func run(_ exports: OpenedExports, scope: ReviewScope) throws -> Validation {
        let inputs = try ReviewInputs.gather(exports, scope: scope)
        let files = InputFileKind.allCases.map { kind in
            FileCount(file: kind.fileName, present: kind.isRequired || inputs.present.contains(kind),
                      usableRows: inputs.usableRows[kind] ?? 0,
                      issues: inputs.issues.filter { $0.file == kind.fileName }.count)
        }
        return Validation(issues: inputs.issues, files: files)
    }
}
