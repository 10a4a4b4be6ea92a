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
}
