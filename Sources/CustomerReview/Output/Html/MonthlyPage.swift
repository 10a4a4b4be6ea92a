/// The monthly 15th review as one self-contained HTML page (SPEC §5 "HTML page"): the
/// headline figures, three inline SVG charts, the per-salesperson visit compliance and the
/// exception lists, each capped at `htmlListLimit` rows with "N more in the workbook".
///
/// This file turns a `MonthlyReport` into the template's values; `templates/monthly.html`
/// decides how they look. Every figure is formatted here by hand (`PageFormat`), every word
/// comes from `Label`, `FindingText`, `ValueNames` or the data issue messages, and every value
/// is escaped by the template engine or, inside the charts, by `HTMLEscaping.escape(_:)`. The
/// same report gives the same bytes.
public enum MonthlyPage {
    /// The page for `report` in `language`, from the template `monthly` of `templates`.
    public static func render(_ report: MonthlyReport, language: ReportLanguage, templates: TemplateSet) throws -> String {
        try templates.render("monthly", context(report, language: language))
    }

    /// The values `monthly.html` is rendered with (see the template for their names).
    static func context(_ report: MonthlyReport, language: ReportLanguage) -> TemplateValue {
        let content = Content(report: report, language: language)
        let lists = content.sinceLastMonthLists() + content.lists()
        let since = content.sinceLastMonthGroup()
        return PageFigures.page(language, title: .monthlyTitle, asOf: report.asOf,
                                values: ["period": .text(report.period.description), "sinceLastMonth": .bool(since != nil)],
                                labels: ["period": .period],
                                headlineGroups: content.headlineGroups() + (since.map { [$0] } ?? []), charts: content.charts(),
                                chartsHeading: .sectionCharts, lists: lists, notice: report.coverage?.note(language))
    }

    /// The report, the language and what the page builds from them.
    struct Content: PageContent {
        let report: MonthlyReport
        let language: ReportLanguage
        /// Rows per list before "N more in the workbook".
        let limit: Int
        /// Each customer's line by id, for the columns of a finding's row.
        let lineByID: [String: Int]

