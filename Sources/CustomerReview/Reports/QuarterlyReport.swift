/// The content of the quarterly adjustment (SPEC §2.4, §2.10, §2.13).
public struct QuarterlyReport: Sendable {
    public var quarter: Quarter
    public var asOf: CalendarDate
    public var settings: PolicySettings
    /// The snapshot read as "previous", if any.
    public var previousSnapshot: Quarter?
    public var hasContractData: Bool
    /// One line per customer, in customers.csv order.
    public var customers: [QuarterlyLine]
    public var salespeople: [MovementCounts]
    public var departments: [MovementCounts]
    public var totals: MovementCounts
    /// Customers per tier before and after the adjustment.
    public var tierMix: TierMix
    public var dataIssues: [DataIssue]
    /// Where each customer's score comes from (`QuarterlyLine.evaluation`).
    public var evaluations: CustomerEvaluations
    /// How many visits and invoices the quarter's last month holds (none at all is a notice).
    public var coverage: PeriodCoverage?
    /// The committee's completeness and disagreements, the near-bound customers, the bound
    /// sensitivity.
    public var evaluation: QuarterlyEvaluation {
        get { builtEvaluation.limited(to: customers.count) }
        set { builtEvaluation = newValue }
    }
    var builtEvaluation: QuarterlyEvaluation

    /// Signed customers proposed A or B without a contract or long-term agreement in force.
    public var contractGaps: [QuarterlyLine] { customers.filter { $0.contractGap != nil } }
    /// Customers for (re)assignment: created in the quarter, eliminated, or with no salesperson.
    public var reassignment: [QuarterlyLine] { customers.filter { !$0.reassignment.isEmpty } }
    /// Customers whose tier moves.
    public var changes: [QuarterlyLine] { customers.filter { $0.movement == .up || $0.movement == .down || $0.movement == .new } }
}

/// Customers by tier before the adjustment (the tier from the export or the last snapshot)
/// and after it (the tier the new snapshot records: the proposal, or the previous tier kept
/// for an unscored customer). Eliminated customers are in no tier (rule 2.1), only counted.
public struct TierMix: Hashable, Sendable {
    /// A, B, C, then no tier (nil).
    public static let tiers: [Tier?] = Tier.allCases.map { $0 } + [nil]
    public var before: [Tier?: Int] = [:]
    public var after: [Tier?: Int] = [:]
    /// Customers counted (signed and potential).
    public var customers = 0
    public var eliminated = 0

    mutating func add(_ line: QuarterlyLine) {
        guard SignedOrPotential.hasRequirements(line.customer.status) else {
            eliminated += 1
            return
        }
        customers += 1
        before[line.previousTier, default: 0] += 1
        after[line.snapshotTier, default: 0] += 1
    }
}

/// One customer in the quarterly adjustment.
public struct QuarterlyLine: Sendable {
    public var customer: Customer
    public var score: Score?
    public var previousScore: Score?
    public var scoreChange: Score?
    /// The tier in force (SPEC §2.4) before this adjustment.
    public var tier: TierInForce
    public var previousTier: Tier?
    /// Where the previous tier came from (`export`, `snapshot` or `none`).
    public var previousSource: TierSource
    public var proposedTier: Tier?
    public var movement: QuarterlyAdjustment.Movement?
    public var policyChanges: [QuarterlyAdjustment.PolicyChange]
    /// The contract state under the proposed tier, when it falls short (signed A/B only).
    public var contractGap: ContractCompliance.State?
    public var reassignment: [Reassignment.Reason]
    /// The receivables at the quarter's end, as context for the credit standing (资信状况).
    public var receivables: ReceivablePosition
    /// The tier the new snapshot records.
    public var snapshotTier: Tier?
}

/// Movements counted for a salesperson, a department or the company.
public struct MovementCounts: Sendable {
    public var name: String?
    public var department: String?
    public var customers = 0
    public var up = 0
    public var down = 0
    public var same = 0
    public var new = 0
    /// No proposal: the customer is unscored.
    public var unscored = 0
    public var contractGaps = 0
    public var reassignment = 0

    public init(name: String?, department: String?) {
        self.name = name
        self.department = department
    }

    mutating func add(_ line: QuarterlyLine) {
        customers += 1
        switch line.movement {
        case .up?: up += 1
        case .down?: down += 1
        case .same?: same += 1
        case .new?: new += 1
        case nil: unscored += 1
        }
        if line.contractGap != nil { contractGaps += 1 }
        if !line.reassignment.isEmpty { reassignment += 1 }
    }
}

