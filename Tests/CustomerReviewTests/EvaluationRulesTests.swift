import Testing
@testable import CustomerReview

private func d(_ text: String) -> ExactDecimal { ExactDecimal(parsing: text) ?? ExactDecimal(-1) }
private let groups = PolicySettings.Evaluation.defaults.groups
private let date = CalendarDate(year: 2026, month: 9, day: 20) ?? CalendarDate(dayNumber: 0)

private func evaluation(_ evaluator: String, group: Int, _ scores: [String?], line: Int = 0,
                        on day: CalendarDate = date) -> CommitteeEvaluation {
    CommitteeEvaluation(customer: 0, evaluator: evaluator, group: group, date: day, scores: scores.map { $0.map(d) }, line: line)
}

/// 客户评估小组: group means, then the mean of the groups, exact and rounded half-up once.
@Suite struct CommitteeTests {
    @Test func groupMeansThenTheMeanOfTheGroupsRoundedOnce() throws {
        // 运管中心: (85.00 + 85.01) / 2 = 85.005; 财务部: 85.005 again by one evaluator each side.
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["85"]), evaluation("b", group: 0, ["85.01"]),
        ], indicatorCount: 1, groups: groups))
        let one = try #require(result.indicators[0])
        #expect(one.score == d("85.01"))
        #expect(one.groupScores[0] == d("85.01"))
        #expect(one.evaluators == 2)
        #expect(one.groups == 1)
        #expect(result.missingGroups == [1, 2, 3])
        #expect(!result.isComplete)
    }

    @Test func groupsWeighEquallyWhateverTheirSize() throws {
        // 运管中心 three evaluators 60, 60, 90 → 70; 营销中心 one 90 → (70 + 90) / 2 = 80, not (60+60+90+90)/4 = 75.
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["60"]), evaluation("b", group: 0, ["60"]), evaluation("c", group: 0, ["90"]),
            evaluation("d", group: 1, ["90"]),
        ], indicatorCount: 1, groups: groups))
        #expect(result.indicators[0]?.score == d("80"))
        #expect(result.indicators[0]?.spread == d("30"))
    }

    @Test func groupWeightsAreASetting() throws {
        var weighted = groups
        weighted[1].weight = ExactDecimal(3)
        // (1·70 + 3·90) / 4 = 85.
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["70"]), evaluation("d", group: 1, ["90"]),
        ], indicatorCount: 1, groups: weighted))
        #expect(result.indicators[0]?.score == d("85"))
    }

    @Test func thirdsRoundHalfUpAtTheEnd() throws {
        // (60 + 61 + 61) / 3 = 60.666… → 60.67.
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["60"]), evaluation("b", group: 1, ["61"]), evaluation("c", group: 2, ["61"]),
        ], indicatorCount: 1, groups: groups))
        #expect(result.indicators[0]?.score == d("60.67"))
    }

    @Test func anEmptyCellIsNotAScoreAndAnIndicatorNobodyScoredHasNone() throws {
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["80", nil]), evaluation("b", group: 1, [nil, nil]),
        ], indicatorCount: 2, groups: groups))
        #expect(result.indicators[0]?.score == d("80"))
        #expect(result.indicators[0]?.groups == 1)
        #expect(result.indicators[1] == nil)
        // 营销中心 evaluated the customer (a row), though it left the cells empty.
        #expect(result.missingGroups == [2, 3])
    }

    @Test func theLatestEvaluationOfAnEvaluatorCounts() throws {
        let earlier = try #require(CalendarDate(year: 2026, month: 6, day: 1))
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["50"], line: 2, on: earlier), evaluation("a", group: 0, ["70"], line: 3),
        ], indicatorCount: 1, groups: groups))
        #expect(result.evaluations == 1)
        #expect(result.indicators[0]?.score == d("70"))
    }

    @Test func theLatestCountsAlsoAmongManyEvaluators() throws {
        // Forty evaluators of 运管中心 at 60, and one of them again later at 100: 41 rows, 40 counted.
        let earlier = try #require(CalendarDate(year: 2026, month: 6, day: 1))
        var rows = (0..<40).map { evaluation("e\($0)", group: 0, ["60"], line: $0 + 2, on: earlier) }
        rows.append(evaluation("e7", group: 0, ["100"], line: 50))
        let result = try #require(Committee.combine(rows, indicatorCount: 1, groups: groups))
        #expect(result.evaluations == 40)
        // (39 · 60 + 100) / 40 = 61.
        #expect(result.indicators[0]?.score == d("61"))
    }

    @Test func aSpreadAboveTheSettingIsADisagreement() throws {
        let result = try #require(Committee.combine([
            evaluation("a", group: 0, ["40", "70"]), evaluation("b", group: 1, ["70.01", "100"]),
        ], indicatorCount: 2, groups: groups))
        // 70.01 − 40 = 30.01 > 30; 100 − 70 = 30 is not more than 30.
        #expect(result.disagreements(above: ExactDecimal(30)) == [0])
    }

    @Test func manyEvaluatorsDoNotOverflow() throws {
        // Group sizes 1…997 (primes among them) make a common denominator far past 128 bits.
        var rows: [CommitteeEvaluation] = []
        var many = groups
        for g in 4..<20 { many.append(PolicySettings.CommitteeGroup(id: "g\(g)", name: "G\(g)")) }
        let sizes = [997, 991, 983, 977, 971, 967, 953, 947, 941, 937, 929, 919, 911, 907, 887, 883, 881, 877, 863, 859]
        for (g, size) in sizes.enumerated() {
            for k in 0..<size { rows.append(evaluation("e\(g)-\(k)", group: g, ["50"])) }
        }
        let result = try #require(Committee.combine(rows, indicatorCount: 1, groups: many))
        #expect(result.indicators[0]?.score == d("50"))
    }

    @Test func theWindowIsTheQuarterAndTheOneBeforeUpToTheAsOfDate() throws {
        let asOf = try #require(CalendarDate(year: 2026, month: 11, day: 15))
        let q3 = Committee.window(quarter: Quarter(year: 2026, number: 3), lookback: 1, asOf: asOf)
        #expect(q3.lowerBound.description == "2026-04-01")
        #expect(q3.upperBound.description == "2026-09-30")
        let q4 = Committee.window(quarter: Quarter(year: 2026, number: 4), lookback: 0, asOf: asOf)
        #expect(q4.lowerBound.description == "2026-10-01")
        #expect(q4.upperBound.description == "2026-11-15")
    }
}

