import Foundation
import Testing
@testable import CustomerReview

@Suite("Trends: twelve months of company figures, gaps never zeros, native line charts and SVG lines")
struct TrendsTests {
    static func ym(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month) }

    @Test func snapshotMonthsGiveFiguresAndOtherMonthsAreGaps() {
        let window = MonthWindow(last: Self.ym(2026, 2))
        #expect(window.first == Self.ym(2025, 3))
        #expect(window.offset(of: Self.ym(2026, 1)) == 10 && window.offset(of: Self.ym(2025, 2)) == nil)
        var history = MonthlyHistory(window: window, customers: 2)
        history.add(MonthlySnapshot(month: Self.ym(2025, 12), rows: [
            MonthlySnapshotTests.row("1", salesperson: "甲", onSite: 2, required: 2, over3: 100_00),
            MonthlySnapshotTests.row("2", salesperson: "甲", onSite: 0, required: 1, over3: 50_00),
            MonthlySnapshotTests.row("GONE", salesperson: "乙", onSite: 1, required: 1, over3: 7_00),
        ]), indexByID: ["1": 0, "2": 1])
        let december = history.figures[window.offset(of: Self.ym(2025, 12)) ?? 0]
        #expect(december?.overThreeMonths == Money(fen: 157_00))  // every row of the snapshot, departed ones too
        #expect(december?.compliance == 667)
        #expect(december?.complianceBySalesperson["甲"] == 500 && december?.complianceBySalesperson["乙"] == 1000)
        #expect(history.figures[window.offset(of: Self.ym(2026, 1)) ?? 0] == nil)  // no snapshot: a gap
        #expect(history.overThreeMonths(customer: 1, month: Self.ym(2025, 12)) == Money(fen: 50_00))
        #expect(history.overThreeMonths(customer: 1, month: Self.ym(2025, 11)) == nil)
        #expect(history.requirement(customer: 0, month: Self.ym(2025, 12)) == .asked(2))
        #expect(history.requirement(customer: 0, month: Self.ym(2025, 11)) == .unknown)
    }

    @Test func companyVisitsPerMonthFromTheOnePass() {
        var visits = OnSiteHistory(window: MonthWindow(last: Self.ym(2026, 1)), customers: 2)
        visits.add(customer: 0, month: Self.ym(2026, 1))
        visits.add(customer: 1, month: Self.ym(2026, 1))
        visits.add(customer: 1, month: Self.ym(2025, 12))
        visits.add(customer: 1, month: Self.ym(2024, 12))  // outside the window: not counted
        #expect(visits.companyTotals.suffix(2) == [1, 2])
        #expect(visits.companyTotals.reduce(0, +) == 3)
        #expect(visits.coveredFrom == Self.ym(2024, 12))
    }

    @Test func svgLinesBreakAtGapsAndEscapeLabels() {
        let svg = SVGChart.lines(id: "t", title: "a<b", months: ["11", "12", "01", "02"], years: ["2025", nil, "2026", nil],
                                 lines: [SVGChart.Line(name: "x&y", color: "#000", values: [10, nil, 30, 40])],
                                 format: { String($0) }, empty: "none").markup
        let again = SVGChart.lines(id: "t", title: "a<b", months: ["11", "12", "01", "02"], years: ["2025", nil, "2026", nil],
                                   lines: [SVGChart.Line(name: "x&y", color: "#000", values: [10, nil, 30, 40])],
                                   format: { String($0) }, empty: "none").markup
        #expect(svg == again)
        guard let d = svg.range(of: " d=\"").map({ svg[$0.upperBound...].prefix { $0 != "\"" } }) else {
            Issue.record("no path")
            return
        }
        // One point, a gap, then a line of two: two moves, one line segment.
        #expect(d.filter { $0 == "M" }.count == 2 && d.filter { $0 == "L" }.count == 1, "\(d)")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)  // no point at the gap
        #expect(svg.contains("a&lt;b") && svg.contains("x&amp;y") && !svg.contains("x&y"))
        #expect(!svg.contains("nan") && !svg.contains("e+"))
        // Nothing known at all: the empty text, no line.
        let empty = SVGChart.lines(id: "e", title: "t", months: ["1", "2"], years: [nil, nil],
                                   lines: [SVGChart.Line(name: "n", color: "#000", values: [nil, nil])],
                                   format: { String($0) }, empty: "nothing").markup
        #expect(empty.contains("nothing") && !empty.contains("<path"))
    }

    @Test func rateGridShowsADashForAMonthWithoutFigures() {
        let svg = SVGChart.rateGrid(id: "g", title: "t", columns: ["2026-09", "2026-10"],
                                    rows: [(label: "张<三>", rates: [nil, 750])], empty: "none").markup
        #expect(svg.contains("—") && svg.contains("75.0%") && svg.contains("张&lt;三&gt;"))
    }

    @Test func lineChartIsNativeAndDrawsBlanksAsGaps() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("lines.xlsx")
        let book = try XlsxWorkbook(path: path, options: try XlsxTestFolder.options(constantMemory: false))
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Trends", titleLines: ["t"],
                                                      columns: [XlsxColumn("Month"), XlsxColumn("Outstanding", .money)]))
        let first = try book.append(["2026-08", .money(Money(fen: 100_00))], to: sheet)
        try book.append(["2026-09", .blank], to: sheet)
        let last = try book.append(["2026-10", .money(Money(fen: 300_00))], to: sheet)
        try book.insertChart(XlsxChart(.line, title: "Outstanding", categoryAxisName: "Month", valueAxisName: "Yuan",
                                       series: [.init(name: "Outstanding",
                                                      categories: try #require(XlsxCellRange(column: 0, from: first, through: last)),
                                                      values: try #require(XlsxCellRange(column: 1, from: first, through: last)))]),
                             on: sheet, row: 1, column: 3)
        try book.close()
        let charts = try XlsxReader.read(path).charts
        #expect(charts.map(\.kinds) == [["lineChart"]])
        #expect(charts.first?.references == ["Trends!$A$3:$A$5", "Trends!$B$3:$B$5"])
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", path, "xl/charts/chart1.xml"]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let xml = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        // libxlsxwriter writes no dispBlanksAs for a gap, Excel's default; never "zero" or "span".
        #expect(!xml.contains("dispBlanksAs val=\"zero\"") && !xml.contains("dispBlanksAs val=\"span\""), "\(xml.prefix(400))")
        #expect(xml.contains("<c:marker>"))
    }
}
