/// The evaluation (客户评估) for machines: a customer's `score_breakdown`, and the quarterly
/// report's `committee`, `near_bound` and `bound_sensitivity` (keys documented in the README).
enum EvaluationJSON {
    static func score(_ value: ExactDecimal?) -> JSONValue { value.map { .number($0.fixed(2)) } ?? .null }

    /// Every indicator's source, score, weight and weighted points, with the criteria's measure
    /// and band and the committee's figures where there are any; each indicator on one line.
    static func writeBreakdown(_ evaluation: CustomerEvaluation, evaluations: CustomerEvaluations,
                               language: ReportLanguage, to w: inout JSONWriter) {
        let b = evaluation.breakdown
        let indicators = evaluations.indicators
        w.beginObject()
        w.key("score"); w.value(b.score.map { .number($0.description) } ?? .null)
        w.key("missing"); w.inlineValue(.array(b.missing.map { .string(indicators[$0].id) }))
        w.key("indicators")
        w.beginArray()
        for (k, item) in b.items.enumerated() {
            let indicator = indicators[k]
            w.element()
            w.inlineValue(.object([
                ("id", .string(indicator.id)),
                ("name", .string(EvaluationText.indicatorName(indicator, language))),
                ("weight", .decimal(indicator.weight)),
                ("source", .optional(item.source?.rawValue)),
                ("score", score(item.score)),
                ("weighted_points", score(b.weightedPoints(k, indicators: indicators))),
                ("export_score", score(item.exportScore)),
                ("criteria", criteria(item, indicator)),
                ("committee", item.committee.map { committee($0, groups: evaluations.groups) } ?? .null),
            ]))
        }
        w.endArray()
        w.endObject()
    }

    static func criteria(_ item: ScoreBreakdown.Item, _ indicator: PolicySettings.Indicator) -> JSONValue {
        guard let criteria = indicator.criteria else { return .null }
        let band: JSONValue = item.band.map { index in
            let b = criteria.bands[index]
            return .object([("index", .integer(index)), (b.comparison.rawValue, .decimal(b.threshold)), ("score", score(b.score))])
        } ?? .null
        return .object([
            ("measure", .string(criteria.measure.rawValue)),
            ("value", item.measure.map { .number($0.plainText) } ?? .null),
            ("band", band),
            ("score", score(item.criteriaScore)),
        ])
    }

    static func committee(_ result: Committee.IndicatorResult, groups: [PolicySettings.CommitteeGroup]) -> JSONValue {
        .object([
            ("score", score(result.score)),
            ("evaluators", .integer(result.evaluators)),
            ("groups", .integer(result.groups)),
            ("spread", score(result.spread)),
            ("group_scores", .object(zip(groups, result.groupScores).map { ($0.id, score($1)) })),
        ])
    }

    /// The quarterly report's top-level evaluation members.
    static func quarterlyMembers(_ report: QuarterlyReport, language: ReportLanguage) -> [(String, JSONText.Member)] {
        let e = report.evaluation
        let evaluations = report.evaluations
        let groups = evaluations.groups
        let lines = report.customers
        func id(_ line: Int) -> JSONValue { .string(lines[line].customer.id) }
        return [
            ("committee", .value(.object([
                ("evaluations_file", .bool(evaluations.committeePresent)),
                ("window", .object([("from", .string(evaluations.window.lowerBound.description)),
                                    ("to", .string(evaluations.window.upperBound.description))])),
                ("groups", .array(groups.map { .object([("id", .string($0.id)), ("name", .string(EvaluationText.groupName($0, language)))]) })),
                ("to_evaluate", .integer(e.toEvaluate)),
                ("evaluated", .integer(e.evaluated)),
                ("complete", .integer(e.complete)),
                ("not_evaluated", .integer(e.notEvaluated)),
                ("blank_form_rows", .integer(evaluations.blankRows)),
                ("incomplete", .array(e.incomplete.map { line in
                    let missing = lines[line].evaluation(evaluations, index: line).committee?.missingGroups ?? []
                    return .object([("customer_id", id(line)), ("missing_groups", .array(missing.map { .string(groups[$0].id) }))])
                })),
                ("disagreements", .array(e.disagreements.map { pair in
                    let result = lines[pair.line].evaluation(evaluations, index: pair.line).committee?.indicators[pair.indicator]
                    var members: [(String, JSONValue)] = [("customer_id", id(pair.line)),
                                                          ("indicator", .string(evaluations.indicators[pair.indicator].id))]
                    if let result { members += [("spread", score(result.spread)), ("group_scores", .object(zip(groups, result.groupScores).map { ($0.id, score($1)) }))] }
                    return .object(members)
                })),
            ]))),
            ("score_sources", .value(.array(evaluations.indicators.enumerated().map { k, indicator in
                .object([("indicator", .string(indicator.id))]
                    + PolicySettings.ScoreSource.allCases.map { ($0.rawValue, .integer(e.sourceCounts[k][$0] ?? 0)) }
                    + [("none", .integer(e.unscoredByIndicator[k]))])
            }))),
            ("near_bound", .value(.array(e.nearBound.map { item in
                .object([
                    ("customer_id", id(item.line)),
                    ("score", lines[item.line].score.map { .number($0.description) } ?? .null),
                    ("tier", .string(item.near.tier.rawValue)),
                    ("bound", .string(item.near.bound.rawValue)),
                    ("distance", score(item.near.distance)),
                    ("would_move_to", .string(item.near.across.rawValue)),
                ])
            }))),
            ("bound_sensitivity", .value(.object([("a", shifts(e.sensitivityA)), ("b", shifts(e.sensitivityB))]))),
        ]
    }

    static func shifts(_ shifts: [TierBoundary.Shift]) -> JSONValue {
        .array(shifts.map { s in
            .object([("shift", .integer(s.shift)), ("bound", score(s.bound)), ("changes", s.changes.map { .integer($0) } ?? .null)])
        })
    }
}
