/// 客户评估小组: "公司由运管中心、营销中心、财务部和公司高层组成客户评估小组,对所有公司客户进行评估".
///
/// Per indicator, the committee's score is the mean of each group's evaluators, then the
/// weighted mean of the groups that scored it, computed exactly and rounded half-up to two
/// decimals once, at the end. A customer some group did not evaluate is an incomplete
/// evaluation (评估未完成); an indicator whose evaluators differ by more than the settings'
/// points is a disagreement for the committee's meeting.
public enum Committee {
    /// The committee's result for one indicator of one customer.
    public struct IndicatorResult: Hashable, Sendable {
        /// Rounded half-up to hundredths.
        public var score: ExactDecimal
        /// Evaluators who scored the indicator.
        public var evaluators: Int
        /// Groups that scored it.
        public var groups: Int
        /// Per group of the settings: its evaluators' mean, rounded half-up to hundredths; nil
        /// where the group did not score the indicator.
        public var groupScores: [ExactDecimal?]
        /// Highest minus lowest evaluator's score.
        public var spread: ExactDecimal
    }

    /// The committee's evaluation of one customer.
    public struct Result: Hashable, Sendable {
        /// Per indicator of the settings; nil where nobody scored it.
        public var indicators: [IndicatorResult?]
        /// Evaluations counted (one per evaluator, the latest in the window).
        public var evaluations: Int
        /// Groups of the settings with no evaluation of the customer, in settings order.
        public var missingGroups: [Int]

        public var isComplete: Bool { missingGroups.isEmpty }

        /// Indicators whose spread is above `points`.
        public func disagreements(above points: ExactDecimal) -> [Int] {
            indicators.indices.filter { indicators[$0].map { $0.spread > points } ?? false }
        }
    }

    /// The days whose evaluations count when adjusting `quarter`: from the first day of the
    /// quarter `lookback` quarters before it to the quarter's last day, but not after `asOf`.
    public static func window(quarter: Quarter, lookback: Int, asOf: CalendarDate) -> ClosedRange<CalendarDate> {
        let first = quarter.adding(quarters: -max(0, lookback)).firstDay
        let last = min(quarter.lastDay, asOf)
        return first...max(first, last)
    }

    /// Combines one customer's evaluations; nil when there are none.
    ///
    /// An evaluator who evaluated the customer in two quarters of the window counts once,
    /// with the latest evaluation (the later line on the same day).
    public static func combine(_ evaluations: [CommitteeEvaluation], indicatorCount: Int,
                               groups: [PolicySettings.CommitteeGroup]) -> Result? {
        guard !evaluations.isEmpty else { return nil }
        let counted = latestPerEvaluator(evaluations)
        let weightScale = groups.map(\.weight.scale).max() ?? 0
        let weights = groups.map { Int128($0.weight.units(atScale: weightScale) ?? 0) }
        var present = Array(repeating: false, count: groups.count)
        for evaluation in counted where evaluation.group < groups.count { present[evaluation.group] = true }
        var indicators: [IndicatorResult?] = []
        indicators.reserveCapacity(indicatorCount)
        var sums = Array(repeating: Int128(0), count: groups.count)
        var counts = Array(repeating: 0, count: groups.count)
        for k in 0..<indicatorCount {
            for g in sums.indices {
                sums[g] = 0
                counts[g] = 0
            }
            var low = Int.max
            var high = Int.min
            for evaluation in counted where evaluation.group < groups.count {
                guard let hundredths = evaluation.hundredths(k) else { continue }
                sums[evaluation.group] += Int128(hundredths)
                counts[evaluation.group] += 1
                low = min(low, hundredths)
                high = max(high, hundredths)
            }
            indicators.append(indicatorResult(sums: sums, counts: counts, weights: weights, low: low, high: high))
        }
        let missing = groups.indices.filter { !present[$0] }
        return Result(indicators: indicators, evaluations: counted.count, missingGroups: missing)
    }

