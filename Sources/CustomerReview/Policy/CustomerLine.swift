/// What the rules know of one customer at the month reviewed: each figure worked out by the
/// Policy file of its rule (the requirement and shortfall by `VisitRequirement`, the limits by
/// `TierPolicies`, the contracts by `ContractCompliance`, the streaks by
/// `VisitShortfallStreak` and `OverThreeMonthsGrowing`), and the rules of its findings
/// (`CustomerRules`). The monthly review (Reports/) assembles one per customer.
public struct CustomerLine: Sendable {
    public var customer: Customer
    public var score: Score?
    public var proposedTier: Tier?
    public var tier: TierInForce
    public var visits: VisitTally
    /// On-site visits required this month; nil when nothing is asked or no tier is known.
    public var required: Int?
    public var shortfall: Int?
    public var receivables: ReceivablePosition
    public var policy: TierPolicies.Check
    public var contract: ContractCompliance.Evaluation
    /// The rules of the customer's findings.
    public var rules: PolicyFinding.RuleSet
    /// Months in a row short of visits and of growing money over three months.
    public var streaks = RunningStreaks()

    /// The rule codes of the customer's findings (`flags` of the JSON), in rule order.
    public var flags: [String] { rules.rules.map(\.rawValue) }

    /// The tier in force before any evaluation: the export's class or the snapshot's.
    public var previousTier: Tier? {
        tier.source == .exportColumn || tier.source == .snapshot ? tier.tier : nil
    }

    /// Whether the policy asks anything of the customer (eliminated customers are kept for
    /// reassignment only).
    public var isActive: Bool { SignedOrPotential.hasRequirements(customer.status) }
}

/// One customer's running streaks at the month reviewed (issue 14).
public struct RunningStreaks: Hashable, Sendable {
    /// Months in a row, this one included, short of the visit minimum.
    public var visitShortfall = 0
    /// Months in a row, this one included, with more money over three months than the month before.
    public var overThreeMonthsGrowing = 0

    public init(visitShortfall: Int = 0, overThreeMonthsGrowing: Int = 0) {
        self.visitShortfall = visitShortfall
        self.overThreeMonthsGrowing = overThreeMonthsGrowing
    }

    /// Whether a streak is a finding of its own (`VisitShortfallStreak`, `OverThreeMonthsGrowing`)
    /// and a reason for the weekly agenda: at least `threshold` months (nil: the rule is off).
    public static func isFinding(_ streak: Int, threshold: Int?) -> Bool {
        guard let threshold else { return false }
        return streak >= threshold
    }
}