/// Builds the quarterly adjustment from the gathered inputs.
public enum QuarterlyReview {
    /// Quarterly gathers receivables at the quarter's end and the latest snapshot before the
    /// quarter (never the quarter's own, so a rerun does not read itself as previous).
    public static func scope(asOf: CalendarDate, quarter: Quarter, settings: PolicySettings) -> ReviewScope {
        let month = quarter.lastMonth
        return ReviewScope(asOf: asOf, visitMonth: month, visitsThrough: month.lastDay,
                           keptVisits: nil,
                           receivables: ReceivableRules(month: month, bucketBounds: settings.agingBuckets),
                           snapshotBefore: quarter)
    }

    public static func build(_ inputs: ReviewInputs, quarter: Quarter, asOf: CalendarDate,
                             settings: PolicySettings) -> QuarterlyReport {
        var lines: [QuarterlyLine] = []
        lines.reserveCapacity(inputs.customers.count)
        for (i, customer) in inputs.customers.enumerated() {
            let snapshotRow = inputs.snapshot?.rows[customer.id]
            let previous = QuarterlyAdjustment.previousTier(exportColumn: customer.tierColumn, snapshot: snapshotRow?.tier)
            let source = QuarterlyAdjustment.previousTierSource(exportColumn: customer.tierColumn, snapshot: snapshotRow?.tier)
            let proposed = inputs.proposedTiers[i]
            let gap = inputs.contracts.flatMap {
                ContractCompliance.gap(status: customer.status, proposedTier: proposed, contracts: $0[i], asOf: asOf)
            }
            lines.append(QuarterlyLine(
                customer: customer, score: inputs.scores[i], previousScore: snapshotRow?.score,
                scoreChange: QuarterlyAdjustment.scoreChange(current: inputs.scores[i], previous: snapshotRow?.score),
                tier: inputs.tiers[i], previousTier: previous, previousSource: source, proposedTier: proposed,
                movement: QuarterlyAdjustment.movement(previous: previous, proposed: proposed),
                policyChanges: QuarterlyAdjustment.policyChanges(previous: previous, proposed: proposed,
                                                                 status: customer.status, settings: settings),
                contractGap: gap,
                reassignment: Reassignment.reasons(customer, from: quarter.firstDay, through: quarter.lastDay),
                receivables: inputs.positions[i],
                snapshotTier: QuarterlyAdjustment.snapshotTier(previous: previous, proposed: proposed)
            ))
        }
        var totals = MovementCounts(name: nil, department: nil)
        var tierMix = TierMix()
        var bySalesperson: [String?: MovementCounts] = [:]
        var byDepartment: [String?: MovementCounts] = [:]
        for line in lines {
            totals.add(line)
            tierMix.add(line)
            let c = line.customer
            bySalesperson[c.salesperson, default: MovementCounts(name: c.salesperson, department: c.department)].add(line)
            byDepartment[c.department, default: MovementCounts(name: c.department, department: c.department)].add(line)
        }
        return QuarterlyReport(
            quarter: quarter, asOf: asOf, settings: settings, previousSnapshot: inputs.snapshot?.quarter,
            hasContractData: inputs.contracts != nil, customers: lines,
            salespeople: Grouping.sorted(bySalesperson), departments: Grouping.sorted(byDepartment),
            totals: totals, tierMix: tierMix, dataIssues: inputs.issues, evaluations: inputs.evaluations, coverage: inputs.coverage,
            builtEvaluation: QuarterlyEvaluation.build(lines, evaluations: inputs.evaluations, settings: settings)
        )
    }

    /// The rows of the snapshot this adjustment writes.
    public static func snapshot(_ report: QuarterlyReport) -> TierSnapshot {
        var rows: [String: TierSnapshot.Row] = [:]
        for line in report.customers {
            rows[line.customer.id] = TierSnapshot.Row(customerID: line.customer.id, name: line.customer.name,
                                                     status: line.customer.status, score: line.score, tier: line.snapshotTier)
        }
        return TierSnapshot(quarter: report.quarter, rows: rows)
    }
}

/// Orders named groups by code point (never by the locale), the unassigned last.
enum Grouping {
    static func sorted<Value>(_ groups: [String?: Value]) -> [Value] {
        groups.sorted { a, b in
            switch (a.key, b.key) {
            case let (x?, y?): x < y
            case (_?, nil): true
            default: false
            }
        }.map(\.value)
    }
}
