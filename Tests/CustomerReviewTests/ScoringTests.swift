import Testing
@testable import CustomerReview

@Suite("Score and tier (SPEC §2.2–2.4)")
struct ScoringTests {
    let indicators = PolicySettings.defaults.indicators
    let bounds = PolicySettings.defaults.tierBounds

    func scores(_ values: String?...) -> [ExactDecimal?] { values.map { $0.flatMap { ExactDecimal(parsing: $0) } } }

    @Test func weightedScoreIsRoundedHalfUpBeforeTheTierIsDecided() throws {
        // 25·85.02 + 30·85 + 30·85 + 15·85 = 8500.50 over 100 → 85.005 → 85.01 → A.
        let values = scores("85.02", "85", "85", "85")
        #expect(Scoring.unrounded(values, indicators: indicators) == ExactDecimal(parsing: "85.005"))
        let score = try #require(Scoring.score(values, indicators: indicators))
        #expect(score.description == "85.01")
        #expect(Tiers.tier(for: score, bounds: bounds) == .a)
    }

    @Test(arguments: [
        ("85.01", Tier.a), ("85.00", .b), ("85", .b), ("84.99", .b), ("60.00", .b), ("60.01", .b), ("59.99", .c), ("0", .c), ("100", .a),
    ])
    func defaultBoundsPutEightyFiveAndSixtyInB(score: String, tier: Tier) throws {
        let value = try #require(ExactDecimal(parsing: score))
        let s = Score(hundredths: try #require(value.units(atScale: 2)))
        #expect(Tiers.tier(for: s, bounds: bounds) == tier)
    }

    @Test func inclusivenessIsASetting() {
        var inclusive = bounds
        inclusive.aIncludesBound = true
        inclusive.bIncludesBound = false
        #expect(Tiers.tier(for: Score(hundredths: 8500), bounds: inclusive) == .a)
        #expect(Tiers.tier(for: Score(hundredths: 6000), bounds: inclusive) == .c)
    }

    @Test func unscoredIsNeverZero() {
        #expect(Scoring.score(scores("90", nil, "90", "90"), indicators: indicators) == nil)
        #expect(Scoring.score(scores("0", "0", "0", "0"), indicators: indicators) == Score(hundredths: 0))
    }

    @Test func roundingHalfUpAtTheThirdDecimal() {
        // 25·60.01 + 30·60 + 30·60 + 15·59.99 = 6000.10 → 60.001 → 60.00.
        #expect(Scoring.score(scores("60.01", "60", "60", "59.99"), indicators: indicators)?.description == "60.00")
        // 25·59.99 + 75·60 → 59.9975 → 60.00 → B.
        let s = Scoring.score(scores("59.99", "60", "60", "60"), indicators: indicators)
        #expect(s?.description == "60.00")
        #expect(s.map { Tiers.tier(for: $0, bounds: bounds) } == .b)
    }

    @Test func decimalWeightsAreExact() {
        let thirds = [
            PolicySettings.Indicator(id: "a", name: "a", weight: ExactDecimal(parsing: "0.1")!),
            PolicySettings.Indicator(id: "b", name: "b", weight: ExactDecimal(parsing: "0.2")!),
        ]
        // (0.1·70 + 0.2·85)/0.3 = 80 exactly; binary floating point gives 79.99999…
        #expect(Scoring.score(scores("70", "85"), indicators: thirds)?.description == "80.00")
    }

    @Test func tierInForcePrecedence() {
        #expect(TierInForce(exportColumn: .c, snapshot: .a, fromScore: .b).tier == .c)
        #expect(TierInForce(exportColumn: nil, snapshot: .a, fromScore: .b).source == .snapshot)
        #expect(TierInForce(exportColumn: nil, snapshot: nil, fromScore: .b).source == .score)
        let none = TierInForce(exportColumn: nil, snapshot: nil, fromScore: nil)
        #expect(none.tier == nil && none.source == .none)
    }
}
