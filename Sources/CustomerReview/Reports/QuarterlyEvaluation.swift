/// The evaluation side of the quarterly adjustment, computed once for every format: the
/// committee's completeness and disagreements, the customers near a tier bound, and what
/// moving a bound would change. Customers are counted when signed or potential (eliminated
/// customers are kept for reassignment only, rule 2.1).
public struct QuarterlyEvaluation: Sendable {
    /// Customers the committee is to evaluate (signed and potential).
    public var toEvaluate = 0
    /// Of them, with at least one evaluation in the window.
    public var evaluated = 0
    /// Evaluated by every group.
    public var complete = 0
    /// Lines (indices into the report's customers) evaluated by some groups but not all.
    public var incomplete: [Int] = []
    /// (line, indicator) pairs whose evaluators differ by more than the settings' points.
    public var disagreements: [(line: Int, indicator: Int)] = []
    /// Lines near a tier bound, with the bound.
    public var nearBound: [(line: Int, near: TierBoundary.NearBound)] = []
    public var sensitivityA: [TierBoundary.Shift] = []
    public var sensitivityB: [TierBoundary.Shift] = []
    /// Per indicator: customers whose score came from each source (committee, export,
    /// criteria), and with none.
    public var sourceCounts: [[PolicySettings.ScoreSource: Int]] = []
    public var unscoredByIndicator: [Int] = []

    /// Of them, with a score (from any source): the ones the bound sensitivity counts.
    public var scored = 0

    public var notEvaluated: Int { toEvaluate - evaluated }

    /// Whether the committee evaluates the customer (rule 2.1: not an eliminated one).
    public static func isToEvaluate(_ line: QuarterlyLine) -> Bool {
        SignedOrPotential.hasRequirements(line.customer.status)
    }

    /// The lists with only the lines a report of `count` customers has (a report whose lines
    /// were replaced after it was built keeps its lists safe to show).
    func limited(to count: Int) -> QuarterlyEvaluation {
        var copy = self
        copy.incomplete = incomplete.filter { $0 < count }
        copy.disagreements = disagreements.filter { $0.line < count }
        copy.nearBound = nearBound.filter { $0.line < count }
        return copy
    }

    static func build(_ lines: [QuarterlyLine], evaluations: CustomerEvaluations, settings: PolicySettings) -> QuarterlyEvaluation {
        var result = QuarterlyEvaluation()
        result.sourceCounts = Array(repeating: [:], count: settings.indicators.count)
        result.unscoredByIndicator = Array(repeating: 0, count: settings.indicators.count)
        var scores: [Score] = []
        for (i, line) in lines.enumerated() where isToEvaluate(line) {
            result.toEvaluate += 1
            let evaluation = line.evaluation(evaluations, index: i)
            for (k, item) in evaluation.breakdown.items.enumerated() {
                if let source = item.source { result.sourceCounts[k][source, default: 0] += 1 } else { result.unscoredByIndicator[k] += 1 }
            }
            if let committee = evaluation.committee {
                result.evaluated += 1
                if committee.isComplete { result.complete += 1 } else { result.incomplete.append(i) }
                for k in committee.disagreements(above: settings.evaluation.disagreementPoints) {
                    result.disagreements.append((i, k))
                }
            }
            if let score = line.score {
                scores.append(score)
                if let near = TierBoundary.nearBound(score, bounds: settings.tierBounds, points: settings.evaluation.nearBoundPoints) {
                    result.nearBound.append((i, near))
                }
            }
        }
        result.scored = scores.count
        (result.sensitivityA, result.sensitivityB) = TierBoundary.sensitivity(scores, bounds: settings.tierBounds)
        return result
    }
}

extension QuarterlyLine {
    /// This line's evaluation, decided from the report's packed evaluations.
    public func evaluation(_ evaluations: CustomerEvaluations, index: Int) -> CustomerEvaluation {
        evaluations.evaluate(index, customer: customer, position: receivables, previousTier: previousTier)
    }
}
