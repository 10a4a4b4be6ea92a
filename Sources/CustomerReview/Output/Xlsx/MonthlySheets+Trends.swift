/// The 趋势 / Trends sheet: twelve months of company figures (a month without a figure is an
/// empty cell, which the summary's line charts draw as a gap), then each salesperson's visit
/// compliance over the last six months.
extension MonthlySheets {
    /// Where the twelve month rows are, for the summary's charts.
    struct TrendRows {
        var first: XlsxRowPosition
        var last: XlsxRowPosition
    }

    func trends() throws -> TrendRows? {
        guard let trends = report.trends else { return nil }
        let columns = [
            XlsxColumn(label(.trendMonth), width: 14), XlsxColumn(label(.trendInvoiced), .money),
            XlsxColumn(label(.onSiteVisits), .integer), XlsxColumn(label(.outstanding), .money),
            XlsxColumn(label(.overThreeMonths), .money), XlsxColumn(label(.overdue), .money),
            XlsxColumn(label(.compliance), .percent), XlsxColumn(label(.trendFromSnapshot), width: 10),
        ]
        let sheet = try wb.sheet(.sheetTrends, title: heading + [label(.trendGapNote)], columns: columns)
        var first: XlsxRowPosition?
        var last: XlsxRowPosition?
        for m in trends.months {
            let position = try wb.append([
                .text(m.month.description), .money(orBlank: m.invoiced),
                m.onSiteVisits.map { .integer(Int64($0)) } ?? .blank,
                .money(orBlank: m.outstanding), .money(orBlank: m.overThreeMonths), .money(orBlank: m.overdue),
                m.compliance.map { .percent(Double($0) / 1000) } ?? .blank,
                .text(m.hasSnapshot ? "✓" : ""),
            ], to: sheet)
            if first == nil { first = position }
            last = position
        }
        try wb.append([], to: sheet)
        try wb.append([.text(label(.trendComplianceBySalesperson))], to: sheet)
        try wb.append([.text(label(.salesperson))] + trends.salespersonMonths.map { .text($0.description) }, to: sheet)
        for s in trends.salespeople {
            try wb.append([.text(s.name ?? label(.unassigned))] + s.compliance.map { $0.map { .percent(Double($0) / 1000) } ?? .blank },
                          to: sheet)
        }
        guard let first, let last else { return nil }
        return TrendRows(first: first, last: last)
    }
}
