/// Where each indicator's score comes from (客户评估: "根据业务现状、资源能力、资信状况进行评估调整"):
/// each indicator lists its sources in order — by default the committee, the export's finished
/// score, the criteria — and the first that has a score for the customer wins. A customer is
/// unscored only where some indicator has no score from any of its sources (rule 2.2).
public struct ScoreBreakdown: Hashable, Sendable {
    /// One indicator's score and where it came from.
    public struct Item: Hashable, Sendable {
        /// The source that gave the score; nil when none had one.
        public var source: PolicySettings.ScoreSource?
        public var score: ExactDecimal?
        /// The criteria's measure and band, when the indicator has criteria (whichever source won).
        public var measure: MeasureValue?
        public var band: Int?
        public var criteriaScore: ExactDecimal?
        /// The committee's result, when it scored the indicator (whichever source won).
        public var committee: Committee.IndicatorResult?
        /// The export's score (customers.csv), when it has one.
        public var exportScore: ExactDecimal?
    }

    /// One per indicator of the settings, in their order.
    public var items: [Item]
    /// The weighted score of rule 2.2 from the winning scores; nil when unscored.
    public var score: Score?

    public init(items: [Item], score: Score?) {
        self.items = items
        self.score = score
    }

    /// Indicators with no score from any source (why the customer is unscored).
    public var missing: [Int] { items.indices.filter { items[$0].score == nil } }

    /// Decides every indicator of one customer.
    /// - Parameters:
    ///   - exportScores: customers.csv's indicator columns, in settings order.
    ///   - committee: the committee's result for the customer, if it evaluated it.
    ///   - measure: the value of a measure for the customer.
    public static func decide(exportScores: [ExactDecimal?], committee: Committee.Result?,
                              measure: (PolicySettings.Measure) -> MeasureValue?,
                              indicators: [PolicySettings.Indicator]) -> ScoreBreakdown {
        var items: [Item] = []
        items.reserveCapacity(indicators.count)
        for (k, indicator) in indicators.enumerated() {
            var item = Item()
            item.exportScore = k < exportScores.count ? exportScores[k] : nil
            item.committee = committee.flatMap { k < $0.indicators.count ? $0.indicators[k] : nil }
            if let criteria = indicator.criteria, let value = measure(criteria.measure) {
                item.measure = value
                item.band = ScoringCriteria.band(for: value, in: criteria)
                item.criteriaScore = item.band.map { criteria.bands[$0].score }
            }
            for source in indicator.sources {
                let score: ExactDecimal? = switch source {
                case .committee: item.committee?.score
                case .export: item.exportScore
                case .criteria: item.criteriaScore
                }
                if let score {
                    item.source = source
                    item.score = score
                    break
                }
            }
            items.append(item)
        }
        return ScoreBreakdown(items: items, score: Scoring.score(items.map(\.score), indicators: indicators))
    }

    /// weightᵢ·scoreᵢ / Σweight: what indicator `index` adds to the score, rounded half-up to
    /// hundredths (the points of all indicators may differ from the score by rounding).
    public func weightedPoints(_ index: Int, indicators: [PolicySettings.Indicator]) -> ExactDecimal? {
        guard index < items.count, index < indicators.count, let score = items[index].score,
              let hundredths = score.units(atScale: 2) else { return nil }
        let scale = indicators.map(\.weight.scale).max() ?? 0
        let weights = indicators.map { Int128($0.weight.units(atScale: scale) ?? 0) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        let points = ExactDecimal.divideRoundingHalfAwayFromZero(weights[index] * Int128(hundredths), by: total)
        return ExactDecimal(units: Int64(points), scale: 2)
    }
}
