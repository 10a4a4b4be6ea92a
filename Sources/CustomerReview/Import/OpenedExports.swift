/// The exports of a data folder made ready for one report run: customers.csv read whole (every
/// other file refers to it), the latest tier snapshot before the run's quarter read from the
/// history folder, and the other exports opened — encoding and delimiter found — for one
/// streaming pass each, which `ReviewInputs.gather` makes.
public struct OpenedExports: @unchecked Sendable {
    // Each table is handed to exactly one task afterwards (`OpenedTables`).
    public let settings: PolicySettings
    public let customers: [Customer]
    /// Each customer's place in `customers`, by id.
    public let indexByID: [String: Int]
    /// The profile fields the settings' criteria measure, and each customer's amounts of them.
    let measured: [ProfileField]
    let profileMeasures: [[Money?]]
    /// The ids of the indicators customers.csv has no column for.
    let missingIndicators: [String]
    let customerIssues: [DataIssue]
    /// The tier in force where the export has none (SPEC §2.4); nil without a snapshot.
    public let tierSnapshot: TierSnapshot?
    let tables: OpenedTables
    private let folder: DataFolder

    /// Reads customers.csv and meanwhile, on the other core, opens the other exports; then reads
    /// the latest tier snapshot of a quarter before `quarter` in `history` (a damaged one is an
    /// error naming the file and line).
    /// - Parameter progress: told "customers.csv" as reading starts, for a terminal.
    public init(_ folder: DataFolder, tierSnapshotBefore quarter: Quarter, history: String,
                progress: (String) -> Void = { _ in }) throws {
        let settings = folder.settings
        let measured = ProfileField.allCases.filter { field in
            settings.indicators.contains { $0.criteria?.measure.profileField == field }
        }
        progress(InputFileKind.customers.fileName)
        let ((customers, profileMeasures, missingIndicators, customerIssues), tables) = try Concurrently.run({
            var issues: [DataIssue] = []
            var measures: [[Money?]] = []
            var missing: [String] = []
            let customers = try folder.readCustomers(measured: measured, measures: &measures, missingIndicators: &missing,
                                                     issues: &issues)
            return (customers, measures, missing, issues)
        }, {
            OpenedTables(visits: try folder.table(.visits), receivables: try folder.table(.receivables),
                         contracts: try folder.table(.contracts), evaluations: try folder.table(.evaluations))
        })
        self.settings = settings
        self.customers = customers
        indexByID = Dictionary(uniqueKeysWithValues: customers.enumerated().map { ($1.id, $0) })
        self.measured = measured
        self.profileMeasures = profileMeasures
        self.missingIndicators = missingIndicators
        self.customerIssues = customerIssues
        self.tables = tables
        self.folder = folder
        tierSnapshot = try TierSnapshot.latest(in: history, before: quarter)
    }

    /// evaluations.csv opened once more, for the evaluations of another quarter; nil when the
    /// folder has none.
    func reopenedEvaluations() throws -> InputTable? {
        try folder.table(.evaluations)
    }
}

/// The inputs after customers.csv, opened (encoding and delimiter found) ahead of reading.
struct OpenedTables: @unchecked Sendable {
    // Each table is handed to exactly one task afterwards.
    var visits: InputTable?
    var receivables: InputTable?
    var contracts: InputTable?
    var evaluations: InputTable?
}
