import Foundation

/// 附表1 客户评估表 as a form for one group of the evaluation committee (`evaluation-forms`):
/// every signed and potential customer, a row each, with empty score cells that take 0–100.
///
/// The first sheet starts with the header row and uses the column names evaluations.csv
/// accepts (in the report language), the group filled in, so that "Save as CSV" in Excel, WPS
/// or LibreOffice gives a file the program reads back as evaluations.csv; the other columns
/// (profile, measures, the criteria's suggested scores) are ignored when it is read back. A
/// second sheet explains the criteria.
public enum EvaluationFormWorkbook {
    /// The file names of the groups' forms, in order: `evaluation-form-2026Q4-运管中心.xlsx`, each
    /// group's name made safe and distinct from the others'.
    public static func fileNames(quarter: Quarter, groups: [PolicySettings.CommitteeGroup]) -> [String] {
        SafeFileName.distinct(groups.map(\.name), fallback: "group").map { "evaluation-form-\(quarter)-" + $0 + ".xlsx" }
    }

    public static func write(_ report: QuarterlyReport, group: PolicySettings.CommitteeGroup, language: ReportLanguage,
                             to path: String) throws {
        let wb = try ReportWorkbook(path: path, title: Label.formTitle.text(language) + " " + group.name, asOf: report.asOf,
                                    language: language, rows: report.customers.count)
        let indicators = report.evaluations.indicators
        // evaluations.csv's own column names (Import/InputColumns), Chinese or English as the
        // report language's table says, so that the sheet saved as CSV reads back as it is.
        let columns = InputFileKind.evaluations.columns(indicators: indicators)
        func header(_ key: String) -> String {
            let column = columns.first { $0.key == key }
            return language.words.usesChineseColumnNames ? column?.chineseNames.first ?? key : key
        }
        let scoreRule = XlsxValidation.numberBetween(0, 100, title: wb.label(.scoreValidationTitle),
                                                     message: wb.label(.scoreValidationMessage))
        // The columns evaluations.csv reads, by their names there: empty, for the group to fill in.
        var t = wb.table(of: FormRow.self)
        t.keptInView = ColumnID(.customerName)
        t.add(ColumnID(group: "evaluations", "customer_id"), title: header("customer_id"), width: 12) {
            .text($0.line.customer.id)
        }
        t.add(.customerName, width: 28) { .text($0.line.customer.name) }
        t.add(ColumnID(group: "evaluations", "group"), title: header("group"), width: 10) { _ in .text(group.name) }
        t.add(ColumnID(group: "evaluations", "evaluator"), title: header("evaluator"), width: 10) { _ in .blank }
        t.add(ColumnID(group: "evaluations", "evaluation_date"), title: header("evaluation_date"), .date,
              validation: .dateBetween(report.quarter.adding(quarters: -1).firstDay, report.asOf.adding(days: 366))) { _ in .blank }
        for indicator in indicators {
            t.add(ColumnID(group: "indicator", indicator.id), title: header(indicator.id), .score, width: 10,
                  validation: scoreRule) { _ in .blank }
        }
        // What the evaluators go by; ignored when the sheet is read back.
        t.add(.status, width: 8) { .text(ValueNames.status($0.line.customer.status).text(language)) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.line.customer.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.line.customer.department) }
        t.add(.tierInForce, width: 8) { .text(orBlank: $0.line.tier.tier?.rawValue) }
        t.add(.score, .score) { .score(orBlank: $0.line.score) }
        for field in [ProfileField.registeredCapital, .annualRevenue] {
            t.add(ColumnID(group: "profile", field.rawValue), title: ProfileNames.title(field, language), width: 16) {
                .text($0.line.customer.profile(field))
            }
        }
        for (k, indicator) in indicators.enumerated() where indicator.criteria != nil {
            let name = EvaluationText.indicatorName(indicator, language)
            t.add(ColumnID(group: "criterionBand", indicator.id), title: name + " " + wb.label(.criterionBand), .wrappedText,
                  width: 30) { .text(EvaluationText.criterion($0.breakdown.items[k], indicator, language)) }
            t.add(ColumnID(group: "suggestedScore", indicator.id), title: name + " " + wb.label(.suggestedScore), .score,
                  width: 10) { row in
                row.breakdown.items[k].criteriaScore.flatMap { $0.units(atScale: 2) }.map { .score(Score(hundredths: $0)) } ?? .blank
            }
        }
        // No title lines: the header is the first row, so that the sheet saved as CSV is evaluations.csv.
        var sheet = try wb.sheet(.sheetEvaluationForm, title: [], table: t)
        for (i, line) in report.customers.enumerated() where QuarterlyEvaluation.isToEvaluate(line) {
            try sheet.append(FormRow(line: line, breakdown: line.evaluation(report.evaluations, index: i).breakdown))
        }
        try guide(report, group: group, wb: wb)
        try wb.close()
    }

    /// One customer of the form, with the criteria's suggested scores.
    struct FormRow {
        let line: QuarterlyLine
        let breakdown: ScoreBreakdown
    }

    /// 评分说明: how to fill the form in, and every indicator's weight and criteria.
    private static func guide(_ report: QuarterlyReport, group: PolicySettings.CommitteeGroup, wb: ReportWorkbook) throws {
        let heading = [wb.label(.formTitle) + " · " + group.name + " · " + wb.label(.quarter) + " " + report.quarter.description,
                       wb.label(.formInstructions)]
        var t = wb.table(of: PolicySettings.Indicator.self)
        let language = wb.language
        t.add(.indicator, width: 16) { .text(EvaluationText.indicatorName($0, language)) }
        t.add(.weight, .decimal, width: 8) { .decimal($0.weight) }
        t.add(.criterionBand, .wrappedText, width: 60) { indicator in
            .text(indicator.criteria.map { criteria in
                criteria.bands.map { EvaluationText.band($0, criteria.measure, language) }.joined(separator: "\n")
            } ?? "—")
        }
        var sheet = try wb.sheet(.sheetScoringGuide, title: heading, table: t)
        for indicator in report.evaluations.indicators {
            try sheet.append(indicator)
        }
    }
}
