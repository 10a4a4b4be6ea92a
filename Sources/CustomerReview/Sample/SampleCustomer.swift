/// The facts about one sample customer that every file depends on — status, scores, tier,
/// salesperson, dates, habits — derived from the seed and the customer's index alone.
///
/// Nothing is stored per customer: each pass over the data (customers, visits, receivables,
/// contracts) derives the customer again from its own stream, so memory does not grow with
/// the number of rows, and the files agree with each other.
struct SampleCustomer {
    let index: Int
    var status: CustomerStatus
    var statusText: String
    /// The four indicator scores in hundredths (company scale, credit, cargo volume, industry
    /// influence).
    var scores: SIMD4<Int>
    /// The indicator whose score is missing, for an unscored customer.
    var missingScore: Int?
    /// The tier from the rounded weighted score; nil when unscored.
    var scoreTier: Tier?
    /// The `tier` cell: the company system's class, or nil when the cell is empty.
    var tierCell: Tier?
    /// Whether the cell says `B类` rather than `B`.
    var tierCellSaysClass = false
    /// The tier the simulation treats as in force (the cell, else the score's, else C).
    var tier: Tier
    var salesperson: Int?
    var department: Int?
    var relationshipText: String
    var abnormal: Bool
    var created: CalendarDate
    var firstBusiness: CalendarDate?
    var showsFirstBusiness: Bool
    /// The first month without any activity, for an eliminated customer.
    var inactiveFrom: YearMonth?
    /// The chance, in per cent, that a month's visits meet the policy minimum.
    var visitDiligence: Int
    var payment: SamplePaymentHabit
    var contractPlan: SampleContractPlan
    var fixture: SampleFixture?

    /// The weighted score (weights 25/30/30/15, SPEC §2.2 defaults) rounded half-up to
    /// hundredths, or nil when unscored.
    var roundedScore: Int? {
        guard missingScore == nil else { return nil }
        let sum = 25 * scores[0] + 30 * scores[1] + 30 * scores[2] + 15 * scores[3]
        return (sum + 50) / 100
    }

    /// The score of indicator `index` in hundredths, nil when missing.
    func score(_ index: Int) -> Int? { index == missingScore ? nil : scores[index] }

    /// The `tier` cell as written: `A`, `B类`, or empty.
    var tierText: String { tierCell.map { $0.rawValue + (tierCellSaysClass ? "类" : "") } ?? "" }

    static func tier(forRoundedScore score: Int) -> Tier {
        score > 8500 ? .a : score >= 6000 ? .b : .c
    }

    /// The policy's monthly minimum of on-site visits (SPEC §2.5 defaults).
    var requiredOnSiteVisits: Int {
        switch status {
        case .signed: tier == .c ? 1 : 2
        case .potential: 1
        case .eliminated: 0
        }
    }

    /// Whether the customer exists and is not yet eliminated in `month`.
    func isActive(in month: YearMonth) -> Bool {
        if month < created.yearMonth { return false }
        if let inactiveFrom, month >= inactiveFrom { return false }
        return true
    }

    /// Whether the customer does business (is invoiced) in `month`.
    func doesBusiness(in month: YearMonth) -> Bool {
        guard status != .potential, let firstBusiness, month >= firstBusiness.yearMonth else { return false }
        return isActive(in: month)
    }

