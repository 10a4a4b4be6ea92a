/// The agenda of the weekly business meeting as one self-contained HTML page (SPEC §2.9, §5
/// "HTML page"), made to be printed on A4 and taken into the meeting: the customers proposed
/// for a manager-level visit next week with their reasons and a column to write the decision
/// in, each salesperson's on-site visits so far against the month's pace (a chart and a
/// table), the visits awaiting approval, the abnormal relationships and the data issues, each
/// list capped at `htmlListLimit` rows with "N more in the workbook".
///
/// Built as the monthly page is: `templates/weekly.html` decides the look, every figure is
/// formatted here by hand, every word comes from the label tables, every value is escaped, and
/// the same report gives the same bytes.
public enum WeeklyPage {
    /// The page for `report` in `language`, from the template `weekly` of `templates`.
    public static func render(_ report: WeeklyReport, language: ReportLanguage, templates: TemplateSet) throws -> String {
        try templates.render("weekly", context(report, language: language))
    }

    /// The values `weekly.html` is rendered with (see the template for their names).
    static func context(_ report: WeeklyReport, language: ReportLanguage) -> TemplateValue {
        let content = Content(report: report, language: language)
        let lists = content.lists()
        return PageFigures.page(language, title: .weeklyTitle, asOf: report.asOf, values: [
            "week": .text(report.week.description),
            "weekDays": .text(report.week.monday.description + " – " + report.week.sunday.description),
            "month": .text(report.month.description),
        ], labels: [
            "week": .weekOf, "month": .period,
        ], headlineGroups: content.headlineGroups(), charts: [content.paceChart()], chartsHeading: nil, lists: lists)
    }

    /// The report, the language and what the page builds from them.
    struct Content: PageContent {
        let report: WeeklyReport
        let language: ReportLanguage
        /// Rows per list before "N more in the workbook".
        let limit: Int

        init(report: WeeklyReport, language: ReportLanguage) {
            self.report = report
            self.language = language
            limit = max(0, report.settings.htmlListLimit)
        }

        // MARK: Headline figures

        func headlineGroups() -> [TemplateValue] {
            let t = report.totalPace
            return [
                PageFigures.group(text(.sheetAgenda), [
                    PageFigures.figure(text(.agendaCount), PageFormat.count(report.agenda.count)),
                    PageFigures.figure(text(.headlineAbnormal), PageFormat.count(report.abnormal.count), alert: !report.abnormal.isEmpty),
                    PageFigures.figure(text(.sectionAwaitingApproval), PageFormat.count(report.awaitingApproval.count),
                                       alert: !report.awaitingApproval.isEmpty),
                    PageFigures.figure(text(.headlineDataIssues), PageFormat.count(report.dataIssues.count),
                                       alert: !report.dataIssues.isEmpty),
                ]),
                PageFigures.group(text(.sheetPace) + " " + report.month.description, [
                    PageFigures.figure(text(.customersWithRequirement), PageFormat.count(t.customersWithMinimum)),
                    PageFigures.figure(text(.headlineVisitsRequired), PageFormat.count(t.required)),
                    PageFigures.figure(text(.expectedByNow), PageFormat.count(t.expectedByNow), note: report.asOf.description),
                    PageFigures.figure(text(.headlineVisitsCounted), PageFormat.count(t.counted), alert: t.counted < t.expectedByNow),
                    PageFigures.figure(text(.customersBehind), PageFormat.count(t.customersBehind), alert: t.customersBehind > 0),
                ]),
            ]
        }

        // MARK: Chart

        /// Each salesperson's on-site visits counted so far (the bar) against the month's
        /// required visits (the track) and the pace expected by now (the mark), in the order
        /// of the pace table.
        func paceChart() -> TemplateValue {
            let people = orderedPace().filter { $0.required > 0 }
            let rows = people.prefix(limit).map { p in
                SVGChart.Bullet(label: p.name ?? text(.unassigned), target: Int64(p.required), value: Int64(p.counted),
                                valueText: PageFormat.count(p.counted) + "/" + PageFormat.count(p.expectedByNow),
                                isShort: p.counted < p.expectedByNow, mark: Int64(p.expectedByNow))
            }
            let title = text(.chartVisitPace)
            let svg = SVGChart.bullets(id: "chart-pace", title: title, legend: (text(.seriesRequired), text(.countedVisits)),
                                       markLegend: text(.expectedByNow), rows: rows, empty: text(.nothingToReport))
            let note = people.count > limit ? PageFormat.more(people.count - limit, language) : nil
            return PageFigures.chart(id: "chart-pace", title: title, svg: svg, note: note)
        }

        /// Salespeople with the most customers behind first, then in the report's order (by
        /// name, the unassigned last).
        func orderedPace() -> [SalespersonPace] {
            report.pace.enumerated().sorted { a, b in
                a.element.customersBehind != b.element.customersBehind
                    ? a.element.customersBehind > b.element.customersBehind : a.offset < b.offset
            }.map(\.element)
        }
    }
}
