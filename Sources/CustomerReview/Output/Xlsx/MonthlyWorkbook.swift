/// The monthly review's workbook: a summary with charts, then one sheet per list — customers,
/// visit compliance, the period's visit records with the manager's review columns,
/// receivables aging, departments, contracts, policy findings, tier policies, data issues.
///
/// The list sheets are planned first, every worksheet made, then written each in row order
/// (constant-memory mode for large runs), the sheets shared between two threads; the summary
/// is the first sheet but is filled last, so it can name the sheets that were continued past
/// Excel's row limit and the cells that had to be changed.
public enum MonthlyWorkbook {
    /// - Parameter rowLimit: rows per sheet before a numbered continuation sheet (Excel's limit).
    public static func write(_ report: MonthlyReport, language: ReportLanguage, to path: String,
                             rowLimit: Int = XlsxWorkbookOptions.excelRowLimit) throws {
        try writeSheets(report, language: language, to: path, rowLimit: rowLimit).close()
    }

    /// Every sheet written — the list sheets on two threads, then the summary — leaving only
    /// the packing of the file (`close`), which runs on one core.
    static func writeSheets(_ report: MonthlyReport, language: ReportLanguage, to path: String,
                            rowLimit: Int = XlsxWorkbookOptions.excelRowLimit,
                            writing: ReportWorkbook.SheetWriting = .standard) throws -> ReportWorkbook {
        let rows = report.customers.count * 2 + report.visits.count + report.findings.count + report.dataIssues.count
        let title = Label.monthlyTitle.text(language)
        let wb = try ReportWorkbook(path: path, title: title, asOf: report.asOf, language: language, rows: rows,
                                    rowLimit: rowLimit, writing: writing)
        let heading = [title + " " + report.period.description,
                       "\(wb.label(.period)): \(report.period)    \(wb.label(.asOf)): \(report.asOf)"]
        let marks = ReviewMarks.inForce(report.settings, language)
        let summary = try wb.sheet(.sheetSummary, title: heading,
                                   table: wb.summaryTable(figure: .money, width: 18, second: .money, width: 18))
        let trendRows = try MonthlySheets(report: report, wb: wb, heading: heading, marks: marks).writeAll()
        var summaryWriter = MonthlySummary(report: report, wb: wb, sheet: summary, trendRows: trendRows)
        try summaryWriter.write()
        try wb.appendNotes(to: &summaryWriter.sheet, coverage: report.coverage)
        return wb
    }
}

/// The summary sheet: headline figures, the small tables the charts read, the charts.
struct MonthlySummary {
    /// The rows the three charts start at, 16 apart: one printed page each.
    static let chartRows = [2, 18, 34]

    let report: MonthlyReport
    let wb: ReportWorkbook
    var sheet: TableSheet<SummaryLine>
    var trendRows: MonthlySheets.TrendRows? = nil

    mutating func write() throws {
        let t = report.totals
        let r = t.receivables
        func count(_ l: Label, _ n: Int) throws { try sheet.append(SummaryLine(.text(wb.label(l)), .integer(Int64(n)))) }
        func money(_ l: Label, _ m: Money) throws { try sheet.append(SummaryLine(.text(wb.label(l)), .money(m))) }
        try count(.headlineCustomers, t.customers)
        try count(.headlineSigned, t.statusCounts[.signed] ?? 0)
        try count(.headlinePotential, t.statusCounts[.potential] ?? 0)
        try count(.headlineEliminated, t.statusCounts[.eliminated] ?? 0)
        try count(.headlineAbnormal, t.abnormal)
        try count(.headlineUnscored, t.unscored)
        try count(.headlineVisitsRequired, t.required)
        try count(.headlineVisitsCounted, t.countedVisits)
        try count(.headlineVisitsShort, t.shortfall)
        try sheet.append(SummaryLine(.text(wb.label(.headlineCompliance)),
                                     t.compliancePercent.map { .percent(Double($0.units) / 1000) } ?? .blank))
        try money(.headlineInvoiced, r.invoiced)
        try money(.headlineCommission, t.commission)
        try money(.headlineOutstanding, r.outstanding)
        try money(.headlineCurrentMonth, r.currentMonth)
        try money(.headlineOverThreeMonths, r.overThreeMonths)
        try money(.headlineOverdue, r.overdue)
        try count(.headlineFindings, report.findings.count)
        try count(.headlineDataIssues, report.dataIssues.count)
        try sheet.append(.gap)
        try tierMix()
        try sheet.append(.gap)
        try visitCompliance()
        try sheet.append(.gap)
        try aging()
        try sheet.append(.gap)
        try trendCharts()
    }

