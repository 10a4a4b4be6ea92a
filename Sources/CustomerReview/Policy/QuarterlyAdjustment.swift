/// SPEC §2.13: "客户分类每季度调整一次,根据业务现状、资源能力、资信状况进行评估调整,并调整相应的
/// 管理政策" — the proposed tier from the current score against the previous tier, the movement,
/// the score change against the previous snapshot, and the policy changes each movement brings.
public enum QuarterlyAdjustment {
    public enum Movement: String, Hashable, Sendable {
        case up, down, same
        /// No previous tier: the customer is classed for the first time.
        case new
    }

    /// The previous tier: the export's `tier` column, else the latest earlier snapshot's.
    public static func previousTier(exportColumn: Tier?, snapshot: Tier?) -> Tier? {
        exportColumn ?? snapshot
    }

    /// Where the previous tier came from: the export's column, else the snapshot, else none.
    public static func previousTierSource(exportColumn: Tier?, snapshot: Tier?) -> TierSource {
        exportColumn != nil ? .exportColumn : (snapshot != nil ? .snapshot : .none)
    }

    /// The movement from `previous` to `proposed`; nil when nothing is proposed (unscored: the
    /// tier stays as it is until the customer is scored).
    public static func movement(previous: Tier?, proposed: Tier?) -> Movement? {
        guard let proposed else { return nil }
        guard let previous else { return .new }
        if proposed > previous { return .up }
        if proposed < previous { return .down }
        return .same
    }

    /// The tier the new snapshot records: the proposal, else the previous tier kept.
    public static func snapshotTier(previous: Tier?, proposed: Tier?) -> Tier? {
        proposed ?? previous
    }

    /// Current score minus the previous snapshot's, in hundredths; nil without both.
    public static func scoreChange(current: Score?, previous: Score?) -> Score? {
        guard let current, let previous else { return nil }
        return Score(hundredths: current.hundredths - previous.hundredths)
    }

    /// One policy figure that a movement changes: old → new.
    public struct PolicyChange: Hashable, Sendable {
        public enum Item: String, CaseIterable, Hashable, Sendable {
            case creditLimit = "credit_limit"
            case termDays = "term_days"
            case advanceLimit = "advance_limit"
            case commissionRate = "commission_rate"
            case visitMinimum = "visit_minimum"
        }

        public var item: Item
        /// The figure as plain number text (`500000.00`, `45`, `0.008`, `2`); nil: the
        /// customer had no tier before.
        public var old: String?
        public var new: String
    }

    /// The policy figures that differ between the previous and the proposed tier, for a
    /// customer of `status` (visit minimums depend on it; eliminated customers have none).
    public static func policyChanges(previous: Tier?, proposed: Tier?, status: CustomerStatus,
                                     settings: PolicySettings) -> [PolicyChange] {
        guard let proposed, previous != proposed else { return [] }
        func figures(_ tier: Tier) -> [PolicyChange.Item: String] {
            let p = settings.policy(for: tier)
            var values: [PolicyChange.Item: String] = [
                .creditLimit: p.creditLimit.description,
                .termDays: String(p.termDays),
                .advanceLimit: p.advanceLimit.description,
                .commissionRate: p.commissionRate.description,
            ]
            if let minimum = VisitRequirement.required(status: status, tier: tier, minimums: settings.visitMinimums) {
                values[.visitMinimum] = String(minimum)
            }
            return values
        }
        let new = figures(proposed)
        let old = previous.map(figures)
        return PolicyChange.Item.allCases.compactMap { item in
            guard let newValue = new[item] else { return nil }
            let oldValue = old?[item]
            guard oldValue != newValue else { return nil }
            return PolicyChange(item: item, old: oldValue, new: newValue)
        }
    }
}
