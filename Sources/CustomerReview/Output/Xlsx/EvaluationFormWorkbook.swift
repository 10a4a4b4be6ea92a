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
        let zh = language == .zh
        func header(_ key: String, _ chinese: String) -> String { zh ? chinese : key }
        let scoreRule = XlsxValidation.numberBetween(0, 100, title: wb.label(.scoreValidationTitle),
                                                     message: wb.label(.scoreValidationMessage))
        var columns = [
            XlsxColumn(header("customer_id", "客户编号"), width: 12), XlsxColumn(wb.label(.customerName), width: 28),
            XlsxColumn(header("group", "评估部门"), width: 10), XlsxColumn(header("evaluator", "评估人"), width: 10),
            XlsxColumn(header("evaluation_date", "评估日期"), .date,
                       validation: .dateBetween(report.quarter.adding(quarters: -1).firstDay, report.asOf.adding(days: 366))),
        ]
        columns += indicators.map { XlsxColumn(zh ? $0.name : $0.id, .score, width: 10, validation: scoreRule) }
        columns += [
            XlsxColumn(wb.label(.status), width: 8), XlsxColumn(wb.label(.salesperson), width: 10),
            XlsxColumn(wb.label(.department), width: 12), XlsxColumn(wb.label(.tierInForce), width: 8),
            XlsxColumn(wb.label(.score), .score), XlsxColumn(ProfileNames.title(.registeredCapital, language), width: 16),
            XlsxColumn(ProfileNames.title(.annualRevenue, language), width: 16),
        ]
        let withCriteria = indicators.enumerated().filter { $0.element.criteria != nil }
        for (_, indicator) in withCriteria {
            let name = EvaluationText.indicatorName(indicator, language)
            columns += [XlsxColumn(name + " " + wb.label(.criterionBand), .wrappedText, width: 30),
                        XlsxColumn(name + " " + wb.label(.suggestedScore), .score, width: 10)]
        }
        // No title lines: the header is the first row, so that the sheet saved as CSV is evaluations.csv.
        let sheet = try wb.sheet(.sheetEvaluationForm, title: [], columns: columns, frozenColumns: 2)
        for (i, line) in report.customers.enumerated() where line.customer.status != .eliminated {
            let c = line.customer
            let evaluation = line.evaluation(report.evaluations, index: i)
            var cells: [XlsxCell] = [.text(c.id), .text(c.name), .text(group.name), .blank, .blank]
            cells += indicators.map { _ in XlsxCell.blank }
            cells += [
                .text(ValueNames.status(c.status).text(language)), .text(orBlank: c.salesperson), .text(orBlank: c.department),
                .text(orBlank: line.tier.tier?.rawValue), .score(orBlank: line.score),
                .text(c.profile(.registeredCapital)), .text(c.profile(.annualRevenue)),
            ]
            for (k, indicator) in withCriteria {
                let item = evaluation.breakdown.items[k]
                cells += [.text(EvaluationText.criterion(item, indicator, language)),
                          item.criteriaScore.flatMap { $0.units(atScale: 2) }.map { .score(Score(hundredths: $0)) } ?? .blank]
            }
            try wb.append(cells, to: sheet)
        }
        try guide(report, group: group, wb: wb)
        try wb.close()
    }

    /// 评分说明: how to fill the form in, and every indicator's weight and criteria.
    private static func guide(_ report: QuarterlyReport, group: PolicySettings.CommitteeGroup, wb: ReportWorkbook) throws {
        let heading = [wb.label(.formTitle) + " · " + group.name + " · " + wb.label(.quarter) + " " + report.quarter.description,
                       wb.label(.formInstructions)]
        let sheet = try wb.sheet(.sheetScoringGuide, title: heading, columns: [
            XlsxColumn(wb.label(.indicator), width: 16), XlsxColumn(wb.label(.weight), .decimal, width: 8),
            XlsxColumn(wb.label(.criterionBand), .wrappedText, width: 60),
        ])
        for indicator in report.evaluations.indicators {
            let bands = indicator.criteria.map { criteria in
                criteria.bands.map { EvaluationText.band($0, criteria.measure, wb.language) }.joined(separator: "\n")
            } ?? "—"
            try wb.append([.text(EvaluationText.indicatorName(indicator, wb.language)), .decimal(indicator.weight), .text(bands)],
                          to: sheet)
        }
    }
}
