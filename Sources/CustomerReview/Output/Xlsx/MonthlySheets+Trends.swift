/// The 趋势 / Trends sheet: twelve months of company figures (a month without a figure is an
/// empty cell, which the summary's line charts draw as a gap), then each salesperson's visit
/// compliance over the last six months.
extension MonthlySheets {
    /// Where the twelve month rows are and what their columns hold, for the summary's charts.
    struct TrendRows {
        var first: XlsxRowPosition
        var last: XlsxRowPosition
        var sheet: TableSheet<MonthlyTrends.Month>

        /// The month rows' cells of one column.
        func range(_ column: Label) -> XlsxCellRange? { sheet.range(column, from: first, through: last) }
    }

    func trendTable() -> SheetTable<MonthlyTrends.Month> {
        var t = wb.table(of: MonthlyTrends.Month.self)
        t.add(.trendMonth, width: 14) { .text($0.month.description) }
        t.add(.trendInvoiced, .money) { .money(orBlank: $0.invoiced) }
        t.add(.onSiteVisits, .integer) { $0.onSiteVisits.map { .integer(Int64($0)) } ?? .blank }
        t.add(.outstanding, .money) { .money(orBlank: $0.outstanding) }
        t.add(.overThreeMonths, .money) { .money(orBlank: $0.overThreeMonths) }
        t.add(.overdue, .money) { .money(orBlank: $0.overdue) }
        t.add(.compliance, .percent) { Self.percent($0.compliance) }
        t.add(.trendFromSnapshot, width: 10) { .text($0.hasSnapshot ? "✓" : "") }
        return t
    }

    func trends() throws -> TrendRows? {
        guard let trends = report.trends else { return nil }
        var sheet = try wb.sheet(.sheetTrends, title: heading + [label(.trendGapNote)], table: trendTable())
        var first: XlsxRowPosition?
        var last: XlsxRowPosition?
        for m in trends.months {
            let position = try sheet.append(m)
            if first == nil { first = position }
            last = position
        }
        // Under the table, a block of its own: a salesperson a row, a month a column (the
        // months are the block's header row, so they are cells, not columns of the table).
        try wb.append([], to: sheet.sheet)
        try wb.append([.text(label(.trendComplianceBySalesperson))], to: sheet.sheet)
        try wb.append([.text(label(.salesperson))] + trends.salespersonMonths.map { .text($0.description) }, to: sheet.sheet)
        for s in trends.salespeople {
            try wb.append([.text(s.name ?? label(.unassigned))] + s.compliance.map(Self.percent), to: sheet.sheet)
        }
        guard let first, let last else { return nil }
        return TrendRows(first: first, last: last, sheet: sheet)
    }
}
