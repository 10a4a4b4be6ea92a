/// What a report keeps to say where each customer's score comes from: the committee's
/// evaluations and the criteria's measures, packed per customer. A customer's breakdown is
/// decided from them when a report shows it (`evaluate`), by the same rules that gave its
/// score, so memory stays at the packed inputs (about 140 bytes a customer), not at every
/// indicator's details.
public struct CustomerEvaluations: Sendable {
    public let indicators: [PolicySettings.Indicator]
    public let groups: [PolicySettings.CommitteeGroup]
    /// Evaluations of the window, by customer.
    public let book: EvaluationBook
    /// One per customer, in customers.csv order.
    public let measures: [EvaluationMeasures]
    /// Whether the folder had evaluations.csv.
    public let committeePresent: Bool
    /// The days whose evaluations count.
    public let window: ClosedRange<CalendarDate>
    /// Rows of evaluations.csv with no score at all (form lines left blank).
    public let blankRows: Int

    public init(indicators: [PolicySettings.Indicator], groups: [PolicySettings.CommitteeGroup], book: EvaluationBook,
                measures: [EvaluationMeasures], committeePresent: Bool, window: ClosedRange<CalendarDate>, blankRows: Int) {
        self.indicators = indicators
        self.groups = groups
        self.book = book
        self.measures = measures
        self.committeePresent = committeePresent
        self.window = window
        self.blankRows = blankRows
    }

    /// Customer `index`'s evaluation.
    /// - Parameters:
    ///   - position: its receivables at the period's end.
    ///   - previousTier: its tier in force before the evaluation (export, else snapshot); the
    ///     overdue share is taken at that tier's term, tier C's for an unclassed customer.
    public func evaluate(_ index: Int, customer: Customer, position: ReceivablePosition,
                         previousTier: Tier?) -> CustomerEvaluation {
        let committee = book.hasEvaluations(index)
            ? Committee.combine(book.evaluations(of: index), indicatorCount: indicators.count, groups: groups)
            : nil
        let measures = index < self.measures.count ? self.measures[index] : EvaluationMeasures()
        let termTier = TierPolicies.policyTier(previousTier)
        let breakdown = ScoreBreakdown.decide(exportScores: customer.indicatorScores, committee: committee,
                                              measure: { measures.value($0, position: position, termTier: termTier) },
                                              indicators: indicators)
        return CustomerEvaluation(breakdown: breakdown, committee: committee)
    }
}

/// One customer's evaluation: every indicator's score and source, and the committee's result.
public struct CustomerEvaluation: Hashable, Sendable {
    public var breakdown: ScoreBreakdown
    public var committee: Committee.Result?
}
