/// Customers whose facts are fixed rather than drawn, so that even a small sample shows every
/// case the reports must handle: the exact tier boundaries (85.00, 60.00, and scores that
/// round onto or over them), unscored customers, no salesperson, an abnormal relationship,
/// each status and tier, a customer created last month, and each contract situation.
///
/// Fixture `j` of `K` is customer `⌊j·N/K⌋`, so fixtures are spread through the file; with
/// fewer customers than fixtures, the later ones are left out.
enum SampleFixture: Int, CaseIterable {
    /// 88, 82, 86, 84 → exactly 85.00: B under the default bounds.
    case scoreExactly85
    /// 72, 50, 62, 56 → exactly 60.00: B.
    case scoreExactly60
    /// 85.02, 85, 85, 85 → 85.005, rounded half-up to 85.01: A.
    case roundsUpToA
    /// 84.98, 85, 85, 85 → 84.995, rounded to 85.00: B.
    case roundsOntoBoundary85
    /// 59.98, 60, 60, 60 → 59.995, rounded to 60.00: B.
    case roundsOntoBoundary60
    case abnormalSignedA
    case potentialA
    case unscoredWithTier
    case noSalesperson
    case eliminated
    case createdLastMonth
    case englishValues
    case tierCellEmpty
    case signedC
    case contractSignedLate
    case contractEndingSoon
    case contractExpired
    case contractOnly
    case noContract
    case badPayer
    case newSignedCustomer
    case unscoredWithoutTier

    var fixesTier: Bool { self != .eliminated }
    var fixesStatusText: Bool { self == .englishValues }
    var fixesSalesperson: Bool { self == .noSalesperson }
    var fixesCreated: Bool { self == .createdLastMonth || self == .contractSignedLate || self == .newSignedCustomer }
    var fixesHabits: Bool { self != .eliminated }

    func apply(to customer: inout SampleCustomer, world: SampleWorld) {
        let signedB: [Int?] = [7500, 7000, 7200, 6800]
        let signedA: [Int?] = [9200, 9000, 8800, 9100]
        customer.status = .signed
        customer.visitDiligence = 85
        customer.payment = .prompt
        customer.contractPlan = .full
        customer.abnormal = false
        switch self {
        case .scoreExactly85: set(&customer, [8800, 8200, 8600, 8400], .b)
        case .scoreExactly60: set(&customer, [7200, 5000, 6200, 5600], .b)
        case .roundsUpToA: set(&customer, [8502, 8500, 8500, 8500], .a)
        case .roundsOntoBoundary85: set(&customer, [8498, 8500, 8500, 8500], .b)
        case .roundsOntoBoundary60: set(&customer, [5998, 6000, 6000, 6000], .b)
        case .abnormalSignedA:
            set(&customer, signedA, .a)
            customer.abnormal = true
            customer.relationshipText = "异常"
            customer.payment = .bad
            customer.visitDiligence = 40
        case .potentialA:
            customer.status = .potential
            customer.contractPlan = .none
            set(&customer, [9000, 8800, 9000, 8600], .a)
        case .unscoredWithTier: set(&customer, [7000, nil, 6500, 6000], .b)
        case .noSalesperson:
            customer.status = .potential
            customer.contractPlan = .none
            customer.salesperson = nil
            customer.department = nil
            set(&customer, [5500, 5000, 5200, 4800], .c)
        case .eliminated:
            customer.status = .eliminated
        case .createdLastMonth:
            customer.status = .potential
            customer.contractPlan = .none
            customer.created = world.through.firstDay.adding(days: 4)
            set(&customer, [5800, 5200, 4500, 5000], .c)
        case .englishValues:
            customer.statusText = "signed"
            customer.relationshipText = "normal"
            set(&customer, signedA, .a)
        case .tierCellEmpty: set(&customer, signedB, nil)
        case .signedC: set(&customer, [5000, 4800, 5500, 4000], .c)
        case .contractSignedLate:
            set(&customer, signedB, .b)
            customer.contractPlan = .signedLate
            customer.created = world.windowStart.firstDay.adding(days: -400)
            customer.firstBusiness = customer.created.adding(days: 30)
            customer.showsFirstBusiness = true
        case .contractEndingSoon:
            set(&customer, signedA, .a)
            customer.contractPlan = .endingSoon
        case .contractExpired:
            set(&customer, signedB, .b)
            customer.contractPlan = .expired
        case .contractOnly:
            set(&customer, signedA, .a)
            customer.contractPlan = .contractOnly
        case .noContract:
            set(&customer, signedB, .b)
            customer.contractPlan = .none
        case .badPayer:
            set(&customer, signedA, .a)
            customer.payment = .bad
        case .newSignedCustomer:
            set(&customer, signedB, .b)
            let month = world.months > 1 ? world.through.adding(months: -1) : world.through
            customer.created = month.firstDay.adding(days: 2)
            customer.firstBusiness = customer.created.adding(days: 7)
            customer.showsFirstBusiness = true
        case .unscoredWithoutTier:
            customer.status = .potential
            customer.contractPlan = .none
            set(&customer, [nil, 5000, 5500, 4000], nil)
        }
    }

    private func set(_ customer: inout SampleCustomer, _ scores: [Int?], _ tier: Tier?) {
        for (index, score) in scores.enumerated() {
            if let score { customer.scores[index] = score } else { customer.missingScore = index }
        }
        if !scores.contains(nil) { customer.missingScore = nil }
        customer.tierCell = tier
        customer.tierCellSaysClass = false
    }
}
