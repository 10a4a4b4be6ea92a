/// The one shape every rule of the monthly review has: from one customer's line — its
/// requirement and shortfall, money, contracts, score and streaks, each worked out by the
/// rule's own file — the findings the rule makes, appended in `PolicyFinding.Rule` order.
///
/// The review (Reports/) applies `CustomerRules.all` in turn and only assembles; the
/// workbook, the page and the JSON (Output/) show the findings and recompute nothing.
protocol CustomerRule: SendableMetatype {
    /// Whether the rule applies to customers rule 2.1 (`SignedOrPotential`) excludes from every
    /// requirement; only the §2.6 escalation does.
    static var appliesToEliminated: Bool { get }
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding])
}

extension CustomerRule {
    static var appliesToEliminated: Bool { false }
}

/// The rules of the monthly review, in the order of their findings.
enum CustomerRules {
    static let all: [any CustomerRule.Type] = [
        AbnormalRelationship.self, VisitRequirement.self, VisitShortfallStreak.self, TierPolicies.self,
        OverThreeMonthsGrowing.self, ContractCompliance.self, Scoring.self, Reassignment.self,
    ]

    /// Every finding for one customer, in the order of `PolicyFinding.Rule`.
    static func findings(for line: CustomerLine, settings: PolicySettings = .defaults) -> [PolicyFinding] {
        var found: [PolicyFinding] = []
        let requirements = SignedOrPotential.hasRequirements(line.customer.status)
        for rule in all where requirements || rule.appliesToEliminated {
            rule.find(line, settings: settings, into: &found)
        }
        return found
    }
}
