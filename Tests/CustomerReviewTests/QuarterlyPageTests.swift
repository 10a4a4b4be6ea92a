import Foundation
import Testing
@testable import CustomerReview

// MARK: Helpers

private let quarterAsOf = CalendarDate(year: 2026, month: 11, day: 15)
private let reviewedQuarter = Quarter(year: 2026, number: 3)

/// The quarterly adjustment of the small fixture for 2026Q3 (as of 2026-11-15), with an empty
/// history folder: no previous snapshot.
private func fixtureReport() throws -> QuarterlyReport {
    let asOf = try #require(quarterAsOf)
    let settings = PolicySettings.defaults
    let history = FileManager.default.temporaryDirectory
        .appendingPathComponent("quarterly-page-history-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: history, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: history) }
    let scope = QuarterlyReview.scope(asOf: asOf, quarter: reviewedQuarter, settings: settings)
    let inputs = try gatherInputs(try DataFolder(path: smallFixture, settings: settings), scope: scope, history: history.path)
    return QuarterlyReview.build(inputs, quarter: reviewedQuarter, asOf: asOf, settings: settings)
}

private func page(_ report: QuarterlyReport, _ language: ReportLanguage) throws -> String {
    try QuarterlyPage.render(report, language: language, templates: shippedTemplates())
}

private func renaming(_ report: QuarterlyReport, customer id: String, to name: String) -> QuarterlyReport {
    var report = report
    for i in report.customers.indices where report.customers[i].customer.id == id { report.customers[i].customer.name = name }
    return report
}

/// The report with every value from the data in ASCII, so that any CJK left on an English
/// page is a label.
private func asciiReport() throws -> QuarterlyReport {
    var report = try fixtureReport()
    for i in report.customers.indices {
        report.customers[i].customer.name = "Customer \(report.customers[i].customer.id)"
        report.customers[i].customer.salesperson = ascii(report.customers[i].customer.salesperson, "Sales \(i)")
        report.customers[i].customer.department = ascii(report.customers[i].customer.department, "Dept")
    }
    for i in report.salespeople.indices {
        report.salespeople[i].name = ascii(report.salespeople[i].name, "Sales \(i)")
        report.salespeople[i].department = ascii(report.salespeople[i].department, "Dept")
    }
    for i in report.departments.indices {
        report.departments[i].name = ascii(report.departments[i].name, "Dept \(i)")
        report.departments[i].department = ascii(report.departments[i].department, "Dept \(i)")
    }
    report.dataIssues = asciiDataIssues(report.dataIssues)
    return report
}

/// The quarterly HTML page (SPEC §2.13, §5 "HTML page") from the small fixture.
@Suite struct QuarterlyPageTests {
    @Test func quarterlyPageMakesNoRequestAndAllowsNoScript() throws {
        let report = try fixtureReport()
        for language in ReportLanguage.allCases {
            expectSelfContained(try page(report, language))
        }
        #expect(try page(report, .zh).contains("<html lang=\"zh-CN\">"))
        #expect(try page(report, .en).contains("<html lang=\"en\">"))
    }

    @Test func hostileNamesAppearOnlyEscaped() throws {
        var report = try fixtureReport()
        let changed = try #require(report.changes.first)
        report = renaming(report, customer: changed.customer.id, to: "<script>alert('x')</script>")
        let assigned = try #require(report.reassignment.first)
        report = renaming(report, customer: assigned.customer.id, to: "\" onload=\"x")
        report.salespeople[0].name = "<b>boss</b>"
        report.dataIssues.append(DataIssue(file: "customers.csv", line: 99, column: "name",
                                           value: "<img src=x onerror=alert(1)>", problem: .notADate, effect: .rowLeftOut))
        for language in ReportLanguage.allCases {
            let html = try page(report, language)
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<b>"))
            #expect(!html.contains("\" onload=\"x"))
            #expect(section("tier-changes", of: html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(section("reassignment", of: html).contains("&quot; onload=&quot;x"))
            #expect(section("salespeople", of: html).contains("&lt;b&gt;boss&lt;/b&gt;"))
            #expect(section("data-issues", of: html).contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test func listsAreCappedWithTheCountLeftToTheWorkbook() throws {
        var report = try fixtureReport()
        let changes = report.changes.count
        let issues = report.dataIssues.count
        #expect(changes > 1)
        #expect(issues > 1)
        report.settings.htmlListLimit = 1
        let en = try page(report, .en)
        for (id, total) in [("tier-changes", changes), ("data-issues", issues)] {
            let list = section(id, of: en)
            #expect(occurrences(of: "<tr>", in: list) == 2, "\(id): the header and one row")
            #expect(list.contains("<span class=\"count\">\(total)</span>"))
            #expect(list.contains("\(total - 1) more in the workbook"))
        }
        #expect(section("tier-changes", of: try page(report, .zh)).contains("另有 \(changes - 1) 条,见Excel工作簿"))
        // The lists within the cap say nothing more; the totals row is not a row of the list.
        report.settings.htmlListLimit = 100
        let all = try page(report, .en)
        #expect(!all.contains("more in the workbook"))
        #expect(occurrences(of: "<tr>", in: section("tier-changes", of: all)) == changes + 1)
        #expect(occurrences(of: "<tr>", in: section("departments", of: all)) == report.departments.count + 2)
    }

    @Test func englishPageHasNoChineseOutsideTheData() throws {
        let report = try asciiReport()
        let html = try page(report, .en)
        #expect(chinese(in: html).isEmpty, "Chinese on the English page: \(chinese(in: html).prefix(80))")
        #expect(html.contains("Quarterly customer tier adjustment"))
        #expect(html.contains("Tier changes"))
        let zh = try page(report, .zh)
        #expect(zh.contains("客户分类季度调整"))
        #expect(!zh.contains("Tier changes"))
        #expect(!zh.contains("Previous snapshot"))
    }

    @Test func headlineFiguresAreTheReportCounts() throws {
        let report = try fixtureReport()
        let html = try page(report, .en)
        let t = report.totals
        let expected: [(String, Int)] = [
            ("Customers", t.customers), ("Up", t.up), ("Down", t.down), ("Unchanged", t.same), ("New", t.new),
            ("Unscored customers", t.unscored), ("Contract gaps", report.contractGaps.count),
            ("For (re)assignment", report.reassignment.count), ("Data issues", report.dataIssues.count),
        ]
        for (label, count) in expected {
            #expect(card(label, in: String(section("headlines", of: html))) == PageFormat.count(count), "\(label)")
        }
        #expect(t.customers == report.customers.count)
        #expect(t.up + t.down + t.same + t.new + t.unscored == t.customers)
        // The lists' counts are the report's.
        #expect(section("tier-changes", of: html).contains("<span class=\"count\">\(report.changes.count)</span>"))
        #expect(section("reassignment", of: html).contains("<span class=\"count\">\(report.reassignment.count)</span>"))
        // The quarter, the as-of date and the previous snapshot (none here) are shown.
        #expect(html.contains("<strong>2026Q3</strong>"))
        #expect(html.contains("<strong>2026-11-15</strong>"))
        #expect(html.contains("Previous snapshot <strong>none</strong>"))
    }

    @Test func tierChangesShowMovementScoreAndPolicyChanges() throws {
        let report = try fixtureReport()
        let html = try page(report, .en)
        let list = section("tier-changes", of: html)
        for line in report.changes {
            #expect(list.contains(HTMLEscaping.escape(line.customer.name)))
            for change in line.policyChanges {
                #expect(list.contains(HTMLEscaping.escape(change.text(.en))))
            }
        }
        // Three charts: the movements, the tier mix before and after, the bound sensitivity.
        #expect(occurrences(of: "<svg", in: html) == 3)
        #expect(section("chart-movements", of: html, to: "</svg>").contains("<title>Up: \(report.totals.up) · "))
    }

    @Test func tierChangesListDownMovesFirstInTheAlertColour() throws {
        var report = try fixtureReport()
        let index = try #require(report.customers.lastIndex { $0.movement == .same })
        report.customers[index].movement = .down
        report.customers[index].previousTier = .a
        report.customers[index].customer.name = "Moving Down Ltd"
        let list = section("tier-changes", of: try page(report, .en))
        let rows = list.components(separatedBy: "<tr>").dropFirst(2)  // after the header
        #expect(rows.first?.contains("Moving Down Ltd") == true)
        #expect(rows.first?.contains("<td class=\"alert\" data-label=\"Movement\">down</td>") == true)
    }

    @Test func sameReportGivesTheSameBytes() throws {
        for language in ReportLanguage.allCases {
            #expect(try page(try fixtureReport(), language) == page(try fixtureReport(), language))
        }
    }

    @Test func emptyReportRendersWithEmptyListsAndCharts() throws {
        var report = try fixtureReport()
        report.customers = []
        report.salespeople = []
        report.departments = []
        report.dataIssues = []
        report.totals = MovementCounts(name: nil, department: nil)
        report.tierMix = TierMix()
        report.evaluation = QuarterlyEvaluation()
        let html = try page(report, .en)
        #expect(occurrences(of: "<svg", in: html) == 3)
        #expect(section("tier-changes", of: html).contains("<p class=\"empty\">None</p>"))
        #expect(section("chart-tier-mix", of: html, to: "</svg>").contains(">None<"))
        #expect(section("chart-bound-sensitivity", of: html, to: "</svg>").contains(">None<"))
    }

    @Test func withoutContractDataTheGapListSaysSo() throws {
        var report = try fixtureReport()
        report.hasContractData = false
        for i in report.customers.indices { report.customers[i].contractGap = nil }
        #expect(section("contract-gaps", of: try page(report, .en)).contains("no contract data"))
    }
}
