/// 客户评估: "公司由运管中心、营销中心、财务部和公司高层组成客户评估小组,对所有公司客户进行评估" —
/// the evaluation committee's groups, where each indicator's score comes from, and the
/// scoring criteria (评分标准) computed from the data.
extension PolicySettings {
    /// Where an indicator's score may come from, in the order the indicator's `sources` lists.
    public enum ScoreSource: String, CaseIterable, Hashable, Sendable {
        /// The evaluation committee's scores in evaluations.csv (客户评估表).
        case committee
        /// The indicator column of customers.csv (the company system's finished score).
        case export
        /// The indicator's criteria (评分标准) applied to a measure of the data.
        case criteria
    }

    /// A figure of the data that a criterion scores.
    public enum Measure: String, CaseIterable, Hashable, Sendable {
        /// 资本额, parsed from customers.csv (`3000万元人民币`), in yuan.
        case registeredCapital = "registered_capital"
        /// 营业额, parsed from customers.csv, in yuan.
        case annualRevenue = "annual_revenue"
        /// Volume (货量) invoiced in the 12 months ending at the period's end.
        case volume12m = "volume_12m"
        /// Amount invoiced in the 12 months ending at the period's end, in yuan.
        case invoiced12m = "invoiced_12m"
        /// Overdue over outstanding at the period's end (0.25 is a quarter); 0 when nothing
        /// is outstanding.
        case overdueShare = "overdue_share"
        /// Over three months over outstanding at the period's end; 0 when nothing is outstanding.
        case overThreeMonthsShare = "over_3_months_share"

        /// The profile field the measure is parsed from, for the two profile measures.
        public var profileField: ProfileField? {
            switch self {
            case .registeredCapital: .registeredCapital
            case .annualRevenue: .annualRevenue
            case .volume12m, .invoiced12m, .overdueShare, .overThreeMonthsShare: nil
            }
        }
    }

    /// 评分标准 of one indicator: a measure and ordered bands; the first band the measure's value
    /// falls in gives the score.
    public struct Criteria: Hashable, Sendable {
        public var measure: Measure
        public var bands: [Band]

        public init(measure: Measure, bands: [Band]) {
            self.measure = measure
            self.bands = bands
        }
    }

    /// One band: `at_least` a threshold (the threshold included) or `at_most` one (included).
    public struct Band: Hashable, Sendable {
        public enum Comparison: String, Hashable, Sendable {
            case atLeast = "at_least"
            case atMost = "at_most"
        }

        public var comparison: Comparison
        /// In yuan for amounts, as a fraction for shares (0.05 is 5%), as written for volumes.
        public var threshold: ExactDecimal
        /// The indicator score this band gives, 0–100 with at most two decimals.
        public var score: ExactDecimal

        public init(_ comparison: Comparison, _ threshold: ExactDecimal, score: ExactDecimal) {
            self.comparison = comparison
            self.threshold = threshold
            self.score = score
        }
    }

    /// One group of the evaluation committee (评估小组).
    public struct CommitteeGroup: Hashable, Sendable {
        /// The English id also accepted in the `group` column (`finance`).
        public var id: String
        /// The name as evaluations.csv writes it (财务部).
        public var name: String
        /// The group's weight in the committee's mean; equal by default.
        public var weight: ExactDecimal

        public init(id: String, name: String, weight: ExactDecimal = ExactDecimal(1)) {
            self.id = id
            self.name = name
            self.weight = weight
        }
    }

    /// How the committee's evaluations are read and combined.
    public struct Evaluation: Hashable, Sendable {
        public var groups: [CommitteeGroup]
        /// Evaluations count for the quarter being adjusted when dated in it or in this many
        /// quarters before it.
        public var lookbackQuarters: Int
        /// An indicator whose evaluators' scores differ by more than this is a disagreement
        /// for the committee's meeting.
        public var disagreementPoints: ExactDecimal
        /// A customer whose score is within this many points of a tier bound is near the bound.
        public var nearBoundPoints: ExactDecimal

        public init(groups: [CommitteeGroup], lookbackQuarters: Int, disagreementPoints: ExactDecimal,
                    nearBoundPoints: ExactDecimal) {
            self.groups = groups
            self.lookbackQuarters = lookbackQuarters
            self.disagreementPoints = disagreementPoints
            self.nearBoundPoints = nearBoundPoints
        }

        /// The group a `group` cell names, by name or id; nil for none.
        public func groupIndex(named cell: String) -> Int? {
            let lowered = cell.lowercased()
            return groups.firstIndex { $0.name == cell || $0.id.lowercased() == lowered }
        }

        public static let defaults = Evaluation(
            groups: [
                CommitteeGroup(id: "operations", name: "运管中心"),
                CommitteeGroup(id: "marketing", name: "营销中心"),
                CommitteeGroup(id: "finance", name: "财务部"),
                CommitteeGroup(id: "management", name: "公司高层"),
            ],
            lookbackQuarters: 1,
            disagreementPoints: ExactDecimal(30),
            nearBoundPoints: ExactDecimal(2)
        )
    }

    /// The program's reading of 评分标准, meant to be replaced by the company's own: company scale
    /// by registered capital, credit standing by the overdue share, cargo volume by the volume
    /// of the last 12 months; industry influence is a judgement and has none.
    static let defaultCriteria: [String: Criteria] = {
        func bands(_ comparison: Band.Comparison, _ pairs: [(String, Int)]) -> [Band] {
            pairs.compactMap { threshold, score in
                ExactDecimal(parsing: threshold).map { Band(comparison, $0, score: ExactDecimal(score)) }
            }
        }
        return [
            "company_scale": Criteria(measure: .registeredCapital, bands: bands(.atLeast, [
                ("50000000", 95), ("20000000", 90), ("10000000", 84), ("5000000", 74), ("2000000", 62),
                ("1000000", 52), ("0", 40),
            ])),
            "credit": Criteria(measure: .overdueShare, bands: bands(.atMost, [
                ("0", 95), ("0.05", 88), ("0.15", 78), ("0.3", 66), ("0.5", 55), ("0.8", 45), ("1", 35),
            ]) + bands(.atLeast, [("0", 25)])),
            "cargo_volume": Criteria(measure: .volume12m, bands: bands(.atLeast, [
                ("600", 95), ("300", 90), ("150", 82), ("60", 72), ("20", 60), ("1", 48), ("0", 30),
            ])),
        ]
    }()

    /// Sources in the order tried when the settings name none: the committee first, then the
    /// export's finished score, then the criteria.
    public static let defaultSources: [ScoreSource] = [.committee, .export, .criteria]
}
