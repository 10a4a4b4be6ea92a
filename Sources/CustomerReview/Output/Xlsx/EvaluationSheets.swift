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

    /// The four sheets planned in the order of the file, and the placing of the bound
    /// sensitivity's chart, done on the workbook's thread once the sheets are written.
    func planAll() throws -> (jobs: [XlsxSheetJob], chart: () throws -> Void) {
        let form = try evaluationForm()
        let committee = try committee()
        let near = try nearBound()
        let sensitivity = try boundSensitivity()
        return ([form, committee, near, sensitivity.job], sensitivity.chart)
    }

    /// One row of 附表1: a customer's indicator, or (indicator nil) the customer's total row.
    struct FormRow {
        let customer: Customer
        let breakdown: ScoreBreakdown
        let indicator: Int?

        /// The indicator's line of the breakdown; nil on the total row.
        var item: ScoreBreakdown.Item? { indicator.map { breakdown.items[$0] } }
    }

    /// 附表1 客户评估表, one row per customer and indicator and a total row with the score.
    func evaluationForm() throws -> XlsxSheetJob {
        let indicators = indicators, language = language
        var t = wb.table(of: FormRow.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.indicator, width: 12) { row in
            row.indicator.map { .text(EvaluationText.indicatorName(indicators[$0], language)) } ?? .text(label(.total))
        }
        t.add(.criterionBand, .wrappedText, width: 34) { row in
            row.indicator.map { .text(EvaluationText.criterion(row.breakdown.items[$0], indicators[$0], language)) } ?? .blank
        }
        t.add(.measureValue, width: 16) { row in
            row.item.map { .text(orBlank: $0.measure.map(EvaluationText.value)) } ?? .blank
        }
        t.add(.weight, .decimal, width: 8) { row in row.indicator.map { .decimal(indicators[$0].weight) } ?? .blank }
        t.add(.indicatorScore, .score) { row in row.item.map { score($0.score) } ?? .score(orBlank: row.breakdown.score) }
        t.add(.scoreSource, width: 10, highlights: [
            ColumnHighlight(.textEquals(label(.sourceNoScore)), .lineThrough(ColumnID(.weightedPoints)), .warning),
        ]) { row in row.item.map { .text(EvaluationText.source($0.source, language)) } ?? .blank }
        t.add(.weightedPoints, .score, width: 10) { row in
            row.indicator.map { score(row.breakdown.weightedPoints($0, indicators: indicators)) } ?? .score(orBlank: row.breakdown.score)
        }
        t.add(.committeeScore, .score, width: 10) { row in row.item.map { score($0.committee?.score) } ?? .blank }
        t.add(.evaluators, .integer) { row in row.item?.committee.map { .integer(Int64($0.evaluators)) } ?? .blank }
        t.add(.groupsScored, .integer) { row in row.item?.committee.map { .integer(Int64($0.groups)) } ?? .blank }
        t.add(.sourceExportScore, .score, width: 10) { row in row.item.map { score($0.exportScore) } ?? .blank }
        let report = report
        func rows(_ i: Int) -> [FormRow] {
            let line = report.customers[i]
            let b = line.evaluation(report.evaluations, index: i).breakdown
            return b.items.indices.map { FormRow(customer: line.customer, breakdown: b, indicator: $0) }
                + [FormRow(customer: line.customer, breakdown: b, indicator: nil)]
        }
        // A row per indicator (the breakdown has one item each) and the total row.
        return try wb.sheet(.sheetEvaluationForm, title: heading, table: t,
                            count: report.customers.count * (indicators.count + 1),
                            sample: report.customers.indices.prefix(8).lazy.flatMap(rows)) { sheet in
            for i in report.customers.indices {
                let line = report.customers[i]
                let b = line.evaluation(report.evaluations, index: i).breakdown
                for k in b.items.indices {
                    try sheet.append(FormRow(customer: line.customer, breakdown: b, indicator: k))
                }
                try sheet.append(FormRow(customer: line.customer, breakdown: b, indicator: nil))
            }
        }
    }

    /// One row of 评估小组: a customer's indicator as the committee scored it.
    struct CommitteeRow {
        let customer: Customer
        let indicator: Int
        let result: Committee.IndicatorResult?
        /// The groups that did not evaluate the customer, or empty.
        let missing: String
    }

    /// Each group's score per customer and indicator the committee evaluated.
    func committee() throws -> XlsxSheetJob {
        let indicators = indicators, language = language
        let points = report.settings.evaluation.disagreementPoints
        var t = wb.table(of: CommitteeRow.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.indicator, width: 12) { .text(EvaluationText.indicatorName(indicators[$0.indicator], language)) }
        for (g, group) in groups.enumerated() {
            t.add(ColumnID(group: "group", group.id), title: EvaluationText.groupName(group, language), .score, width: 10) {
                score($0.result?.groupScores[g])
            }
        }
        t.add(.committeeScore, .score, width: 10) { score($0.result?.score) }
        t.add(.evaluators, .integer) { $0.result.map { .integer(Int64($0.evaluators)) } ?? .blank }
        t.add(.spread, .score, highlights: [
            ColumnHighlight(.greaterThan(Double(points.units) / Double(ExactDecimal.powerOfTen(points.scale))), .lineThroughHere),
        ]) { score($0.result?.spread) }
        t.add(.disagreement, width: 8) { .text(($0.result.map { $0.spread > points } ?? false) ? label(.yes) : "") }
        t.add(.missingGroups, .wrappedText, width: 24) { .text($0.missing) }
        let report = report, groups = groups
        let evaluated = report.customers.indices.filter { report.evaluations.book.hasEvaluations($0) }
        func rows(_ i: Int) -> [CommitteeRow] {
            let line = report.customers[i]
            guard let result = line.evaluation(report.evaluations, index: i).committee else { return [] }
            let missing = result.isComplete ? "" : label(.evaluationIncomplete) + ": " + EvaluationText.groups(result.missingGroups, groups, language)
            return result.indicators.enumerated().map { k, indicator in
                CommitteeRow(customer: line.customer, indicator: k, result: indicator, missing: missing)
            }
        }
        // A customer with evaluations has the committee's result, a row per indicator.
        return try wb.sheet(.sheetCommittee, title: heading, table: t, count: evaluated.count * indicators.count,
                            sample: evaluated.prefix(16).lazy.flatMap(rows)) { sheet in
            for i in evaluated {
                for row in rows(i) { try sheet.append(row) }
            }
        }
    }

    /// Customers within the settings' points of a tier bound, and where they would move.
    func nearBound() throws -> XlsxSheetJob {
        var t = wb.table(of: (line: QuarterlyLine, near: TierBoundary.NearBound).self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.line.customer.id) }
        t.add(.customerName, width: 28) { .text($0.line.customer.name) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.line.customer.salesperson) }
        t.add(.score, .score) { .score(orBlank: $0.line.score) }
        t.add(.proposedTier, width: 8) { .text($0.near.tier.rawValue) }
        t.add(.bound, width: 8) { .text($0.near.bound.rawValue) }
        t.add(.distance, .score) { score($0.near.distance) }
        t.add(.wouldMoveTo, width: 10) { .text($0.near.across.rawValue) }
        t.add(.previousTier, width: 8) { .text(orBlank: $0.line.previousTier?.rawValue) }
        let report = report
        return try wb.sheet(.sheetNearBound, title: heading, table: t,
                            rows: report.evaluation.nearBound.lazy.map { (line: report.customers[$0.0], near: $0.1) })
    }

    /// How many customers would change tier if the A or the B bound moved by −5 … +5 points.
    func boundSensitivity() throws -> (job: XlsxSheetJob, chart: () throws -> Void) {
        var t = wb.table(of: (a: TierBoundary.Shift, b: TierBoundary.Shift).self)
        t.add(.boundShift, .integer, width: 12) { .integer(Int64($0.a.shift)) }
        t.add(.boundA, .score, width: 10) { score($0.a.bound) }
        t.add(.changesIfAMoves, .integer, width: 30) { changes($0.a) }
        t.add(.boundB, .score, width: 10) { score($0.b.bound) }
        t.add(.changesIfBMoves, .integer, width: 30) { changes($0.b) }
        let shifts = Array(zip(report.evaluation.sensitivityA, report.evaluation.sensitivityB))
        let written = Written<(TableSheet<(a: TierBoundary.Shift, b: TierBoundary.Shift)>, XlsxRowPosition, XlsxRowPosition)?>(nil)
        let job = try wb.sheet(.sheetBoundSensitivity, title: heading, table: t, count: shifts.count, sample: shifts) { sheet in
            var first: XlsxRowPosition?
            var last: XlsxRowPosition?
            for (a, b) in shifts {
                let position = try sheet.append((a, b))
                first = first ?? position
                last = position
            }
            if let first, let last { written.value = (sheet, first, last) }
        }
        let wb = wb, label = label
        let chart = {
            guard let (sheet, first, last) = written.value, let shifts = sheet.range(.boundShift, from: first, through: last),
                  let aValues = sheet.range(.changesIfAMoves, from: first, through: last),
                  let bValues = sheet.range(.changesIfBMoves, from: first, through: last) else { return }
            try wb.chart(XlsxChart(.column, title: label(.chartBoundSensitivity), categoryAxisName: label(.boundShift),
                                   valueAxisName: label(.customers),
                                   series: [.init(name: label(.seriesABound), categories: shifts, values: aValues),
                                            .init(name: label(.seriesBBound), categories: shifts, values: bValues)]),
                         on: sheet.sheet, row: 2, column: 6)
        }
        return (job, chart)
    }

    private func changes(_ shift: TierBoundary.Shift) -> XlsxCell {
        shift.changes.map { .integer(Int64($0)) } ?? .text(label(.notValid))
    }

    private func score(_ value: ExactDecimal?) -> XlsxCell {
        guard let value, let hundredths = value.units(atScale: 2) else { return .blank }
        return .score(Score(hundredths: hundredths))
    }
}
