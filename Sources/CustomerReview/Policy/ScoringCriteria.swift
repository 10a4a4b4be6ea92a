/// 评分标准 of 附表1: an indicator's score computed from a measure of the data through ordered
/// bands — the first band the value falls in gives the score. `at_least` includes its number
/// (a registered capital of exactly 1亿 is in the `at_least 100000000` band), and so does
/// `at_most` (an overdue share of exactly 5% is in `at_most 0.05`).
public enum ScoringCriteria {
    /// The index of the first band `value` falls in; nil when it falls in none.
    public static func band(for value: MeasureValue, in criteria: PolicySettings.Criteria) -> Int? {
        criteria.bands.firstIndex { band in
            let order = value.compare(to: band.threshold)
            return band.comparison == .atLeast ? order >= 0 : order <= 0
        }
    }

    /// The band's score for `value`; nil when it falls in no band.
    public static func score(for value: MeasureValue, in criteria: PolicySettings.Criteria) -> ExactDecimal? {
        band(for: value, in: criteria).map { criteria.bands[$0].score }
    }
}