    init(index: Int, world: SampleWorld) {
        self.index = index
        var random = SampleRandom(seed: world.seed, .core, index)
        let fixture = world.fixture(at: index)
        self.fixture = fixture

        status = CustomerStatus.allCases[random.weighted([65, 30, 5])]
        let targetTier = [Tier.a, .b, .c][random.weighted(status == .signed ? [10, 30, 60] : status == .potential ? [8, 30, 62] : [3, 27, 70])]
        let center = switch targetTier {
        case .a: random.int(87...96)
        case .b: random.int(62...84)
        case .c: random.int(35...59)
        }
        var scores = SIMD4<Int>()
        for indicator in 0..<4 {
            let whole = min(100, max(0, center + random.int(-9...9)))
            let shape = random.below(100)
            scores[indicator] = whole == 100 || shape < 70 ? whole * 100
                : shape < 80 ? whole * 100 + random.int(1...9) * 10
                : whole * 100 + random.int(1...99)
        }
        let missing = random.chance(3) ? random.below(4) : nil
        let tierRoll = random.below(100)
        let tierVariant = random.chance(10)
        let statusRoll = random.below(100)
        let salespersonRoll = random.below(1000)
        let salesperson = random.below(world.staff.salespeople.count)
        let orphanDepartment = random.below(world.staff.departments.count)
        let abnormal = random.chance(5)
        let relationshipRoll = random.below(100)
        let createdRoll = random.below(100)
        let createdOffset = random.next()
        let businessDelay = random.int(0...200)
        let showsFirstBusiness = random.chance(55)
        let inactiveRoll = random.below(100)
        let inactiveOffset = random.next()
        let diligence = random.chance(15) ? 40 : 80
        let paymentRoll = random.below(100)
        let contractRoll = random.below(100)

        self.scores = scores
        missingScore = missing
        self.showsFirstBusiness = showsFirstBusiness
        self.abnormal = abnormal
        tier = .c
        statusText = ""
        relationshipText = ""
        created = world.windowFirstDay
        visitDiligence = diligence
        payment = .prompt
        contractPlan = .none

        // Fixtures fix what the small samples must show; everything else stays drawn.
        if let fixture { fixture.apply(to: &self, world: world) }

        scoreTier = roundedScore.map(Self.tier(forRoundedScore:))
        if fixture?.fixesTier != true {
            let base = scoreTier ?? targetTier
            tierCell = switch tierRoll {
            case 0..<84: base
            case 84..<92: base == .b ? (tierRoll % 2 == 0 ? .a : .c) : .b
            default: nil
            }
            tierCellSaysClass = tierVariant
        }
        tier = tierCell ?? scoreTier ?? .c

        if fixture?.fixesStatusText != true {
            statusText = switch (status, statusRoll) {
            case (.signed, 0..<88): "签约"
            case (.signed, 88..<96): "signed"
            case (.signed, _): "签约客户"
            case (.potential, 0..<90): "潜在"
            case (.potential, _): "potential"
            case (.eliminated, 0..<85): "淘汰"
            case (.eliminated, _): "eliminated"
            }
        }
        if fixture?.fixesSalesperson != true {
            if salespersonRoll < 6 {
                self.salesperson = nil
                department = salespersonRoll < 3 ? orphanDepartment : nil
            } else {
                self.salesperson = salesperson
                department = world.staff.department(ofSalesperson: salesperson)
            }
        }
        if relationshipText.isEmpty {
            relationshipText = self.abnormal
                ? (relationshipRoll < 90 ? "异常" : "abnormal")
                : (relationshipRoll < 70 ? "正常" : relationshipRoll < 95 ? "" : "normal")
        }

        if fixture?.fixesCreated != true {
            created = world.createdDate(roll: createdRoll, offset: createdOffset)
        }
        if status != .potential, firstBusiness == nil {
            let date = created.adding(days: created < world.windowFirstDay ? businessDelay : businessDelay % 21)
            firstBusiness = date <= world.throughLastDay ? date : nil
        }
        if status == .eliminated, inactiveFrom == nil {
            let span = world.months
            inactiveFrom = inactiveRoll < 60 && span > 1
                ? world.windowStart.adding(months: 1 + Int(inactiveOffset % UInt64(span - 1)))
                : world.windowStart
        }
        if fixture?.fixesHabits != true {
            if self.abnormal { visitDiligence = 50 }
            payment = paymentRoll < (self.abnormal ? 50 : 5) ? .bad : paymentRoll < 20 ? .slow : .prompt
            contractPlan = switch status {
            case .signed: SampleContractPlan.signedPlan(roll: contractRoll)
            case .eliminated: contractRoll < 50 ? .expired : .none
            case .potential: .none
            }
        }
        if contractPlan == .signedLate { self.showsFirstBusiness = true }
        if firstBusiness == nil, contractPlan != .none, contractPlan != .expired { contractPlan = .contractOnly }
    }
}

/// How promptly a customer pays its invoices.
enum SamplePaymentHabit {
    case prompt
    case slow
    /// Leaves invoices open for months: the receivables over three months.
    case bad
}

/// Which contracts a customer holds (SPEC §2.11).
enum SampleContractPlan: Equatable {
    /// A business contract and a long-term agreement, both in force.
    case full
    /// A contract only: no long-term agreement (a finding for A and B).
    case contractOnly
    case none
    /// The only contract ended before the review date.
    case expired
    /// The contract ends within 30 days after the review date.
    case endingSoon
    /// The contract was signed after the first business.
    case signedLate

    static func signedPlan(roll: Int) -> SampleContractPlan {
        switch roll {
        case 0..<60: .full
        case 60..<74: .contractOnly
        case 74..<82: .none
        case 82..<89: .expired
        case 89..<95: .endingSoon
        default: .signedLate
        }
    }
}
