/// The quarterly tier adjustment as one self-contained HTML page (SPEC §2.13, §5 "HTML
/// page"): the movements, two inline SVG charts, the tier changes with the policy changes they
/// bring, the contract gaps under the proposed tiers, the customers for (re)assignment, the
/// movements per salesperson and department and the data issues, each list capped at
/// `htmlListLimit` rows with "N more in the workbook".
///
/// Built as the monthly page is: `templates/quarterly.html` decides the look, every figure is
/// formatted here by hand, every word comes from the label tables, every value is escaped, and
/// the same report gives the same bytes.
public enum QuarterlyPage {
    /// The page for `report` in `language`, from the template `quarterly` of `templates`.
    public static func render(_ report: QuarterlyReport, language: ReportLanguage, templates: TemplateSet) throws -> String {
        try templates.render("quarterly", context(report, language: language))
    }

    /// The values `quarterly.html` is rendered with (see the template for their names).
    static func context(_ report: QuarterlyReport, language: ReportLanguage) -> TemplateValue {
        let content = Content(report: report, language: language)
        let lists = content.lists()
        return PageFigures.page(language, title: .quarterlyTitle, asOf: report.asOf, values: [
            "quarter": .text(report.quarter.description),
            "previousSnapshot": .text(report.previousSnapshot?.description ?? Label.none.text(language)),
        ], labels: [
            "quarter": .quarter, "previousSnapshot": .previousSnapshot,
        ], headlineGroups: content.headlineGroups(), charts: content.charts(), chartsHeading: .sectionCharts, lists: lists,
           notice: report.coverage?.note(language))
    }

    /// The report, the language and what the page builds from them.
    struct Content: PageContent {
        let report: QuarterlyReport
        let language: ReportLanguage
        /// Rows per list before "N more in the workbook".
        let limit: Int

        init(report: QuarterlyReport, language: ReportLanguage) {
            self.report = report
            self.language = language
            limit = max(0, report.settings.htmlListLimit)
        }

        // MARK: Headline figures

        func headlineGroups() -> [TemplateValue] {
            let t = report.totals
            let share = { (count: Int) in PageFormat.percent(tenths: PageFormat.share(count, of: t.customers)) }
            return [
                PageFigures.group(text(.headlineMovements), [
                    PageFigures.figure(text(.headlineCustomers), PageFormat.count(t.customers)),
                    PageFigures.figure(text(.headlineUp), PageFormat.count(t.up), note: share(t.up)),
                    PageFigures.figure(text(.headlineDown), PageFormat.count(t.down), note: share(t.down)),
                    PageFigures.figure(text(.headlineSame), PageFormat.count(t.same), note: share(t.same)),
                    PageFigures.figure(text(.headlineNew), PageFormat.count(t.new), note: share(t.new)),
                ]),
                PageFigures.group(text(.groupChecks), [
                    PageFigures.figure(text(.headlineUnscored), PageFormat.count(t.unscored), note: text(.movementNone),
                                       alert: t.unscored > 0),
                    PageFigures.figure(text(.headlineContractGaps), PageFormat.count(t.contractGaps),
                                       note: report.hasContractData ? nil : text(.noContractData), alert: t.contractGaps > 0),
                    PageFigures.figure(text(.headlineReassignment), PageFormat.count(t.reassignment), alert: t.reassignment > 0),
                    PageFigures.figure(text(.headlineDataIssues), PageFormat.count(report.dataIssues.count),
                                       alert: !report.dataIssues.isEmpty),
                ]),
                committeeHeadlines(),
            ]
        }

        // MARK: Charts

        func charts() -> [TemplateValue] {
            [movementChart(), tierMixChart(), boundChart()]
        }

        /// Customers by movement, unscored ones (no proposal) last.
        private func movementChart() -> TemplateValue {
            let t = report.totals
            let rows: [(Label, Int, String)] = [
                (.headlineUp, t.up, "move-up"), (.headlineDown, t.down, "move-down"), (.headlineSame, t.same, "move-same"),
                (.headlineNew, t.new, "move-new"), (.headlineUnscored, t.unscored, "move-none"),
            ]
            let bars = rows.map { label, count, style in
                SVGChart.Bar(label: text(label), value: Int64(count),
                             valueText: PageFormat.count(count) + " · " + PageFormat.percent(tenths: PageFormat.share(count, of: t.customers)),
                             style: style)
            }
            let title = text(.headlineMovements)
            let svg = SVGChart.bars(id: "chart-movements", title: title, heading: nil, bars: bars,
                                    footer: text(.customers) + " " + PageFormat.count(t.customers), empty: text(.nothingToReport))
            return PageFigures.chart(id: "chart-movements", title: title, svg: svg, note: nil)
        }

        /// Customers not eliminated by tier after the adjustment (the proposal, or the previous
        /// tier kept for an unscored customer), each with its count before.
        private func tierMixChart() -> TemplateValue {
            let mix = report.tierMix
            let styles = ["tier-a", "tier-b", "tier-c", "untiered"]
            let bars = zip(TierMix.tiers, styles).map { tier, style in
                let before = mix.before[tier] ?? 0
                let after = mix.after[tier] ?? 0
                return SVGChart.Bar(label: tier?.rawValue ?? text(.untiered), value: Int64(after),
                                    valueText: PageFormat.count(before) + " → " + PageFormat.count(after), style: style)
            }
            let title = text(.chartTierMixChange)
            let svg = SVGChart.bars(id: "chart-tier-mix", title: title, heading: nil, bars: mix.customers == 0 ? [] : bars,
                                    footer: text(.previousTier) + " → " + text(.snapshotTier), empty: text(.nothingToReport))
            let eliminated = mix.eliminated
            return PageFigures.chart(id: "chart-tier-mix", title: title, svg: svg,
                                     note: eliminated == 0 ? nil
                                         : text(.eliminatedNotShown).replacingOccurrences(of: "%d", with: PageFormat.count(eliminated)))
        }
    }
}
