/// Every number the policy leaves to the company, with defaults that implement the seed
/// (SPEC §2, §4). `--config policy.json` overrides any part (`SettingsFile`).
public struct PolicySettings: Hashable, Sendable {
    /// The evaluation indicators of 附表1 客户评估表, in order.
    public var indicators: [Indicator]
    public var tierBounds: TierBounds
    /// On-site visits a month (实地走访), per status and tier in force.
    public var visitMinimums: VisitMinimums
    /// 垫资额度、资信额度、账期、佣金管理、资源保证, per tier.
    public var tierPolicies: [Tier: TierPolicy]
    /// Upper bounds in days of the aging buckets; a last open bucket follows ("over 180").
    public var agingBuckets: [Int]
    /// Contracts ending within this many days of the as-of date are listed.
    public var contractExpiryDays: Int
    public var weekly: WeeklyThresholds
    /// The manager's review marks (the drop-down); nil: the report language's defaults.
    public var reviewMarks: [String]?
    /// How many rows each exception list of the HTML page shows before "N more in the workbook".
    public var htmlListLimit: Int
    /// The evaluation committee (客户评估小组) and how its scores are combined.
    public var evaluation: Evaluation = .defaults
    /// Months in a row that make a running streak a finding (issue 14).
    public var streaks: StreakThresholds = .defaults

    public struct Indicator: Hashable, Sendable {
        /// The column name in customers.csv, e.g. `company_scale`.
        public var id: String
        /// The Chinese name, also accepted as the column name, e.g. 公司规模.
        public var name: String
        public var weight: ExactDecimal
        /// 评分标准 computed from the data; nil: none (a judgement, like industry influence).
        public var criteria: Criteria?
        /// Where the score comes from, the first source with a score for the customer winning.
        public var sources: [ScoreSource]

        public init(id: String, name: String, weight: ExactDecimal, criteria: Criteria? = nil,
                    sources: [ScoreSource] = PolicySettings.defaultSources) {
            self.id = id
            self.name = name
            self.weight = weight
            self.criteria = criteria
            self.sources = sources
        }
    }

    /// "A: score above 85; B: above 60 and below 85; C: below 60." The seed leaves 85 and 60
    /// themselves unassigned: by default they fall in B.
    public struct TierBounds: Hashable, Sendable {
        public var aLowerBound: ExactDecimal
        public var aIncludesBound: Bool
        public var bLowerBound: ExactDecimal
        public var bIncludesBound: Bool

        public init(aLowerBound: ExactDecimal, aIncludesBound: Bool, bLowerBound: ExactDecimal, bIncludesBound: Bool) {
            self.aLowerBound = aLowerBound
            self.aIncludesBound = aIncludesBound
            self.bLowerBound = bLowerBound
            self.bIncludesBound = bIncludesBound
        }
    }

    public struct VisitMinimums: Hashable, Sendable {
        public var signed: [Tier: Int]
        public var potential: [Tier: Int]

        public init(signed: [Tier: Int], potential: [Tier: Int]) {
            self.signed = signed
            self.potential = potential
        }
    }

    public struct TierPolicy: Hashable, Sendable {
        /// 垫资额度: the most the company advances for the customer.
        public var advanceLimit: Money
        /// 资信额度: the most the customer may owe.
        public var creditLimit: Money
        /// 账期: days from the invoice date to payment, when the row has no due date.
        public var termDays: Int
        /// 佣金: commission on last month's invoiced amount.
        public var commissionRate: ExactDecimal
        /// 资源保证: what the company guarantees the tier; nil: the report language's default
        /// (the words tables).
        public var resourceGuarantee: String?

        public init(advanceLimit: Money, creditLimit: Money, termDays: Int, commissionRate: ExactDecimal,
                    resourceGuarantee: String? = nil) {
            self.advanceLimit = advanceLimit
            self.creditLimit = creditLimit
            self.termDays = termDays
            self.commissionRate = commissionRate
            self.resourceGuarantee = resourceGuarantee
        }
    }