    /// One evaluation per evaluator: the latest by date, then line. A customer has a handful of
    /// evaluations, searched in place; a file with hundreds for one customer goes by a table.
    private static func latestPerEvaluator(_ evaluations: [CommitteeEvaluation]) -> [CommitteeEvaluation] {
        func later(_ a: CommitteeEvaluation, than b: CommitteeEvaluation) -> Bool { (a.date, a.line) > (b.date, b.line) }
        if evaluations.count > 32 {
            var latest: [String: CommitteeEvaluation] = [:]
            for evaluation in evaluations where latest[evaluation.evaluator].map({ later(evaluation, than: $0) }) ?? true {
                latest[evaluation.evaluator] = evaluation
            }
            return Array(latest.values)
        }
        var kept: [CommitteeEvaluation] = []
        kept.reserveCapacity(evaluations.count)
        for evaluation in evaluations {
            if let index = kept.firstIndex(where: { $0.evaluator == evaluation.evaluator }) {
                if later(evaluation, than: kept[index]) { kept[index] = evaluation }
            } else {
                kept.append(evaluation)
            }
        }
        return kept
    }

    /// Σ wᵍ·(sumᵍ/nᵍ) / Σ wᵍ over the groups that scored, exactly over a common denominator.
    private static func indicatorResult(sums: [Int128], counts: [Int], weights: [Int128],
                                        low: Int, high: Int) -> IndicatorResult? {
        let scoring = counts.indices.filter { counts[$0] > 0 }
        guard !scoring.isEmpty else { return nil }
        var weightSum: Int128 = 0
        for g in scoring { weightSum += weights[g] }
        guard weightSum > 0 else { return nil }
        let hundredths = exactMean(sums: sums, counts: counts, weights: weights, scoring: scoring, weightSum: weightSum)
            ?? nearMean(sums: sums, counts: counts, weights: weights, scoring: scoring, weightSum: weightSum)
        let groupScores: [ExactDecimal?] = counts.indices.map { g in
            guard counts[g] > 0 else { return nil }
            return ExactDecimal(units: Int64(ExactDecimal.divideRoundingHalfAwayFromZero(sums[g], by: Int128(counts[g]))), scale: 2)
        }
        return IndicatorResult(score: ExactDecimal(units: Int64(hundredths), scale: 2),
                               evaluators: scoring.reduce(0) { $0 + counts[$1] }, groups: scoring.count,
                               groupScores: groupScores, spread: ExactDecimal(units: Int64(high - low), scale: 2))
    }

    /// Over the least common multiple of the group sizes; nil if that overflows (hundreds of
    /// evaluators of one customer in each of many groups).
    private static func exactMean(sums: [Int128], counts: [Int], weights: [Int128], scoring: [Int],
                                  weightSum: Int128) -> Int128? {
        var common: Int128 = 1
        for g in scoring {
            guard let next = lcm(common, Int128(counts[g])) else { return nil }
            common = next
        }
        var numerator: Int128 = 0
        for g in scoring {
            let (a, o1) = weights[g].multipliedReportingOverflow(by: sums[g])
            let (b, o2) = a.multipliedReportingOverflow(by: common / Int128(counts[g]))
            let (c, o3) = numerator.addingReportingOverflow(b)
            guard !o1, !o2, !o3 else { return nil }
            numerator = c
        }
        let (denominator, overflow) = common.multipliedReportingOverflow(by: weightSum)
        guard !overflow else { return nil }
        return ExactDecimal.divideRoundingHalfAwayFromZero(numerator, by: denominator)
    }

    /// Each group's mean to 10⁻¹² of a hundredth first: the same result as `exactMean` except
    /// on a tie closer than that, which only a pathological file can make.
    private static func nearMean(sums: [Int128], counts: [Int], weights: [Int128], scoring: [Int],
                                 weightSum: Int128) -> Int128 {
        let precision = ExactDecimal.powerOfTen(12)
        var numerator: Int128 = 0
        for g in scoring {
            let mean = ExactDecimal.divideRoundingHalfAwayFromZero(sums[g] * precision, by: Int128(counts[g]))
            numerator += weights[g] * mean
        }
        return ExactDecimal.divideRoundingHalfAwayFromZero(numerator, by: weightSum * precision)
    }

    private static func lcm(_ a: Int128, _ b: Int128) -> Int128? {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        let (product, overflow) = (a / x).multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }
}
