/// SPEC §2.2, the evaluation of 附表1 客户评估表: score = Σ(weightᵢ·scoreᵢ) / Σweightᵢ,
/// computed exactly and rounded half-up to two decimals.
///
/// A customer missing any indicator score is *unscored*: the score is nil, never 0.
public enum Scoring {
    /// The weighted score, or nil when any indicator score is missing.
    ///
    /// `indicatorScores` are in the order of `indicators`; each has at most two decimals
    /// (the import refuses more).
    public static func score(_ indicatorScores: [ExactDecimal?], indicators: [PolicySettings.Indicator]) -> Score? {
        guard let (numerator, denominator) = weightedSum(indicatorScores, indicators) else { return nil }
        // Half-up on a non-negative quotient that is already in hundredths.
        return Score(hundredths: Int64(ExactDecimal.divideRoundingHalfAwayFromZero(numerator, by: denominator)))
    }

    /// The weighted score before rounding, with six decimals, to explain a tier decision
    /// (85.005000 → 85.01 → A).
    public static func unrounded(_ indicatorScores: [ExactDecimal?], indicators: [PolicySettings.Indicator]) -> ExactDecimal? {
        guard let (numerator, denominator) = weightedSum(indicatorScores, indicators) else { return nil }
        let micro = ExactDecimal.divideRoundingHalfAwayFromZero(numerator * 10_000, by: denominator)
        return ExactDecimal(units: Int64(micro), scale: 6)
    }

    /// Σ(weight·hundredths) and Σweight with all weights at one common scale; nil when a score
    /// is missing or the weights add up to 0.
    private static func weightedSum(_ indicatorScores: [ExactDecimal?],
                                    _ indicators: [PolicySettings.Indicator]) -> (Int128, Int128)? {
        guard indicatorScores.count == indicators.count else { return nil }
        let weightScale = indicators.map(\.weight.scale).max() ?? 0
        var numerator: Int128 = 0
        var denominator: Int128 = 0
        for (value, indicator) in zip(indicatorScores, indicators) {
            guard let value, let hundredths = value.units(atScale: 2),
                  let weight = indicator.weight.units(atScale: weightScale)
            else { return nil }
            numerator += Int128(weight) * Int128(hundredths)
            denominator += Int128(weight)
        }
        return denominator > 0 ? (numerator, denominator) : nil
    }
}

extension Scoring {
    /// The indicators (their places in `indicators`) without a score: what an unscored
    /// customer's evaluation has to complete.
    public static func missingIndicators(_ indicatorScores: [ExactDecimal?], indicators: [PolicySettings.Indicator]) -> [Int] {
        indicators.indices.filter { $0 >= indicatorScores.count || indicatorScores[$0] == nil }
    }
}

extension Scoring: CustomerRule {
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        if line.score == nil { found.append(PolicyFinding(rule: .unscored, customer: line.customer)) }
    }
}
