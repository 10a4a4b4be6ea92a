/// The evaluation sheets of the quarterly workbook: 客户评估表 (附表1 per customer: 指标 · 评分标准 ·
/// 权重 · 得分 · 来源), 评估小组 (each group's score per customer and indicator, the spread,
/// incomplete evaluations, disagreements), 临界客户 and 界限测算 (a table and a chart).
struct EvaluationSheets {
    let report: QuarterlyReport
    let wb: ReportWorkbook
    let heading: [String]

    func label(_ l: Label) -> String { wb.label(l) }
    var language: ReportLanguage { wb.language }
    var indicators: [PolicySettings.Indicator] { report.evaluations.indicators }
    var groups: [PolicySettings.CommitteeGroup] { report.evaluations.groups }

    /// Rows the sheets will hold, for the workbook's memory mode.
    static func rows(_ report: QuarterlyReport) -> Int {
        report.customers.count * (report.evaluations.indicators.count + 1) * 2 + report.evaluation.nearBound.count
    }

    func writeAll() throws {
        try evaluationForm()
        try committee()
        try nearBound()
        try boundSensitivity()
    }

    /// 附表1 客户评估表, one row per customer and indicator and a total row with the score.
    func evaluationForm() throws {
        let columns = [
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.indicator), width: 12), XlsxColumn(label(.criterionBand), .wrappedText, width: 34),
            XlsxColumn(label(.measureValue), width: 16), XlsxColumn(label(.weight), .decimal, width: 8),
            XlsxColumn(label(.indicatorScore), .score), XlsxColumn(label(.scoreSource), width: 10),
            XlsxColumn(label(.weightedPoints), .score, width: 10), XlsxColumn(label(.committeeScore), .score, width: 10),
            XlsxColumn(label(.evaluators), .integer), XlsxColumn(label(.groupsScored), .integer),
            XlsxColumn(label(.sourceExportScore), .score, width: 10),
        ]
        let sheet = try wb.sheet(.sheetEvaluationForm, title: heading, columns: columns, highlights: [
            XlsxHighlight(.textEquals(label(.sourceNoScore)), column: 7, highlighting: 0...8, style: .warning),
        ], frozenColumns: 2)
        for (i, line) in report.customers.enumerated() {
            let evaluation = line.evaluation(report.evaluations, index: i)
            let b = evaluation.breakdown
            for (k, item) in b.items.enumerated() {
                let indicator = indicators[k]
                try wb.append([
                    .text(line.customer.id), .text(line.customer.name), .text(EvaluationText.indicatorName(indicator, language)),
                    .text(EvaluationText.criterion(item, indicator, language)),
                    .text(orBlank: item.measure.map(EvaluationText.value)), .decimal(indicator.weight),
                    score(item.score), .text(EvaluationText.source(item.source, language)),
                    score(b.weightedPoints(k, indicators: indicators)), score(item.committee?.score),
                    item.committee.map { .integer(Int64($0.evaluators)) } ?? .blank,
                    item.committee.map { .integer(Int64($0.groups)) } ?? .blank, score(item.exportScore),
                ], to: sheet)
            }
            try wb.append([.text(line.customer.id), .text(line.customer.name), .text(label(.total)), .blank, .blank,
                           .blank, .score(orBlank: b.score), .blank, .score(orBlank: b.score)], to: sheet)
        }
    }

    /// Each group's score per customer and indicator the committee evaluated.
    func committee() throws {
        var columns = [
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.indicator), width: 12),
        ]
        columns += groups.map { XlsxColumn(EvaluationText.groupName($0, language), .score, width: 10) }
        let spreadColumn = columns.count + 2
        columns += [
            XlsxColumn(label(.committeeScore), .score, width: 10), XlsxColumn(label(.evaluators), .integer),
            XlsxColumn(label(.spread), .score), XlsxColumn(label(.disagreement), width: 8),
            XlsxColumn(label(.missingGroups), .wrappedText, width: 24),
        ]
        let points = report.settings.evaluation.disagreementPoints
        let sheet = try wb.sheet(.sheetCommittee, title: heading, columns: columns, highlights: [
            XlsxHighlight(.greaterThan(Double(points.units) / Double(ExactDecimal.powerOfTen(points.scale))),
                          column: spreadColumn, highlighting: 0...spreadColumn),
        ], frozenColumns: 2)
        for (i, line) in report.customers.enumerated() where report.evaluations.book.hasEvaluations(i) {
            guard let result = line.evaluation(report.evaluations, index: i).committee else { continue }
            let missing = result.isComplete ? "" : label(.evaluationIncomplete) + ": " + EvaluationText.groups(result.missingGroups, groups, language)
            for (k, indicator) in result.indicators.enumerated() {
                var cells: [XlsxCell] = [.text(line.customer.id), .text(line.customer.name), .text(EvaluationText.indicatorName(indicators[k], language))]
                cells += groups.indices.map { g in score(indicator?.groupScores[g]) }
                cells += [
                    score(indicator?.score), indicator.map { .integer(Int64($0.evaluators)) } ?? .blank, score(indicator?.spread),
                    .text((indicator.map { $0.spread > points } ?? false) ? label(.yes) : ""), .text(missing),
                ]
                try wb.append(cells, to: sheet)
            }
        }
    }

    /// Customers within the settings' points of a tier bound, and where they would move.
    func nearBound() throws {
        let columns = [
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.salesperson), width: 10), XlsxColumn(label(.score), .score),
            XlsxColumn(label(.proposedTier), width: 8), XlsxColumn(label(.bound), width: 8),
            XlsxColumn(label(.distance), .score), XlsxColumn(label(.wouldMoveTo), width: 10),
            XlsxColumn(label(.previousTier), width: 8),
        ]
        let sheet = try wb.sheet(.sheetNearBound, title: heading, columns: columns, frozenColumns: 2)
        for (i, near) in report.evaluation.nearBound {
            let line = report.customers[i]
            try wb.append([
                .text(line.customer.id), .text(line.customer.name), .text(orBlank: line.customer.salesperson),
                .score(orBlank: line.score), .text(near.tier.rawValue), .text(near.bound.rawValue),
                score(near.distance), .text(near.across.rawValue), .text(orBlank: line.previousTier?.rawValue),
            ], to: sheet)
        }
    }

    /// How many customers would change tier if the A or the B bound moved by −5 … +5 points.
    func boundSensitivity() throws {
        let columns = [
            XlsxColumn(label(.boundShift), .integer, width: 12),
            XlsxColumn(label(.boundA), .score, width: 10), XlsxColumn(label(.changesIfAMoves), .integer, width: 30),
            XlsxColumn(label(.boundB), .score, width: 10), XlsxColumn(label(.changesIfBMoves), .integer, width: 30),
        ]
        let sheet = try wb.sheet(.sheetBoundSensitivity, title: heading, columns: columns)
        var first: XlsxRowPosition?
        var last: XlsxRowPosition?
        for (a, b) in zip(report.evaluation.sensitivityA, report.evaluation.sensitivityB) {
            let position = try wb.append([
                .integer(Int64(a.shift)), score(a.bound), a.changes.map { .integer(Int64($0)) } ?? .text(label(.notValid)),
                score(b.bound), b.changes.map { .integer(Int64($0)) } ?? .text(label(.notValid)),
            ], to: sheet)
            first = first ?? position
            last = position
        }
        if let first, let last, let shifts = XlsxCellRange(column: 0, from: first, through: last),
           let aValues = XlsxCellRange(column: 2, from: first, through: last),
           let bValues = XlsxCellRange(column: 4, from: first, through: last) {
            try wb.chart(XlsxChart(.column, title: label(.chartBoundSensitivity), categoryAxisName: label(.boundShift),
                                   valueAxisName: label(.customers),
                                   series: [.init(name: label(.seriesABound), categories: shifts, values: aValues),
                                            .init(name: label(.seriesBBound), categories: shifts, values: bValues)]),
                         on: sheet, row: 2, column: 6)
        }
    }

    private func score(_ value: ExactDecimal?) -> XlsxCell {
        guard let value, let hundredths = value.units(atScale: 2) else { return .blank }
        return .score(Score(hundredths: hundredths))
    }
}