    /// When the weekly meeting proposes a customer for a manager-level visit (SPEC §2.9).
    public struct WeeklyThresholds: Hashable, Sendable {
        public var abnormalRelationship: Bool
        public var signedABBehindOnVisits: Bool
        /// Receivables over three months of at least this much; nil: not a reason.
        public var overThreeMonthsAtLeast: Money?
        public var potentialA: Bool
        /// A customer with a visit minimum whose last on-site visit is at least this many days
        /// before the as-of date (or who has none on record); nil: not a reason.
        public var noOnSiteVisitDays: Int?
        /// Short of visits `streaks.visit_shortfall_months` months running.
        public var visitShortfallStreak: Bool
        /// Money over three months growing `streaks.over_3_months_growing_months` months running.
        public var overThreeMonthsGrowing: Bool

        /// 45 days: a customer at the minimum of one on-site visit a month is never that long
        /// without one unless a month was missed.
        public static let defaultNoOnSiteVisitDays = 45

        public init(abnormalRelationship: Bool, signedABBehindOnVisits: Bool, overThreeMonthsAtLeast: Money?, potentialA: Bool,
                    noOnSiteVisitDays: Int? = defaultNoOnSiteVisitDays, visitShortfallStreak: Bool = true,
                    overThreeMonthsGrowing: Bool = true) {
            self.abnormalRelationship = abnormalRelationship
            self.signedABBehindOnVisits = signedABBehindOnVisits
            self.overThreeMonthsAtLeast = overThreeMonthsAtLeast
            self.potentialA = potentialA
            self.noOnSiteVisitDays = noOnSiteVisitDays
            self.visitShortfallStreak = visitShortfallStreak
            self.overThreeMonthsGrowing = overThreeMonthsGrowing
        }
    }

    public func policy(for tier: Tier) -> TierPolicy {
        // Every tier has a policy: the defaults hold all three and a file can only change them.
        tierPolicies[tier] ?? PolicySettings.defaults.tierPolicies[tier] ?? PolicySettings.fallbackPolicy
    }

    private static let fallbackPolicy = TierPolicy(advanceLimit: .zero, creditLimit: .zero, termDays: 0,
                                                   commissionRate: ExactDecimal(0))
}

extension PolicySettings {
    /// The built-in policy. The seed leaves the visit minimums, weights and limits blank; these
    /// defaults are the README's reading of it.
    public static let defaults = PolicySettings(
        indicators: [
            Indicator(id: "company_scale", name: "公司规模", weight: ExactDecimal(25), criteria: defaultCriteria["company_scale"]),
            Indicator(id: "credit", name: "资信状况", weight: ExactDecimal(30), criteria: defaultCriteria["credit"]),
            Indicator(id: "cargo_volume", name: "货量规模", weight: ExactDecimal(30), criteria: defaultCriteria["cargo_volume"]),
            Indicator(id: "industry_influence", name: "行业影响力", weight: ExactDecimal(15)),
        ],
        tierBounds: TierBounds(aLowerBound: ExactDecimal(85), aIncludesBound: false,
                               bLowerBound: ExactDecimal(60), bIncludesBound: true),
        visitMinimums: VisitMinimums(signed: [.a: 2, .b: 2, .c: 1], potential: [.a: 1, .b: 1, .c: 1]),
        tierPolicies: [
            .a: TierPolicy(advanceLimit: Money(fen: 30_000_000), creditLimit: Money(fen: 100_000_000), termDays: 60,
                           commissionRate: ExactDecimal(units: 10, scale: 3)),
            .b: TierPolicy(advanceLimit: Money(fen: 10_000_000), creditLimit: Money(fen: 50_000_000), termDays: 45,
                           commissionRate: ExactDecimal(units: 8, scale: 3)),
            .c: TierPolicy(advanceLimit: .zero, creditLimit: Money(fen: 10_000_000), termDays: 30,
                           commissionRate: ExactDecimal(units: 5, scale: 3)),
        ],
        agingBuckets: [30, 60, 90, 180],
        contractExpiryDays: 30,
        weekly: WeeklyThresholds(abnormalRelationship: true, signedABBehindOnVisits: true,
                                 overThreeMonthsAtLeast: Money(fen: 5_000_000), potentialA: true),
        reviewMarks: nil,
        htmlListLimit: 25
    )
}
