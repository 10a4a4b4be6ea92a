import Foundation
import Testing
@testable import CustomerReview

/// The rules of the monthly review, each in its own Policy file behind one shape
/// (`CustomerRule`), applied in turn; rule 2.1 (`SignedOrPotential`) decides which apply to
/// an eliminated customer.
@Suite("Customer rules: one shape, rule order, rule 2.1")
struct CustomerRulesTests {
    /// A customer every rule has something to say about.
    static func everything(_ status: CustomerStatus) -> CustomerLine {
        let c = Customer(id: "X", name: "全都有", status: status, salesperson: nil, relationship: .abnormal)
        let check = TierPolicies.Check(tier: .a, policy: PolicySettings.defaults.policy(for: .a),
                                       overCreditLimit: Money(fen: 1_00), overAdvanceLimit: Money(fen: 2_00),
                                       overdue: Money(fen: 3_00), commission: .zero)
        var line = CustomerLine(customer: c, score: nil, proposedTier: nil,
                                tier: TierInForce(exportColumn: .a, snapshot: nil, fromScore: nil), visits: VisitTally(),
                                required: 4, shortfall: 4, receivables: ReceivablePosition(bucketCount: 5), policy: check,
                                contract: ContractCompliance.Evaluation(state: .missingBoth,
                                                                        signedAfterFirstBusiness: CalendarDate(year: 2026, month: 3, day: 1),
                                                                        endingSoon: []),
                                rules: PolicyFinding.RuleSet())
        line.streaks = RunningStreaks(visitShortfall: 3, overThreeMonthsGrowing: 3)
        return line
    }

    @Test func findingsComeInRuleOrderOneShapeForEveryRule() {
        let found = CustomerRules.findings(for: Self.everything(.signed))
        let expected: [PolicyFinding.Rule] = [.abnormalRelationship, .visitShortfall, .visitShortfallStreak, .overCreditLimit,
                                              .overAdvanceLimit, .overdue, .overThreeMonthsGrowing, .contractMissing,
                                              .agreementMissing, .contractSignedLate, .unscored, .noSalesperson]
        #expect(found.map(\.rule) == expected)
        // The order of the findings is the order of the rules.
        let order = found.map { PolicyFinding.Rule.allCases.firstIndex(of: $0.rule) ?? -1 }
        #expect(order == order.sorted())
        // The shortfall is the Policy's figure, carried on the finding (Output shows it as is).
        #expect(found.first { $0.rule == .visitShortfall }?.shortfall == 4)
    }

    /// Rule 2.1: an eliminated customer is excluded from every requirement; only the §2.6
    /// escalation of an abnormal relationship still applies.
    @Test func anEliminatedCustomerHasOnlyTheEscalation() {
        #expect(CustomerRules.findings(for: Self.everything(.eliminated)).map(\.rule) == [.abnormalRelationship])
        #expect(CustomerRules.all.filter { $0.appliesToEliminated }.count == 1)
        #expect(!SignedOrPotential.hasRequirements(.eliminated))
        #expect(SignedOrPotential.hasRequirements(.signed) && SignedOrPotential.hasRequirements(.potential))
        #expect(VisitRequirement.required(status: .eliminated, tier: .a, minimums: PolicySettings.defaults.visitMinimums) == nil)
    }

    @Test(arguments: [(CustomerStatus.eliminated, CustomerStatus?.some(.signed), true),
                      (.eliminated, .some(.potential), true), (.eliminated, .some(.eliminated), false),
                      (.eliminated, nil, false), (.signed, .some(.eliminated), false), (.signed, .some(.signed), false)])
    func eliminatedSinceLastMonth(now: CustomerStatus, then: CustomerStatus?, expected: Bool) {
        #expect(SignedOrPotential.eliminatedSince(now: now, then: then) == expected)
        let row = then.map { MonthlySnapshotTests.row("X", status: $0) }
        #expect(MonthOverMonth.customerChange(ReceivablePosition(bucketCount: 5), status: now, previous: row)
            .eliminatedSinceLastMonth == expected)
    }

    @Test func missingIndicatorsAreTheOnesWithoutAScore() {
        let indicators = PolicySettings.defaults.indicators
        #expect(Scoring.missingIndicators([ExactDecimal(units: 80, scale: 0), nil, ExactDecimal(units: 70, scale: 0)],
                                          indicators: indicators) == [1, 3])
        #expect(Scoring.missingIndicators([], indicators: indicators) == Array(indicators.indices))
    }

    /// The quarterly contract gap (§2.4 with §2.11) is Policy's: only signed customers proposed A or B.
    @Test func aContractGapIsASignedCustomerProposedAOrBWithoutContracts() {
        let day = CalendarDate(year: 2026, month: 9, day: 30)!
        #expect(ContractCompliance.gap(status: .signed, proposedTier: .a, contracts: [], asOf: day) == .missingBoth)
        #expect(ContractCompliance.gap(status: .signed, proposedTier: .b, contracts: [], asOf: day) == .missingBoth)
        #expect(ContractCompliance.gap(status: .signed, proposedTier: .c, contracts: [], asOf: day) == nil)
        #expect(ContractCompliance.gap(status: .potential, proposedTier: .a, contracts: [], asOf: day) == nil)
        #expect(ContractCompliance.gap(status: .signed, proposedTier: nil, contracts: [], asOf: day) == nil)
        #expect(QuarterlyAdjustment.previousTierSource(exportColumn: .a, snapshot: .b) == .exportColumn)
        #expect(QuarterlyAdjustment.previousTierSource(exportColumn: nil, snapshot: .b) == .snapshot)
        #expect(QuarterlyAdjustment.previousTierSource(exportColumn: nil, snapshot: nil) == TierSource.none)
    }

    /// 货量规模 by `volume_12m`: no invoice in the 12 months is a volume of 0; an invoice with no
    /// volume (the column absent, or the cell empty) makes the volume unknown — no criteria
    /// score — never the sum of the others or 0.
    @Test func volumeOfTwelveMonthsIsUnknownWhenAnInvoiceHasNone() {
        let rules = ReceivableRules(month: YearMonth(year: 2026, month: 10), bucketBounds: [30, 60, 90])
        let twelve = CalendarDate(year: 2025, month: 11, day: 1)!...CalendarDate(year: 2026, month: 10, day: 31)!
        let position = ReceivablePosition(bucketCount: 4)
        func invoice(_ volume: ExactDecimal?) -> Receivable {
            Receivable(invoiceNumber: "F", customerID: "X", invoiceDate: CalendarDate(year: 2026, month: 5, day: 1)!,
                       amount: Money(fen: 100_00), received: Money(fen: 100_00), volume: volume)
        }
        func volume(_ invoices: [Receivable]) -> MeasureValue? {
            var m = EvaluationMeasures()
            for r in invoices { m.add(r, rules: rules, twelveMonths: twelve, terms: [60, 45, 30]) }
            return m.value(.volume12m, position: position, termTier: .c)
        }
        #expect(volume([]).map { $0.numerator } == 0)
        let both = volume([invoice(ExactDecimal(units: 1_500, scale: 3)), invoice(ExactDecimal(units: 2_250, scale: 3))])
        #expect(both.map { $0.numerator * 1000 / $0.denominator } == 3_750)
        #expect(volume([invoice(ExactDecimal(units: 1_500, scale: 3)), invoice(nil)]) == nil)
        #expect(volume([invoice(nil)]) == nil)
    }
}