        init(report: MonthlyReport, language: ReportLanguage) {
            self.report = report
            self.language = language
            limit = max(0, report.settings.htmlListLimit)
            lineByID = Dictionary(report.customers.enumerated().map { ($1.customer.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func line(_ customerID: String) -> CustomerLine? {
            lineByID[customerID].map { report.customers[$0] }
        }

        // MARK: Headline figures

        func headlineGroups() -> [TemplateValue] {
            let t = report.totals
            let r = t.receivables
            let meeting = text(.customersMeeting) + " " + PageFormat.count(t.customersMeetingRequirement)
                + "/" + PageFormat.count(t.customersWithRequirement)
            return [
                group(text(.sheetCustomers), [
                    figure(.headlineCustomers, PageFormat.count(t.customers)),
                    figure(.headlineSigned, PageFormat.count(t.statusCounts[.signed] ?? 0)),
                    figure(.headlinePotential, PageFormat.count(t.statusCounts[.potential] ?? 0)),
                    figure(.headlineEliminated, PageFormat.count(t.statusCounts[.eliminated] ?? 0)),
                    figure(.headlineAbnormal, PageFormat.count(t.abnormal), alert: t.abnormal > 0),
                ]),
                group(text(.onSiteVisits), [
                    figure(.headlineVisitsRequired, PageFormat.count(t.required)),
                    figure(.headlineVisitsCounted, PageFormat.count(t.countedVisits),
                           note: text(.onSiteVisits) + " " + PageFormat.count(t.onSiteVisits)),
                    figure(.headlineVisitsShort, PageFormat.count(t.shortfall), alert: t.shortfall > 0),
                    figure(.headlineCompliance, PageFormat.percent(t.compliancePercent), note: meeting,
                           alert: t.customersMeetingRequirement < t.customersWithRequirement),
                ]),
                group(Label.groupPerformance.text(language), [
                    figure(.headlineInvoiced, PageFormat.money(r.invoiced)),
                    figure(.headlineCommission, PageFormat.money(t.commission)),
                ]),
                group(Label.groupReceivables.text(language), [
                    figure(.headlineOutstanding, PageFormat.money(r.outstanding)),
                    figure(.headlineCurrentMonth, PageFormat.money(r.currentMonth)),
                    figure(.headlineOverThreeMonths, PageFormat.money(r.overThreeMonths), alert: r.overThreeMonths > .zero),
                    figure(.headlineOverdue, PageFormat.money(r.overdue), alert: r.overdue > .zero),
                ]),
                group(Label.groupChecks.text(language), [
                    figure(.headlineFindings, PageFormat.count(report.findings.count), alert: !report.findings.isEmpty),
                    figure(.headlineUnscored, PageFormat.count(t.unscored), alert: t.unscored > 0),
                    figure(.headlineDataIssues, PageFormat.count(report.dataIssues.count), alert: !report.dataIssues.isEmpty),
                ]),
            ]
        }

        private func group(_ title: String, _ figures: [TemplateValue]) -> TemplateValue {
            PageFigures.group(title, figures)
        }

        private func figure(_ label: Label, _ value: String, note: String? = nil, alert: Bool = false) -> TemplateValue {
            PageFigures.figure(text(label), value, note: note, alert: alert)
        }

        // MARK: Charts

        func charts() -> [TemplateValue] {
            [tierChart(), visitChart(), agingChart()] + trendCharts()
        }

        /// Active customers by tier in force, with "no tier".
        private func tierChart() -> TemplateValue {
            let t = report.totals
            let counts = Tier.allCases.map { t.tierCounts[$0] ?? 0 } + [t.untiered]
            let active = counts.reduce(0, +)
            let names = Tier.allCases.map(\.rawValue) + [text(.untiered)]
            let styles = ["tier-a", "tier-b", "tier-c", "untiered"]
            let bars = zip(names, zip(counts, styles)).map { name, pair in
                SVGChart.Bar(label: name, value: Int64(pair.0),
                             valueText: PageFormat.count(pair.0) + " · " + PageFormat.percent(tenths: PageFormat.share(pair.0, of: active)),
                             style: pair.1)
            }
            let svg = SVGChart.bars(id: "chart-tiers", title: text(.chartTierMix), heading: text(.tierInForce), bars: bars,
                                    footer: text(.customers) + " " + PageFormat.count(active), empty: text(.nothingToReport))
            // The chart counts active customers; the headline counts all: say what is left out.
            let eliminated = t.statusCounts[.eliminated] ?? 0
            return chart(id: "chart-tiers", title: text(.chartTierMix), svg: svg,
                         note: eliminated == 0 ? nil : text(.eliminatedNotShown).replacingOccurrences(of: "%d", with: PageFormat.count(eliminated)))
        }

        /// Required on-site visits against the visits counted, per salesperson with customers
        /// to visit, in the order of the salesperson table.
        private func visitChart() -> TemplateValue {
            let people = orderedSalespeople().filter { $0.required > 0 }
            let rows = people.prefix(limit).map { g in
                SVGChart.Bullet(label: g.name ?? text(.unassigned), target: Int64(g.required), value: Int64(g.countedVisits),
                                valueText: PageFormat.count(g.countedVisits) + "/" + PageFormat.count(g.required),
                                isShort: g.countedVisits < g.required)
            }
            let svg = SVGChart.bullets(id: "chart-visits", title: text(.chartVisitCompliance),
                                       legend: (text(.seriesRequired), text(.countedVisits)), rows: rows,
                                       empty: text(.nothingToReport))
            let note = people.count > limit ? PageFormat.more(people.count - limit, language) : nil
            return chart(id: "chart-visits", title: text(.chartVisitCompliance), svg: svg, note: note)
        }

        /// Outstanding by aging bucket at the period end, with the invoices dated after it.
        private func agingChart() -> TemplateValue {
            let r = report.totals.receivables
            let labels = report.receivableRules.bucketLabels
            var bars = zip(labels, r.buckets).enumerated().map { index, pair in
                SVGChart.Bar(label: pair.0, value: pair.1.fen, valueText: PageFormat.money(pair.1),
                             style: SVGChart.ageStyle(index, of: labels.count))
            }
            bars.append(SVGChart.Bar(label: text(.afterPeriodEnd), value: r.afterPeriodEnd.fen,
                                     valueText: PageFormat.money(r.afterPeriodEnd), style: "after-period"))
            let svg = SVGChart.bars(id: "chart-aging", title: text(.chartAging), heading: text(.agingBucket), bars: bars,
                                    footer: text(.outstanding) + " " + PageFormat.money(r.outstanding), empty: text(.nothingToReport))
            return chart(id: "chart-aging", title: text(.chartAging), svg: svg, note: nil)
        }

        private func chart(id: String, title: String, svg: TrustedHTML, note: String?) -> TemplateValue {
            PageFigures.chart(id: id, title: title, svg: svg, note: note)
        }

        /// Salespeople with the largest visit shortfall first (what a manager acts on), then
        /// in the report's order (by name, the unassigned last).
        func orderedSalespeople() -> [GroupTotals] {
            report.salespeople.enumerated().sorted { a, b in
                a.element.shortfall != b.element.shortfall ? a.element.shortfall > b.element.shortfall : a.offset < b.offset
            }.map(\.element)
        }
    }
}
