import Foundation

/// What a report gathers from the inputs, in one streaming pass over each file.
public struct ReviewScope: Sendable {
    public var asOf: CalendarDate
    /// The month whose visits are tallied against the minimums.
    public var visitMonth: YearMonth
    /// Visits of `visitMonth` after this date are not tallied (the weekly agenda counts the
    /// month so far).
    public var visitsThrough: CalendarDate
    /// Which visits to keep whole, with their form fields (e.g. the period's); nil: none.
    public var keptVisits: ClosedRange<CalendarDate>?
    public var receivables: ReceivableRules
    /// The tier in force may come from the latest snapshot of a quarter before this one.
    public var snapshotBefore: Quarter
    public var historyFolder: String

    public init(asOf: CalendarDate, visitMonth: YearMonth, visitsThrough: CalendarDate,
                keptVisits: ClosedRange<CalendarDate>?, receivables: ReceivableRules,
                snapshotBefore: Quarter, historyFolder: String) {
        self.asOf = asOf
        self.visitMonth = visitMonth
        self.visitsThrough = visitsThrough
        self.keptVisits = keptVisits
        self.receivables = receivables
        self.snapshotBefore = snapshotBefore
        self.historyFolder = historyFolder
    }
}

/// Everything a report is computed from: the customers with their score and tier in force, and
/// per customer the tallies of the visits and receivables streamed past.
///
/// Memory grows with the number of customers (and the visits kept whole), not with the rows
/// of visits.csv and receivables.csv.
public struct ReviewInputs: Sendable {
    public var customers: [Customer]
    public var indexByID: [String: Int]
    public var scores: [Score?]
    /// The tier from the current score: what the quarterly adjustment proposes.
    public var proposedTiers: [Tier?]
    public var tiers: [TierInForce]
    public var snapshot: TierSnapshot?
    public var visitTallies: [VisitTally]
    /// Visits kept whole, in date, salesperson, customer order.
    public var keptVisits: [Visit]
    /// On-site and other visits in the visit month by the salesperson who made them.
    public var visitsBySalesperson: [String: VisitTally]
    public var positions: [ReceivablePosition]
    /// Each customer's contracts; nil when the folder has no contracts.csv.
    public var contracts: [[Contract]]?
    /// Every data issue, in file order then line.
    public var issues: [DataIssue]

    /// - Parameter progress: told each phase as it starts ("customers.csv"), for a terminal.
    public static func load(_ folder: DataFolder, scope: ReviewScope,
                            progress: (String) -> Void = { _ in }) throws -> ReviewInputs {
        let settings = folder.settings
        progress(InputFileKind.customers.fileName)
        var customerIssues: [DataIssue] = []
        let customers = try folder.readCustomers(issues: &customerIssues)
        let indexByID = Dictionary(uniqueKeysWithValues: customers.enumerated().map { ($1.id, $0) })
        let snapshot = try TierSnapshot.latest(in: scope.historyFolder, before: scope.snapshotBefore)
        let scores = customers.map { Scoring.score($0.indicatorScores, indicators: settings.indicators) }
        let proposed = scores.map { $0.map { Tiers.tier(for: $0, bounds: settings.tierBounds) } }
        let tiers = customers.indices.map { i in
            TierInForce(exportColumn: customers[i].tierColumn, snapshot: snapshot?.rows[customers[i].id]?.tier,
                        fromScore: proposed[i])
        }
        let termDays = tiers.map { settings.policy(for: TierPolicies.policyTier($0.tier)).termDays }
        let known: @Sendable (String) -> Bool = { indexByID[$0] != nil }

        progress(InputFileKind.visits.fileName)
        let visits = try VisitGathering.gather(folder, scope: scope, indexByID: indexByID, known: known)
        progress(InputFileKind.receivables.fileName)
        let receivables = try ReceivableGathering.gather(folder, scope: scope, indexByID: indexByID,
                                                         termDays: termDays, known: known)
        progress(InputFileKind.contracts.fileName)
        var contractIssues: [DataIssue] = []
        var contractsByCustomer: [[Contract]]?
        if let contracts = try folder.readContracts(knownCustomer: known, issues: &contractIssues) {
            var grouped = Array(repeating: [Contract](), count: customers.count)
            for contract in contracts {
                if let i = indexByID[contract.customerID] { grouped[i].append(contract) }
            }
            contractsByCustomer = grouped
        }
        return ReviewInputs(
            customers: customers, indexByID: indexByID, scores: scores, proposedTiers: proposed, tiers: tiers,
            snapshot: snapshot, visitTallies: visits.tallies, keptVisits: visits.kept,
            visitsBySalesperson: visits.bySalesperson, positions: receivables.positions,
            contracts: contractsByCustomer,
            issues: customerIssues + visits.issues + receivables.issues + contractIssues
        )
    }
}

/// The visit tallies of one pass over visits.csv.
struct VisitGathering: Sendable {
    var tallies: [VisitTally]
    var kept: [Visit]
    var bySalesperson: [String: VisitTally]
    var issues: [DataIssue]

    static func gather(_ folder: DataFolder, scope: ReviewScope, indexByID: [String: Int],
                       known: (String) -> Bool) throws -> VisitGathering {
        var result = VisitGathering(tallies: Array(repeating: VisitTally(), count: indexByID.count),
                                    kept: [], bySalesperson: [:], issues: [])
        try folder.readVisits(knownCustomer: known, asOf: scope.asOf,
                              wantsForm: { scope.keptVisits?.contains($0) ?? false }, issues: &result.issues) { visit in
            if visit.date.yearMonth == scope.visitMonth, visit.date <= scope.visitsThrough,
               let i = indexByID[visit.customerID] {
                result.tallies[i].add(visit)
                result.bySalesperson[visit.salesperson, default: VisitTally()].add(visit)
            }
            if scope.keptVisits?.contains(visit.date) ?? false { result.kept.append(visit) }
        }
        result.kept.sort { ($0.date, $0.salesperson, $0.customerID, $0.line) < ($1.date, $1.salesperson, $1.customerID, $1.line) }
        return result
    }
}

/// The receivable positions of one pass over receivables.csv.
struct ReceivableGathering: Sendable {
    var positions: [ReceivablePosition]
    var issues: [DataIssue]

    static func gather(_ folder: DataFolder, scope: ReviewScope, indexByID: [String: Int], termDays: [Int],
                       known: (String) -> Bool) throws -> ReceivableGathering {
        let empty = ReceivablePosition(bucketCount: scope.receivables.bucketBounds.count + 1)
        var result = ReceivableGathering(positions: Array(repeating: empty, count: indexByID.count), issues: [])
        try folder.readReceivables(knownCustomer: known, issues: &result.issues) { row in
            guard let i = indexByID[row.customerID] else { return }
            result.positions[i].add(row, rules: scope.receivables, termDays: termDays[i])
        }
        return result
    }
}
