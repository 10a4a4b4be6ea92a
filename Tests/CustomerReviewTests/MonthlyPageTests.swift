import Foundation
import Testing
@testable import CustomerReview

// MARK: Helpers

private let pageAsOf = CalendarDate(year: 2026, month: 11, day: 15)
private let pagePeriod = YearMonth(year: 2026, month: 10)

/// The monthly report of the small fixture (as of 2026-11-15, period 2026-10).
private func fixtureReport() throws -> MonthlyReport {
    let asOf = try #require(pageAsOf)
    let settings = PolicySettings.defaults
    let folder = try DataFolder(path: smallFixture, settings: settings)
    let scope = MonthlyReview.scope(asOf: asOf, period: pagePeriod, settings: settings)
    let inputs = try gatherInputs(folder, scope: scope, history: folder.defaultHistoryFolder)
    return MonthlyReview.build(inputs, period: pagePeriod, asOf: asOf, settings: settings)
}

private func page(_ report: MonthlyReport, _ language: ReportLanguage) throws -> String {
    try MonthlyPage.render(report, language: language, templates: shippedTemplates())
}

/// The report with one customer's name changed wherever the report carries it.
private func renaming(_ report: MonthlyReport, customer id: String, to name: String) -> MonthlyReport {
    var report = report
    for i in report.customers.indices where report.customers[i].customer.id == id { report.customers[i].customer.name = name }
    for i in report.findings.indices where report.findings[i].customerID == id { report.findings[i].customerName = name }
    for i in report.visits.indices where report.visits[i].visit.customerID == id { report.visits[i].customerName = name }
    return report
}

/// The report with every value from the data in ASCII (names, salespeople, departments,
/// data issues), so that any CJK left on an English page is a label.
private func asciiReport() throws -> MonthlyReport {
    var report = try fixtureReport()
    for i in report.customers.indices {
        let id = report.customers[i].customer.id
        report = renaming(report, customer: id, to: "Customer \(id)")
        report.customers[i].customer.salesperson = ascii(report.customers[i].customer.salesperson, "Sales \(i)")
        report.customers[i].customer.department = ascii(report.customers[i].customer.department, "Dept")
    }
    for i in report.findings.indices {
        report.findings[i].salesperson = ascii(report.findings[i].salesperson, "Sales \(i)")
        report.findings[i].department = ascii(report.findings[i].department, "Dept")
    }
    for i in report.salespeople.indices {
        report.salespeople[i].name = ascii(report.salespeople[i].name, "Sales \(i)")
        report.salespeople[i].department = ascii(report.salespeople[i].department, "Dept")
    }
    if var trends = report.trends {
        for i in trends.salespeople.indices {
            trends.salespeople[i].name = ascii(trends.salespeople[i].name, "Sales \(i)")
        }
        report.trends = trends
    }
    // Some English messages quote the Chinese forms a clerk may write (签约, 2026年11月5日);
    // keep the issues whose English message is plain.
    report.dataIssues = asciiDataIssues(report.dataIssues)
    return report
}

/// The monthly HTML page (SPEC §5 "HTML page") from the small fixture.
@Suite struct MonthlyPageTests {
    // MARK: Self-contained and safe

