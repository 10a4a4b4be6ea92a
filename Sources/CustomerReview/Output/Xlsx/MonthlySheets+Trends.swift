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

    /// The trends sheet, planned, and where its month rows will be once it is written.
    func trends() throws -> (job: XlsxSheetJob, rows: Written<TrendRows?>)? {
        guard let trends = report.trends else { return nil }
        let rows = Written<TrendRows?>(nil)
        // The months, then a gap, a caption and a header over the salespeople.
        let count = trends.months.count + 3 + trends.salespeople.count
        let job = try wb.sheet(.sheetTrends, title: heading + [label(.trendGapNote)], table: trendTable(),
                               count: count, sample: trends.months) { sheet in
            var first: XlsxRowPosition?
            var last: XlsxRowPosition?
            for m in trends.months {
                let position = try sheet.append(m)
                if first == nil { first = position }
                last = position
            }
            // Under the table, a block of its own: a salesperson a row, a month a column (the
            // months are the block's header row, so they are cells, not columns of the table).
            try sheet.appendCells([])
            try sheet.appendCells([.text(label(.trendComplianceBySalesperson))])
            try sheet.appendCells([.text(label(.salesperson))] + trends.salespersonMonths.map { .text($0.description) })
            for s in trends.salespeople {
                try sheet.appendCells([.text(s.name ?? label(.unassigned))] + s.compliance.map(Self.percent))
            }
            if let first, let last { rows.value = TrendRows(first: first, last: last, sheet: sheet) }
        }
        return (job, rows)
    }
}

/// A value a planned sheet's writing leaves for later (the rows a chart reads), read once
/// `writeSheets` has returned.
final class Written<Value> {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
