/// SPEC §2.12: "对于不同的客户基于不同的管理政策 … 垫资额度、资信额度、账期、佣金管理、资源保证".
///
/// Per tier in force: outstanding over the credit limit, outstanding advances over the advance
/// limit, and amounts overdue past the term are findings; commission is last month's invoiced
/// amount times the tier's rate. A customer with no tier in force is held to tier C's policy,
/// the strictest, until it is classed.
public enum TierPolicies {
    public struct Check: Hashable, Sendable {
        public var tier: Tier
        public var policy: PolicySettings.TierPolicy
        /// Outstanding above the credit limit (nil when within it).
        public var overCreditLimit: Money?
        /// Outstanding advances above the advance limit (nil when within it).
        public var overAdvanceLimit: Money?
        public var overdue: Money?
        public var commission: Money
    }

    /// 资源保证 of a tier: the settings' text, else the default in the report language.
    public static func resourceGuarantee(_ tier: Tier, settings: PolicySettings, language: ReportLanguage) -> String {
        settings.policy(for: tier).resourceGuarantee ?? language.words.resourceGuarantee(tier)
    }

    /// The tier whose policy applies: the tier in force, else C.
    public static func policyTier(_ tierInForce: Tier?) -> Tier { tierInForce ?? .c }

    public static func check(_ position: ReceivablePosition, tierInForce: Tier?, settings: PolicySettings) -> Check {
        let tier = policyTier(tierInForce)
        let policy = settings.policy(for: tier)
        return Check(
            tier: tier,
            policy: policy,
            overCreditLimit: position.outstanding > policy.creditLimit ? position.outstanding - policy.creditLimit : nil,
            overAdvanceLimit: position.advances > policy.advanceLimit ? position.advances - policy.advanceLimit : nil,
            overdue: position.overdue > .zero ? position.overdue : nil,
            commission: position.invoiced.multiplied(by: policy.commissionRate)
        )
    }
}

extension TierPolicies: CustomerRule {
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        let c = line.customer
        if let over = line.policy.overCreditLimit { found.append(PolicyFinding(rule: .overCreditLimit, customer: c, amount: over)) }
        if let over = line.policy.overAdvanceLimit { found.append(PolicyFinding(rule: .overAdvanceLimit, customer: c, amount: over)) }
        if let overdue = line.policy.overdue { found.append(PolicyFinding(rule: .overdue, customer: c, amount: overdue)) }
    }
}
