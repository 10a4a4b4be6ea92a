/// The page's trends: twelve months of company figures as line charts (a month without a
/// figure is a gap), and each salesperson's visit compliance over the last six months as a
/// small table with a bar under each rate.
extension MonthlyPage.Content {
    func trendCharts() -> [TemplateValue] {
        guard let trends = report.trends else { return [] }
        let months = trends.months.map { CalendarDate.pad($0.month.month, 2) }
        let years = trends.months.enumerated().map { k, m in k == 0 || m.month.month == 1 ? String(m.month.year) : nil }
        func yuan(_ fen: Int64) -> String { PageFormat.count(Int(fen / 100)) }
        func line(_ l: Label, _ k: Int, _ values: [Int64?]) -> SVGChart.Line {
            SVGChart.Line(name: text(l), color: SVGChart.lineColors[k % SVGChart.lineColors.count], values: values)
        }
        let money = SVGChart.lines(
            id: "chart-trend-money", title: text(.chartTrendMoney), months: months, years: years,
            lines: [line(.trendInvoiced, 0, trends.months.map { $0.invoiced?.fen }),
                    line(.outstanding, 1, trends.months.map { $0.outstanding?.fen }),
                    line(.overThreeMonths, 2, trends.months.map { $0.overThreeMonths?.fen }),
                    line(.overdue, 3, trends.months.map { $0.overdue?.fen })],
            format: yuan, empty: text(.nothingToReport))
        let visits = SVGChart.lines(
            id: "chart-trend-visits", title: text(.chartTrendVisits), months: months, years: years,
            lines: [line(.onSiteVisits, 0, trends.months.map { $0.onSiteVisits.map(Int64.init) })],
            format: { PageFormat.count(Int($0)) }, empty: text(.nothingToReport))
        let compliance = SVGChart.lines(
            id: "chart-trend-compliance", title: text(.chartTrendCompliance), months: months, years: years,
            lines: [line(.compliance, 0, trends.months.map { $0.compliance.map(Int64.init) })],
            format: { PageFormat.percent(tenths: $0) }, empty: text(.nothingToReport))
        let people = trends.salespeople.prefix(limit)
        let grid = SVGChart.rateGrid(
            id: "chart-trend-salespeople", title: text(.trendComplianceBySalesperson),
            columns: trends.salespersonMonths.map(\.description),
            rows: people.map { (label: $0.name ?? text(.unassigned), rates: $0.compliance) }, empty: text(.nothingToReport))
        let gaps = text(.trendGapNote)
        return [
            PageFigures.chart(id: "chart-trend-money", title: text(.chartTrendMoney), svg: money, note: gaps),
            PageFigures.chart(id: "chart-trend-visits", title: text(.chartTrendVisits), svg: visits, note: nil),
            PageFigures.chart(id: "chart-trend-compliance", title: text(.chartTrendCompliance), svg: compliance, note: gaps),
            PageFigures.chart(id: "chart-trend-salespeople", title: text(.trendComplianceBySalesperson), svg: grid,
                              note: trends.salespeople.count > limit ? PageFormat.more(trends.salespeople.count - limit, language) : nil),
        ]
    }
}
