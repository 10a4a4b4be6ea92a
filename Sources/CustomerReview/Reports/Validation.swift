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

    /// Reads every input of `folder` as a report run would, keeping nothing but the issues.
    public static func run(_ folder: DataFolder, asOf: CalendarDate) throws -> Validation {
        var files: [FileCount] = []
        var all: [DataIssue] = []
        var customerIssues: [DataIssue] = []
        let customers = try folder.readCustomers(issues: &customerIssues)
        let ids = Set(customers.map(\.id))
        let known: (String) -> Bool = { ids.contains($0) }
        files.append(FileCount(file: InputFileKind.customers.fileName, present: true, usableRows: customers.count, issues: customerIssues.count))
        all += customerIssues

        var visitIssues: [DataIssue] = []
        var visits = 0
        try folder.readVisits(knownCustomer: known, asOf: asOf, wantsForm: { _ in false }, issues: &visitIssues) { _ in visits += 1 }
        files.append(FileCount(file: InputFileKind.visits.fileName, present: true, usableRows: visits, issues: visitIssues.count))
        all += visitIssues

        var receivableIssues: [DataIssue] = []
        var receivables = 0
        try folder.readReceivables(knownCustomer: known, issues: &receivableIssues) { _ in receivables += 1 }
        files.append(FileCount(file: InputFileKind.receivables.fileName, present: true, usableRows: receivables, issues: receivableIssues.count))
        all += receivableIssues

        var contractIssues: [DataIssue] = []
        let contracts = try folder.readContracts(knownCustomer: known, issues: &contractIssues)
        files.append(FileCount(file: InputFileKind.contracts.fileName, present: contracts != nil,
                               usableRows: contracts?.count ?? 0, issues: contractIssues.count))
        all += contractIssues
        return Validation(issues: all, files: files)
    }
}