/// 评分标准: ordered bands, `at_least` and `at_most` including their number.
@Suite struct ScoringCriteriaTests {
    let capital = PolicySettings.Criteria(measure: .registeredCapital, bands: [
        .init(.atLeast, ExactDecimal(100_000_000), score: ExactDecimal(100)),
        .init(.atLeast, ExactDecimal(10_000_000), score: ExactDecimal(80)),
        .init(.atLeast, ExactDecimal(0), score: ExactDecimal(50)),
    ])
    let overdue = PolicySettings.Criteria(measure: .overdueShare, bands: [
        .init(.atMost, ExactDecimal(0), score: ExactDecimal(100)),
        .init(.atMost, ExactDecimal(parsing: "0.05") ?? ExactDecimal(0), score: ExactDecimal(90)),
    ])

    func yuan(_ text: String) -> MeasureValue? {
        ProfileAmount.parse(text).map { MeasureValue(numerator: Int128($0.fen), denominator: 100, measure: .registeredCapital) }
    }

    @Test func atLeastIncludesItsNumber() throws {
        #expect(ScoringCriteria.score(for: try #require(yuan("1亿元")), in: capital) == ExactDecimal(100))
        #expect(ScoringCriteria.score(for: try #require(yuan("99999999.99")), in: capital) == ExactDecimal(80))
        #expect(ScoringCriteria.score(for: try #require(yuan("1000万")), in: capital) == ExactDecimal(80))
        #expect(ScoringCriteria.band(for: try #require(yuan("500万")), in: capital) == 2)
    }

    @Test func atMostIncludesItsNumberExactly() {
        // 5 of 100 overdue is exactly 5%: in the at_most 0.05 band, not past it.
        let five = MeasureValue(numerator: 500, denominator: 10_000, measure: .overdueShare)
        #expect(ScoringCriteria.score(for: five, in: overdue) == ExactDecimal(90))
        let justOver = MeasureValue(numerator: 501, denominator: 10_000, measure: .overdueShare)
        #expect(ScoringCriteria.score(for: justOver, in: overdue) == nil)
        let none = MeasureValue(numerator: 0, denominator: 1, measure: .overdueShare)
        #expect(ScoringCriteria.score(for: none, in: overdue) == ExactDecimal(100))
    }

    @Test(arguments: [
        ("3000万元人民币", 3_000_000_000), ("1亿元", 10_000_000_000), ("1.5亿", 15_000_000_000), ("500万", 500_000_000),
        ("¥5,000,000", 500_000_000), ("5000000", 500_000_000), ("人民币1.5亿元", 15_000_000_000), ("12.345万元", 12_345_000),
        ("￥1,234.50元", 123_450), (" 800万元 ", 800_000_000),
    ] as [(String, Int64)])
    func profileAmountsAsExportsWriteThem(text: String, fen: Int64) {
        #expect(ProfileAmount.parse(text) == Money(fen: fen))
    }

    @Test(arguments: ["壹佰万", "USD 2M", "500万美元", "约800万元", "10亿元以上", "1,5", "1.5.0亿", "万", "", "1.234567891亿", "2万亿"])
    func otherTextIsNotRead(text: String) {
        #expect(ProfileAmount.parse(text) == nil)
    }
}

/// Where each score comes from: the first source with a score wins.
@Suite struct ScoreSourceTests {
    let indicators = [
        PolicySettings.Indicator(id: "a", name: "a", weight: ExactDecimal(50),
                                 criteria: PolicySettings.Criteria(measure: .volume12m, bands: [.init(.atLeast, ExactDecimal(0), score: ExactDecimal(40))])),
        PolicySettings.Indicator(id: "b", name: "b", weight: ExactDecimal(50), sources: [.export, .committee]),
    ]