    /// Three line charts of the 趋势 sheet's twelve months: money, on-site visits, compliance.
    /// Empty cells (no snapshot, or before the export) are gaps in the lines.
    private mutating func trendCharts() throws {
        guard let rows = trendRows, let months = rows.range(.trendMonth) else { return }
        func series(_ l: Label) -> XlsxChart.Series? {
            rows.range(l).map { XlsxChart.Series(name: wb.label(l), categories: months, values: $0) }
        }
        let money = [series(.trendInvoiced), series(.outstanding), series(.overThreeMonths), series(.overdue)].compactMap { $0 }
        try wb.chart(XlsxChart(.line, title: wb.label(.chartTrendMoney), categoryAxisName: wb.label(.trendMonth),
                               valueAxisName: wb.label(.outstanding), series: money), on: sheet.sheet, row: 50, column: 4)
        if let visits = series(.onSiteVisits) {
            try wb.chart(XlsxChart(.line, title: wb.label(.chartTrendVisits), categoryAxisName: wb.label(.trendMonth),
                                   valueAxisName: wb.label(.onSiteVisits), series: [visits]), on: sheet.sheet, row: 66, column: 4)
        }
        if let compliance = series(.compliance) {
            try wb.chart(XlsxChart(.line, title: wb.label(.chartTrendCompliance), categoryAxisName: wb.label(.trendMonth),
                                   valueAxisName: wb.label(.compliance), series: [compliance]), on: sheet.sheet, row: 82, column: 4)
        }
    }

    /// A small table under a bold-less caption, returning the first and last data rows.
    private mutating func table(_ caption: SummaryLine, _ rows: [SummaryLine]) throws -> (XlsxRowPosition, XlsxRowPosition)? {
        try sheet.append(caption)
        var first: XlsxRowPosition?
        var last: XlsxRowPosition?
        for row in rows {
            let position = try sheet.append(row)
            if first == nil { first = position }
            last = position
        }
        guard let first, let last else { return nil }
        return (first, last)
    }

    private mutating func tierMix() throws {
        let t = report.totals
        var rows = Tier.allCases.map { SummaryLine(.text($0.rawValue), .integer(Int64(t.tierCounts[$0] ?? 0))) }
        rows.append(SummaryLine(.text(wb.label(.untiered)), .integer(Int64(t.untiered))))
        guard let (first, last) = try table(SummaryLine(.text(wb.label(.chartTierMix)), .text(wb.label(.seriesCustomers))), rows),
              let categories = sheet.range(SummaryLine.itemColumn, from: first, through: last),
              let values = sheet.range(SummaryLine.figureColumn, from: first, through: last) else { return }
        let eliminated = t.statusCounts[.eliminated] ?? 0
        let title = wb.label(.chartTierMix) + (eliminated == 0 ? ""
            : " (" + wb.label(.eliminatedNotShown).replacingOccurrences(of: "%d", with: String(eliminated)) + ")")
        try wb.chart(XlsxChart(.pie, title: title,
                               series: [.init(name: wb.label(.seriesCustomers), categories: categories, values: values)],
                               showsValues: true), on: sheet.sheet, row: Self.chartRows[0], column: 4)
    }

    private mutating func visitCompliance() throws {
        let groups = report.salespeople.filter { $0.customersWithRequirement > 0 }
        let rows = groups.map { g in
            SummaryLine(.text(g.name ?? wb.label(.unassigned)), .integer(Int64(g.required)), .integer(Int64(g.countedVisits)))
        }
        guard let (first, last) = try table(SummaryLine(.text(wb.label(.chartVisitCompliance)), .text(wb.label(.seriesRequired)),
                                                        .text(wb.label(.seriesDone))), rows),
              let categories = sheet.range(SummaryLine.itemColumn, from: first, through: last),
              let required = sheet.range(SummaryLine.figureColumn, from: first, through: last),
              let done = sheet.range(SummaryLine.secondColumn, from: first, through: last) else { return }
        try wb.chart(XlsxChart(.column, title: wb.label(.chartVisitCompliance), valueAxisName: wb.label(.onSiteVisits),
                               series: [.init(name: wb.label(.seriesRequired), categories: categories, values: required),
                                        .init(name: wb.label(.seriesDone), categories: categories, values: done)]),
                     on: sheet.sheet, row: Self.chartRows[1], column: 4)
    }

    private mutating func aging() throws {
        let r = report.totals.receivables
        var rows = zip(report.receivableRules.bucketLabels, r.buckets).map { SummaryLine(.text($0), .money($1)) }
        rows.append(SummaryLine(.text(wb.label(.afterPeriodEnd)), .money(r.afterPeriodEnd)))
        guard let (first, last) = try table(SummaryLine(.text(wb.label(.chartAging)), .text(wb.label(.seriesOutstanding))), rows),
              let categories = sheet.range(SummaryLine.itemColumn, from: first, through: last),
              let values = sheet.range(SummaryLine.figureColumn, from: first, through: last) else { return }
        try sheet.append(SummaryLine(.text(wb.label(.total)), .money(r.outstanding)))
        var chart = XlsxChart(.column, title: wb.label(.chartAging), categoryAxisName: wb.label(.agingBucket),
                              valueAxisName: wb.label(.outstanding),
                              series: [.init(name: wb.label(.seriesOutstanding), categories: categories, values: values)])
        chart.valueFormat = "#,##0"
        try wb.chart(chart, on: sheet.sheet, row: Self.chartRows[2], column: 4)
        // Each chart (about 15 rows tall) begins a printed page, so none is split.
        try wb.pageBreaks(on: sheet.sheet, beforeRows: Array(Self.chartRows.dropFirst()))
    }
}
