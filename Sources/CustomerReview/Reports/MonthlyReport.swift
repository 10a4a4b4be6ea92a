/// The content of the monthly 15th review (SPEC §2.2–2.8, §2.11, §2.12, and issue 14's month
/// over month): what the workbook, the page and the JSON show, computed once.
public struct MonthlyReport: Sendable {
    public var period: YearMonth
    public var asOf: CalendarDate
    public var settings: PolicySettings
    public var receivableRules: ReceivableRules
    /// Whether the folder had contracts.csv.
    public var hasContractData: Bool
    /// One line per customer, in customers.csv order.
    public var customers: [CustomerLine]
    public var salespeople: [GroupTotals]
    public var departments: [GroupTotals]
    public var totals: GroupTotals
    /// The period's visits, in date, salesperson, customer order.
    public var visits: [VisitLine]
    /// The contracts of the customers in customers.csv (a contract of an unknown customer is a
    /// data issue), in customers.csv order, each customer's by contract number.
    public var contracts: [ContractLine]
    /// Every finding, in rule then customer order.
    public var findings: FindingList
    public var dataIssues: [DataIssue]
    /// Where each customer's score comes from (`CustomerLine.evaluation`).
    public var evaluations: CustomerEvaluations
    /// How many visits and invoices the period holds (none at all is shown as a notice).
    public var coverage: PeriodCoverage?
    /// What changed since last month; nil without last month's snapshot.
    public var sinceLastMonth: SinceLastMonth? = nil
    /// Twelve months of company figures and six of each salesperson's compliance.
    public var trends: MonthlyTrends? = nil
}

extension CustomerLine {
    /// This line's evaluation, decided from the report's packed evaluations.
    public func evaluation(_ evaluations: CustomerEvaluations, index: Int) -> CustomerEvaluation {
        evaluations.evaluate(index, customer: customer, position: receivables, previousTier: previousTier)
    }
}

/// One visit of the period, with the customer it was to.
public struct VisitLine: Sendable {
    public var visit: Visit
    public var customerName: String
    public var tier: Tier?
}

/// One contract, with whether it is in force and ends soon.
public struct ContractLine: Sendable {
    public var contract: Contract
    public var customerName: String
    public var tier: Tier?
    public var inForce: Bool
    public var endingSoon: Bool
}

/// Totals for a salesperson, a department or the company.
public struct GroupTotals: Sendable {
    /// The salesperson or department; nil for the company's totals and for the customers
    /// with no salesperson (or department).
    public var name: String?
    public var department: String?
    public var customers = 0
    /// Customers the visit minimums apply to.
    public var customersWithRequirement = 0
    public var customersMeetingRequirement = 0
    public var required = 0
    /// On-site visits counted against the minimums (at most the minimum per customer, so one
    /// customer's extra visits do not hide another's shortfall).
    public var countedVisits = 0
    public var onSiteVisits = 0
    public var otherVisits = 0
    public var awaitingApproval = 0
    public var shortfall = 0
    /// The customers' receivables added up (their `invoiced` is the group's 业绩).
    public var receivables: ReceivablePosition
    public var commission = Money.zero
    public var tierCounts: [Tier: Int] = [:]
    public var untiered = 0
    public var statusCounts: [CustomerStatus: Int] = [:]
    public var abnormal = 0
    /// Customers with the §2.2 finding `unscored` (an indicator score missing).
    public var unscored = 0
    public var findings = 0

    public init(name: String?, department: String?, bucketCount: Int) {
        self.name = name
        self.department = department
        receivables = ReceivablePosition(bucketCount: bucketCount)
    }

    /// Customers meeting the minimum over customers with one, in per cent with one decimal
    /// (rounded half-up); nil when no customer has a minimum.
    public var compliancePercent: ExactDecimal? {
        guard customersWithRequirement > 0 else { return nil }
        let tenths = ExactDecimal.divideRoundingHalfAwayFromZero(Int128(customersMeetingRequirement) * 1000,
                                                                 by: Int128(customersWithRequirement))
        return ExactDecimal(units: Int64(tenths), scale: 1)
    }

    mutating func add(_ line: CustomerLine, findings count: Int) {
        customers += 1
        statusCounts[line.customer.status, default: 0] += 1
        if line.isActive {
            if let tier = line.tier.tier { tierCounts[tier, default: 0] += 1 } else { untiered += 1 }
        }
        if let required = line.required {
            customersWithRequirement += 1
            self.required += required
            countedVisits += min(required, line.visits.onSite)
            if line.visits.onSite >= required { customersMeetingRequirement += 1 }
            shortfall += line.shortfall ?? 0
        }
        onSiteVisits += line.visits.onSite
        otherVisits += line.visits.otherKinds
        awaitingApproval += line.visits.awaitingApproval
        receivables.add(line.receivables)
        commission += line.policy.commission
        if AbnormalRelationship.isEscalated(line.customer) { abnormal += 1 }
        if line.rules.contains(.unscored) { unscored += 1 }
        findings += count
    }
}