    func committee(_ scores: [String?]) -> Committee.Result? {
        Committee.combine([evaluation("x", group: 0, scores)], indicatorCount: 2, groups: groups)
    }

    func volume(_ measure: PolicySettings.Measure) -> MeasureValue? {
        MeasureValue(numerator: 12, denominator: 1, measure: measure)
    }

    @Test func committeeThenExportThenCriteriaByDefault() {
        let all = ScoreBreakdown.decide(exportScores: [d("70"), d("60")], committee: committee(["90", "80"]), measure: volume,
                                        indicators: indicators)
        #expect(all.items.map(\.source) == [.committee, .export])
        #expect(all.score == Score(hundredths: 7500))
        let noCommittee = ScoreBreakdown.decide(exportScores: [d("70"), nil], committee: committee([nil, "80"]), measure: volume,
                                                indicators: indicators)
        #expect(noCommittee.items.map(\.source) == [.export, .committee])
        let criteriaOnly = ScoreBreakdown.decide(exportScores: [nil, d("60")], committee: nil, measure: volume, indicators: indicators)
        #expect(criteriaOnly.items[0].source == .criteria)
        #expect(criteriaOnly.items[0].score == d("40"))
        #expect(criteriaOnly.score == Score(hundredths: 5000))
    }

    @Test func unscoredOnlyWhereAnIndicatorHasNoSourceAtAll() {
        let b = ScoreBreakdown.decide(exportScores: [nil, nil], committee: nil, measure: { _ in nil }, indicators: indicators)
        #expect(b.score == nil)
        #expect(b.missing == [0, 1])
        // The criteria alone give indicator a; b has no source, so the customer stays unscored.
        let c = ScoreBreakdown.decide(exportScores: [nil, nil], committee: nil, measure: volume, indicators: indicators)
        #expect(c.missing == [1])
        #expect(c.score == nil)
    }

    @Test func weightedPointsAreTheIndicatorsShareOfTheScore() {
        let b = ScoreBreakdown.decide(exportScores: [d("85.01"), d("85")], committee: nil, measure: volume, indicators: indicators)
        // 50·85.01/100 = 42.505 → 42.51; 50·85/100 = 42.50.
        #expect(b.weightedPoints(0, indicators: indicators) == d("42.51"))
        #expect(b.weightedPoints(1, indicators: indicators) == d("42.50"))
        #expect(b.score == Score(hundredths: 8501))
    }
}

/// 临界客户 and 界限测算, counted by hand.
@Suite struct TierBoundaryTests {
    let bounds = PolicySettings.defaults.tierBounds

    @Test func nearABoundAndWhichWayAcross() throws {
        let points = ExactDecimal(2)
        let a = try #require(TierBoundary.nearBound(Score(hundredths: 8600), bounds: bounds, points: points))
        #expect(a.bound == .a && a.tier == .a && a.across == .b && a.distance == d("1"))
        let b = try #require(TierBoundary.nearBound(Score(hundredths: 8500), bounds: bounds, points: points))
        #expect(b.tier == .b && b.across == .a && b.distance == d("0"))
        let c = try #require(TierBoundary.nearBound(Score(hundredths: 5800), bounds: bounds, points: points))
        #expect(c.bound == .b && c.tier == .c && c.across == .b && c.distance == d("-2"))
        #expect(TierBoundary.nearBound(Score(hundredths: 5799), bounds: bounds, points: points) == nil)
        #expect(TierBoundary.nearBound(Score(hundredths: 7000), bounds: bounds, points: points) == nil)
    }

    @Test func sensitivityCountedByHand() throws {
        // Scores: 80.5 (B), 84 (B), 85 (B: 85 is in B), 86 (A), 91 (A), 58 (C), 61 (B), 64.5 (B).
        let scores = [8050, 8400, 8500, 8600, 9100, 5800, 6100, 6450].map { Score(hundredths: $0) }
        let (a, b) = TierBoundary.sensitivity(scores, bounds: bounds)
        #expect(a.map(\.shift) == Array(-5...5))
        // A bound 80 (A > 80): 80.5, 84, 85 become A → 3. At 81: 84, 85 → 2. 82–84: 85 (and 84 at 83) …
        #expect(a.map(\.changes) == [3, 2, 2, 2, 1, 0, 1, 1, 1, 1, 1])
        // B bound 55 … 65 (B ≥ bound): 58 joins B at 55–58; 61 leaves at 62+, 64.5 leaves at 65.
        #expect(b.map(\.changes) == [1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 2])
        #expect(a[0].bound == d("80") && b[10].bound == d("65"))
    }

    @Test func aShiftThatOverlapsTheOtherBoundIsNotValid() {
        var close = bounds
        close.aLowerBound = ExactDecimal(62)
        let (a, b) = TierBoundary.sensitivity([Score(hundredths: 7000)], bounds: close)
        #expect(a[0].changes == nil)      // A at 57, below B's 60
        #expect(b[10].changes == nil)     // B at 65, above A's 62
        #expect(a[5].changes == 0)
    }
}