    @Test func monthlyPageMakesNoRequestAndAllowsNoScript() throws {
        let report = try fixtureReport()
        for language in ReportLanguage.allCases {
            let html = try page(report, language)
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#))
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("http://"))
            #expect(!html.contains("https://"))
            #expect(!html.lowercased().contains("<link"))
            #expect(!html.contains("@import"))
            #expect(!html.contains("url("))
            // Any src= (there is none today) may only hold inline data.
            for part in html.components(separatedBy: "src=").dropFirst() {
                #expect(part.hasPrefix("\"data:") || part.hasPrefix("'data:"))
            }
        }
        #expect(try page(report, .zh).contains("<html lang=\"zh-CN\">"))
        #expect(try page(report, .en).contains("<html lang=\"en\">"))
    }

    @Test func hostileNamesAppearOnlyEscaped() throws {
        var report = try fixtureReport()
        report = renaming(report, customer: "C001", to: "<script>alert('x')</script>")
        report = renaming(report, customer: "C002", to: "\" onload=\"x")
        // The fixture's formula-like name belongs to an eliminated customer with no finding: put it
        // on a list so that it is shown.
        let eliminated = try #require(report.customers.first { $0.customer.id == "C006" })
        report.findings = FindingList([PolicyFinding(rule: .abnormalRelationship, customer: eliminated.customer)] + Array(report.findings))
        // A salesperson's name is drawn into the visit chart's SVG by the program's own code.
        let salesIndex = try #require(report.salespeople.firstIndex { $0.required > 0 })
        report.salespeople[salesIndex].name = "<script>alert('y')</script>"
        report.dataIssues.append(DataIssue(file: "visits.csv", line: 99, column: "visit_date",
                                           value: "<img src=x onerror=alert(1)>", problem: .notADate, effect: .rowLeftOut))

        for language in ReportLanguage.allCases {
            let html = try page(report, language)
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("\" onload=\"x"))
            #expect(!html.contains("=HYPERLINK(\"http://x\")"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(html.contains("&quot; onload=&quot;x"))
            #expect(html.contains("=HYPERLINK(&quot;http://x&quot;)"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            // The salesperson's name inside the chart is escaped as well.
            let chart = section("charts", of: html)
            #expect(chart.contains("&lt;script&gt;alert(&#39;y&#39;)&lt;/script&gt;"))
        }
    }

    // MARK: Content

    @Test func listsAreCappedWithTheCountLeftToTheWorkbook() throws {
        var report = try fixtureReport()
        let issues = report.dataIssues.count
        let findingsOfOtherRules = report.findings.filter { $0.rule == .noSalesperson }.count
        #expect(issues > 2)
        report.settings.htmlListLimit = 1
        let en = try page(report, .en)
        let dataIssues = section("data-issues", of: en)
        #expect(dataIssues.contains("\(issues - 1) more in the workbook"))
        #expect(occurrences(of: "<tr>", in: dataIssues) == 2)  // the header and one row
        #expect(dataIssues.contains("<span class=\"count\">\(issues)</span>"))
        let zh = try page(report, .zh)
        #expect(section("data-issues", of: zh).contains("另有 \(issues - 1) 条,见Excel工作簿"))

        // The visit chart draws the salespeople of the capped table.
        let visiting = report.salespeople.filter { $0.required > 0 }.count
        let visitChart = section("chart-visits-figure", of: en, to: "</figure>")
        #expect(occurrences(of: "<g class=\"row\">", in: visitChart) == 1)
        #expect(visitChart.contains("\(visiting - 1) more in the workbook"))

        // A list within the cap says nothing more.
        #expect(findingsOfOtherRules == 1)
        #expect(!section("other-findings", of: en).contains("more in the workbook"))

        report.settings.htmlListLimit = 0
        let none = section("data-issues", of: try page(report, .en))
        #expect(none.contains("\(issues) more in the workbook"))
        #expect(!none.contains("<table"))
    }

    @Test func englishPageHasNoChineseOutsideTheData() throws {
        let report = try asciiReport()
        let html = try page(report, .en)
        let cjk = html.unicodeScalars.filter(isCJK)
        #expect(cjk.isEmpty, "Chinese on the English page: \(String(String.UnicodeScalarView(cjk)).prefix(80))")
        #expect(html.contains("Monthly customer review (15th of the month)"))
        #expect(html.contains("Abnormal relationships, for the department manager"))
        #expect(html.contains("Dated after period end"))
        #expect(html.contains("Invoiced last month"))
        // The Chinese page uses the Chinese labels.
        let zh = try page(report, .zh)
        #expect(zh.contains("客户月度审查(每月15日)"))
        #expect(zh.contains("期末后开票"))
        #expect(!zh.contains("Invoiced last month"))
    }

    @Test func headlineFiguresAreTheReportTotals() throws {
        let report = try fixtureReport()
        let html = try page(report, .en)
        let headlines = section("headlines", of: html)
        let totals = report.totals
        for figure in [totals.receivables.invoiced, totals.commission, totals.receivables.outstanding,
                       totals.receivables.currentMonth, totals.receivables.overThreeMonths, totals.receivables.overdue] {
            #expect(headlines.contains(">\(figure.grouped)<"))
        }
        #expect(headlines.contains(">\(report.findings.count)<"))
        #expect(headlines.contains(">\(report.dataIssues.count)<"))
        #expect(headlines.contains(">\(totals.required)<"))
        #expect(headlines.contains(">\(totals.shortfall)<"))
        #expect(headlines.contains(PageFormat.percent(totals.compliancePercent)))
    }

    @Test func pageHasThreeChartsWithFixedDecimalCoordinates() throws {
        let html = try page(try fixtureReport(), .en)
        #expect(occurrences(of: "<svg", in: html) == 3 + 4)  // and the four of the trends
        #expect(!html.contains("xmlns"))
        let coordinate = try Regex(#" (x|y|x1|x2|y1|y2|width|height|rx)="([^"]*)""#)
        let fixed = try Regex(#"^-?[0-9]+\.[0-9]$"#)
        var seen = 0
        for svg in html.components(separatedBy: "<svg").dropFirst() {
            let body = svg.components(separatedBy: "</svg>")[0]
            for match in body.matches(of: coordinate) {
                seen += 1
                let value = String(body[match.range]).split(separator: "\"")[1]
                #expect(value.wholeMatch(of: fixed) != nil, "coordinate \(value) is not written with one decimal")
            }
        }
        #expect(seen > 30)
        // The aging chart has every bucket and the column for invoices dated after the period end.
        let aging = try #require(html.components(separatedBy: "id=\"chart-aging\"").dropFirst().first)
        for label in try fixtureReport().receivableRules.bucketLabels {
            #expect(aging.contains(">\(HTMLEscaping.escape(label))<"))
        }
        #expect(aging.contains("<title>Dated after period end: \(try fixtureReport().totals.receivables.afterPeriodEnd.grouped)</title>"))
    }

    @Test func sameReportGivesTheSameBytes() throws {
        let first = try page(try fixtureReport(), .zh)
        let second = try page(try fixtureReport(), .zh)
        #expect(first == second)
        #expect(try page(try fixtureReport(), .en) == page(try fixtureReport(), .en))
    }

    @Test func emptyReportRendersWithEmptyListsAndCharts() throws {
        var report = try fixtureReport()
        report.customers = []
        report.findings = FindingList([])
        report.dataIssues = []
        report.salespeople = []
        report.totals = GroupTotals(name: nil, department: nil, bucketCount: report.settings.agingBuckets.count + 1)
        let html = try page(report, .en)
        #expect(occurrences(of: "<svg", in: html) == 3 + 4)  // and the four of the trends
        #expect(section("escalations", of: html).contains("<p class=\"empty\">None</p>"))
        #expect(section("chart-visits-figure", of: html, to: "</figure>").contains(">None<"))
    }

    @Test func withoutContractDataTheContractListSaysSo() throws {
        var report = try fixtureReport()
        report.hasContractData = false
        report.findings = FindingList(report.findings.filter { !MonthlyPage.Content.contractRules.contains($0.rule) })
        #expect(section("contracts", of: try page(report, .en)).contains("no contract data"))
    }

    // MARK: Formatting by hand

    @Test func pageFiguresAreFormattedByHand() {
        #expect(PageFormat.count(0) == "0")
        #expect(PageFormat.count(999) == "999")
        #expect(PageFormat.count(1000) == "1,000")
        #expect(PageFormat.count(1_234_567) == "1,234,567")
        #expect(PageFormat.count(-1234) == "-1,234")
        #expect(PageFormat.percent(tenths: 667) == "66.7%")
        #expect(PageFormat.percent(tenths: 1000) == "100.0%")
        #expect(PageFormat.percent(ExactDecimal(units: 5, scale: 0)) == "5.0%")
        #expect(PageFormat.percent(ExactDecimal(units: 6667, scale: 2)) == "66.7%")
        #expect(PageFormat.percent(nil) == "—")
        #expect(PageFormat.share(1, of: 3) == 333)
        #expect(PageFormat.share(2, of: 3) == 667)
        #expect(PageFormat.share(1, of: 0) == 0)
        #expect(PageFormat.more(1234, .en) == "1,234 more in the workbook")
        #expect(SVGChart.decimal(1234) == "123.4")
        #expect(SVGChart.decimal(-5) == "-0.5")
        #expect(SVGChart.decimal(0) == "0.0")
    }

    @Test func chartLabelsTooLongAreShortenedAndKeptWhole() {
        let name = String(repeating: "很长的业务员名字", count: 4)
        let svg = SVGChart.bullets(id: "c", title: "t", legend: ("a", "b"),
                                   rows: [SVGChart.Bullet(label: name, target: 2, value: 1, valueText: "1/2", isShort: true)],
                                   empty: "none").markup
        #expect(svg.contains("<title>\(name): 1/2</title>"))
        #expect(svg.contains("…</tspan></text>"))
        #expect(!svg.contains(">\(name)<"))
        // A label a little too wide for one line takes two, broken at a space.
        #expect(SVGChart.labelLines("Dated after period end") == ["Dated after", "period end"])
        #expect(SVGChart.labelLines("0–30") == ["0–30"])
    }

    @Test func negativeBarsGrowLeftOfTheZeroLine() throws {
        let svg = SVGChart.bars(id: "c", title: "t", heading: nil,
                                bars: [SVGChart.Bar(label: "a", value: -100, valueText: "-1.00", style: "age-0"),
                                       SVGChart.Bar(label: "b", value: 300, valueText: "3.00", style: "age-1")],
                                footer: nil, empty: "none").markup
        func tenths(_ text: Substring) throws -> Int {
            let parts = text.split(separator: ".")
            return try #require(Int(parts[0])) * 10 + (try #require(Int(parts[1])))
        }
        func bar(_ style: String) throws -> (x: Int, width: Int) {
            let pattern = try Regex("<rect class=\"bar \(style)\" x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")
            let match = try #require(svg.firstMatch(of: pattern))
            return (try tenths(try #require(match.output[1].substring)), try tenths(try #require(match.output[2].substring)))
        }
        let zeroMatch = try #require(svg.firstMatch(of: try Regex("<line class=\"axis\" x1=\"([0-9.]+)\"")))
        let zero = try tenths(try #require(zeroMatch.output[1].substring))
        let negative = try bar("age-0")
        let positive = try bar("age-1")
        #expect(negative.x + negative.width == zero)
        #expect(positive.x == zero)
        // The bar area is split one to three, to the tenth.
        #expect(abs(positive.width - 3 * negative.width) <= 3)
    }
}
