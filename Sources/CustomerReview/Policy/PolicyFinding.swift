/// Something a rule of the policy found about one customer, for the findings sheet, the
/// exception lists of the page and the `flags` of the JSON.
public struct PolicyFinding: Hashable, Sendable {
    /// The rules in the order findings are listed.
    public enum Rule: String, CaseIterable, Hashable, Sendable {
        /// §2.6: relationship abnormal, escalated to the department manager.
        case abnormalRelationship = "abnormal_relationship"
        /// §2.5: fewer on-site visits than the minimum.
        case visitShortfall = "visit_shortfall"
        /// Issue 14: short of the visit minimum several months running (`VisitShortfallStreak`).
        case visitShortfallStreak = "visit_shortfall_streak"
        /// §2.12: outstanding over the credit limit (资信额度).
        case overCreditLimit = "over_credit_limit"
        /// §2.12: outstanding advances over the advance limit (垫资额度).
        case overAdvanceLimit = "over_advance_limit"
        /// §2.12: amounts overdue past the payment term (账期).
        case overdue
        /// Issue 14: money over three months growing several months running (`OverThreeMonthsGrowing`).
        case overThreeMonthsGrowing = "over_3_months_growing"
        /// §2.11: signed A/B without a contract in force.
        case contractMissing = "contract_missing"
        /// §2.11: signed A/B without a long-term agreement in force.
        case agreementMissing = "long_term_agreement_missing"
        /// §2.11: signed C without a contract (a warning).
        case contractRecommended = "contract_recommended"
        /// §2.11: the first contract was signed after the first business.
        case contractSignedLate = "contract_signed_after_first_business"
        /// §2.11: a contract in force ends within the look-ahead.
        case contractEndingSoon = "contract_ending_soon"
        /// §2.2: an indicator score is missing, so no score and no tier from it.
        case unscored
        /// §2.10: no salesperson is assigned.
        case noSalesperson = "no_salesperson"

        public enum Severity: String, Hashable, Sendable {
            case breach, warning, escalation
        }

        /// The rule's place in `allCases`.
        static func order(of rule: Rule) -> Int {
            allCases.firstIndex(of: rule) ?? 0
        }

        public var severity: Severity {
            switch self {
            case .abnormalRelationship: .escalation
            case .visitShortfall, .visitShortfallStreak, .overThreeMonthsGrowing, .overCreditLimit, .overAdvanceLimit, .overdue, .contractMissing, .agreementMissing, .contractSignedLate:
                .breach
            case .contractRecommended, .contractEndingSoon, .unscored, .noSalesperson: .warning
            }
        }
    }

    /// Rules as a set of bits, in rule order: a customer's flags without an allocation each.
    public struct RuleSet: Hashable, Sendable {
        private var bits: UInt32 = 0

        public init() {}

        public mutating func insert(_ rule: Rule) {
            bits |= 1 << UInt32(Rule.order(of: rule))
        }

        public func contains(_ rule: Rule) -> Bool { bits & (1 << UInt32(Rule.order(of: rule))) != 0 }

        /// The rules in the order findings are listed.
        public var rules: [Rule] { Rule.allCases.filter(contains) }
    }

    public var rule: Rule
    public var customerID: String
    public var customerName: String
    public var salesperson: String?
    public var department: String?
    /// The amount the finding is about (over the limit by, overdue).
    public var amount: Money?
    /// Visits: required and done.
    public var required: Int?
    public var done: Int?
    /// Visits still missing (`VisitRequirement.shortfall`).
    public var shortfall: Int?
    /// A date the finding is about (contract end, signing date).
    public var date: CalendarDate?
    /// A document the finding is about (contract number).
    public var reference: String?
    /// A running streak: how many months in a row.
    public var months: Int?

    public init(rule: Rule, customer: Customer, amount: Money? = nil, required: Int? = nil, done: Int? = nil,
                shortfall: Int? = nil, date: CalendarDate? = nil, reference: String? = nil, months: Int? = nil) {
        self.rule = rule
        customerID = customer.id
        customerName = customer.name
        salesperson = customer.salesperson
        department = customer.department
        self.amount = amount
        self.required = required
        self.done = done
        self.shortfall = shortfall
        self.date = date
        self.reference = reference
        self.months = months
    }
}
