import Foundation
import Testing
@testable import CustomerReview

/// Issue 12, point 5: every workbook's main list keeps id and name in view and on every printed
/// page; widths fit long Chinese text; the summary has no empty bordered column; charts never
/// split across pages, money axes group thousands, the movement chart shows all five categories
/// in the table's order.
@Suite("Workbooks print and read well")
struct WorkbookPrintTests {
    static func books() throws -> [String: XlsxReader.Book] {
        let out = try TemporaryFolder("print")
        var books: [String: XlsxReader.Book] = [:]
        for (command, name) in [("monthly", "monthly-2026-10"), ("quarterly", "quarterly-2026Q3"), ("weekly", "weekly-2026-W47")] {
            let result = try runBinary([command, "--data", smallFixture, "--as-of", "2026-11-15", "--out", out.path,
                                        "--history", out.file("history"), "--formats", "xlsx", "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            books[command] = try XlsxReader.read(out.file(name + ".xlsx"))
        }
        return books
    }

    @Test func mainListsFreezeAndRepeatIdAndName() throws {
        let books = try Self.books()
        for (command, sheet) in [("weekly", "经理拜访建议"), ("weekly", "关系异常"), ("quarterly", "客户"), ("quarterly", "分类调整"),
                                 ("quarterly", "待分配客户"), ("monthly", "客户"), ("monthly", "应收账龄")] {
            let s = books[command]?.sheet(sheet)
            #expect(s != nil, "\(command) \(sheet)")
            #expect(s?.freeze == "C4", "\(command) \(sheet)")
            #expect(s?.print.titleColumns == "$A:$B", "\(command) \(sheet)")
            #expect(s?.value("A3") == .text("客户编号") && s?.value("B3") == .text("客户名称"), "\(command) \(sheet)")
        }
    }

    @Test func summariesHaveNoEmptyBorderedHeaderAndChartsStartTheirOwnPage() throws {
        let books = try Self.books()
        for command in ["monthly", "quarterly", "weekly"] {
            let summary = try #require(books[command]?.sheet("汇总"))
            #expect(summary.cells["C3"] == nil, "\(command): \(String(describing: summary.cells["C3"]))")
        }
        let monthly = try #require(books["monthly"])
        #expect(monthly.sheet("汇总")?.print.rowBreaks == [18, 34])
        let aging = try #require(monthly.charts.first { $0.title == "应收账龄分布" })
        #expect(aging.axisFormats.contains("#,##0"))
    }

    @Test func movementChartShowsTheFiveCategoriesInTableOrderWithShortLabels() throws {
        let books = try Self.books()
        let quarterly = try #require(books["quarterly"])
        let summary = try #require(quarterly.sheet("汇总"))
        let chart = try #require(quarterly.charts.first { $0.title == "类别调整" })
        #expect(chart.reversedAxis)
        let categories = try #require(chart.references.first)
        #expect(categories.hasSuffix("$A$6:$A$10"), "\(chart.references)")
        let labels = (6...10).map { summary.value("A\($0)")?.text }
        #expect(labels == ["升级", "降级", "不变", "新定类", "未评分,维持原类别"])
    }

    @Test func profileAndFindingColumnsFitTheirTextUpToACap() throws {
        let books = try Self.books()
        let monthly = try #require(books["monthly"])
        let customers = try #require(monthly.sheet("客户"))
        let header = customers.cells.first { $0.value.value == .text("地址") }?.key.filter(\.isLetter)
        let address = try #require(header)
        // 上海市浦东新区张江路88号: 12 Chinese characters and 2 digits, 26 columns wide.
        #expect((customers.widths[address] ?? 0) >= 26, "\(customers.widths)")
        #expect((customers.widths[address] ?? 0) <= 51)
        let findings = try #require(monthly.sheet("政策检查"))
        #expect((findings.widths["G"] ?? 0) >= 40 && (findings.widths["G"] ?? 0) <= 71)
    }
}
