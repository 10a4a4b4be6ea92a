import Foundation
import Testing
@testable import CustomerReview

// MARK: Helpers

private let weekAsOf = CalendarDate(year: 2026, month: 11, day: 15)

/// The weekly agenda of the small fixture as of 2026-11-15 (for the week 2026-W47).
private func fixtureReport() throws -> WeeklyReport {
    let asOf = try #require(weekAsOf)
    let settings = PolicySettings.defaults
    let history = FileManager.default.temporaryDirectory
        .appendingPathComponent("weekly-page-history-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: history, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: history) }
    let scope = WeeklyReview.scope(asOf: asOf, settings: settings)
    let inputs = try gatherInputs(try DataFolder(path: smallFixture, settings: settings), scope: scope, history: history.path)
    return WeeklyReview.build(inputs, asOf: asOf, settings: settings)
}

private func page(_ report: WeeklyReport, _ language: ReportLanguage) throws -> String {
    try WeeklyPage.render(report, language: language, templates: shippedTemplates())
}

private func renaming(_ report: WeeklyReport, customer id: String, to name: String) -> WeeklyReport {
    var report = report
    for i in report.agenda.indices where report.agenda[i].customer.id == id { report.agenda[i].customer.name = name }
    for i in report.abnormal.indices where report.abnormal[i].customer.id == id { report.abnormal[i].customer.name = name }
    for i in report.awaitingApproval.indices where report.awaitingApproval[i].visit.customerID == id {
        report.awaitingApproval[i].customerName = name
    }
    return report
}

/// The report with every value from the data in ASCII, so that any CJK left on an English
/// page is a label.
private func asciiReport() throws -> WeeklyReport {
    var report = try fixtureReport()
    func plain(_ line: inout AgendaLine) {
        line.customer.name = "Customer \(line.customer.id)"
        line.customer.salesperson = ascii(line.customer.salesperson, "Sales")
        line.customer.department = ascii(line.customer.department, "Dept")
    }
    for i in report.agenda.indices { plain(&report.agenda[i]) }
    for i in report.abnormal.indices { plain(&report.abnormal[i]) }
    for i in report.awaitingApproval.indices {
        report.awaitingApproval[i].customerName = "Customer \(report.awaitingApproval[i].visit.customerID)"
        report.awaitingApproval[i].visit.salesperson = "Sales"
        report.awaitingApproval[i].visit.form = report.awaitingApproval[i].visit.form.map { ascii($0, "text") ?? "" }
    }
    for i in report.pace.indices {
        report.pace[i].name = ascii(report.pace[i].name, "Sales \(i)")
        report.pace[i].department = ascii(report.pace[i].department, "Dept")
    }
    report.dataIssues = asciiDataIssues(report.dataIssues)
    return report
}

/// The weekly meeting's HTML page (SPEC §2.9, §5 "HTML page") from the small fixture.
@Suite struct WeeklyPageTests {
    @Test func weeklyPageMakesNoRequestAndAllowsNoScript() throws {
        let report = try fixtureReport()
        for language in ReportLanguage.allCases {
            expectSelfContained(try page(report, language))
        }
        #expect(try page(report, .zh).contains("<html lang=\"zh-CN\">"))
        #expect(try page(report, .en).contains("<html lang=\"en\">"))
    }

    @Test func pageShowsTheMeetingWeek() throws {
        let report = try fixtureReport()
        #expect(report.week.description == "2026-W47")
        let html = try page(report, .en)
        #expect(html.contains("<strong>2026-W47</strong> <strong>2026-11-16 – 2026-11-22</strong>"))
        #expect(html.contains("As of <strong>2026-11-15</strong>"))
        #expect(html.contains("<title>Weekly business meeting agenda 2026-W47</title>"))
    }

    @Test func hostileNamesAppearOnlyEscaped() throws {
        var report = try fixtureReport()
        let proposed = try #require(report.agenda.first)
        report = renaming(report, customer: proposed.customer.id, to: "<script>alert('x')</script>")
        let paceIndex = try #require(report.pace.firstIndex { $0.required > 0 })
        report.pace[paceIndex].name = "<script>alert('y')</script>"
        if !report.awaitingApproval.isEmpty { report.awaitingApproval[0].visit.salesperson = "\" onload=\"x" }
        report.dataIssues.append(DataIssue(file: "visits.csv", line: 99, column: "visit_date",
                                           value: "<img src=x onerror=alert(1)>", problem: .notADate, effect: .rowLeftOut))
        for language in ReportLanguage.allCases {
            let html = try page(report, language)
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("\" onload=\"x"))
            #expect(section("agenda", of: html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            // The salesperson's name is drawn into the chart by the program's own code.
            #expect(section("chart-pace", of: html, to: "</svg>").contains("&lt;script&gt;alert(&#39;y&#39;)&lt;/script&gt;"))
            #expect(section("data-issues", of: html).contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
        #expect(!report.awaitingApproval.isEmpty)
        #expect(section("awaiting-approval", of: try page(report, .en)).contains("&quot; onload=&quot;x"))
    }

    @Test func listsAreCappedWithTheCountLeftToTheWorkbook() throws {
        var report = try fixtureReport()
        let agenda = report.agenda.count
        let issues = report.dataIssues.count
        #expect(agenda > 1)
        #expect(issues > 1)
        report.settings.htmlListLimit = 1
        let en = try page(report, .en)
        for (id, total) in [("agenda", agenda), ("data-issues", issues)] {
            let list = section(id, of: en)
            #expect(occurrences(of: "<tr>", in: list) == 2, "\(id): the header and one row")
            #expect(list.contains("<span class=\"count\">\(total)</span>"))
            #expect(list.contains("\(total - 1) more in the workbook"))
        }
        #expect(section("agenda", of: try page(report, .zh)).contains("另有 \(agenda - 1) 条,见Excel工作簿"))
        // The chart draws the salespeople of the capped pace table.
        let drawn = report.pace.filter { $0.required > 0 }.count
        let chart = section("chart-pace-figure", of: en, to: "</figure>")
        #expect(occurrences(of: "<g class=\"row\">", in: chart) == 1)
        if drawn > 1 { #expect(chart.contains("\(drawn - 1) more in the workbook")) }
        report.settings.htmlListLimit = 100
        #expect(!(try page(report, .en)).contains("more in the workbook"))
    }

    @Test func englishPageHasNoChineseOutsideTheData() throws {
        let report = try asciiReport()
        let html = try page(report, .en)
        #expect(chinese(in: html).isEmpty, "Chinese on the English page: \(chinese(in: html).prefix(80))")
        #expect(html.contains("Customers proposed for a manager-level visit next week"))
        let zh = try page(report, .zh)
        #expect(zh.contains("业务小组周会议程"))
        #expect(zh.contains("下周建议部门经理以上领导拜访的客户"))
        #expect(!zh.contains("Expected by now"))
    }

    @Test func headlineFiguresAreTheReportCounts() throws {
        let report = try fixtureReport()
        let headlines = section("headlines", of: try page(report, .en))
        let t = report.totalPace
        let expected: [(String, Int)] = [
            ("Customers proposed for a manager visit", report.agenda.count), ("Abnormal relationships", report.abnormal.count),
            ("Visits awaiting approval", report.awaitingApproval.count), ("Data issues", report.dataIssues.count),
            ("Customers with a minimum", t.customersWithMinimum), ("On-site visits required", t.required),
            ("Expected by now", t.expectedByNow), ("Visits counted", t.counted), ("Customers behind", t.customersBehind),
        ]
        for (label, count) in expected {
            #expect(card(label, in: headlines) == PageFormat.count(count), "\(label)")
        }
    }

    @Test func agendaGivesEachCustomerItsReasonsAndAColumnToWriteIn() throws {
        let report = try fixtureReport()
        let html = try page(report, .en)
        let agenda = section("agenda", of: html)
        for line in report.agenda {
            #expect(agenda.contains(HTMLEscaping.escape(line.customer.name)))
            let reasons = line.reasons.map { ValueNames.weeklyReason($0, daysSinceLastVisit: line.daysSinceLastVisit, .en) }.joined(separator: "\n")
            #expect(agenda.contains(">\(HTMLEscaping.escape(reasons))<"))
        }
        // The visits done against the pace, in the alert colour when behind.
        for line in report.agenda {
            guard let expected = line.expectedByNow else { continue }
            let alert = line.onSiteThisMonth < expected ? " alert" : ""
            #expect(agenda.contains("<td class=\"num\(alert)\" data-label=\"On-site this month / Expected by now\">\(line.onSiteThisMonth) / \(expected)</td>"))
        }
        // One write-in cell per row and the header; shown on paper only.
        #expect(occurrences(of: "class=\"write-in\"", in: agenda) == report.agenda.count + 1)
        #expect(html.contains("th.write-in, td.write-in { display: none; }"))
        // The pace chart has the three series: required, counted, expected by now.
        let chart = section("chart-pace", of: html, to: "</svg>")
        #expect(chart.contains(">Required<") && chart.contains(">Visits counted<") && chart.contains(">Expected by now<"))
        #expect(occurrences(of: "class=\"bar mark\"", in: chart) == report.pace.filter { $0.required > 0 }.count + 1)
    }

    @Test func sameReportGivesTheSameBytes() throws {
        for language in ReportLanguage.allCases {
            #expect(try page(try fixtureReport(), language) == page(try fixtureReport(), language))
        }
    }

    @Test func emptyReportRendersWithEmptyListsAndChart() throws {
        var report = try fixtureReport()
        report.agenda = []
        report.abnormal = []
        report.awaitingApproval = []
        report.pace = []
        report.dataIssues = []
        report.totalPace = SalespersonPace(name: nil, department: nil)
        let html = try page(report, .en)
        #expect(occurrences(of: "<svg", in: html) == 1)
        #expect(section("agenda", of: html).contains("<p class=\"empty\">None</p>"))
        #expect(section("chart-pace", of: html, to: "</svg>").contains(">None<"))
    }
}
