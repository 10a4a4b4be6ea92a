import Foundation
import Testing
@testable import CustomerReview

/// A fresh folder for one test's files, removed when the test's value goes away.
final class XlsxTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("customer-review-xlsx-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// This process's open files whose path starts with `folder` (a deleted temporary file
    /// still shows, with " (deleted)" after its name).
    static func openFiles(under folder: String) -> [String] {
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return descriptors.compactMap { descriptor in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + descriptor),
                  target.hasPrefix(folder) else { return nil }
            return target
        }
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDate {
        try #require(CalendarDate(year: year, month: month, day: day))
    }

    static func options(constantMemory: Bool = false, rowLimit: Int = XlsxWorkbookOptions.excelRowLimit,
                        created: CalendarDate? = nil) throws -> XlsxWorkbookOptions {
        XlsxWorkbookOptions(created: try created ?? date(2026, 11, 15), constantMemory: constantMemory,
                            title: "月度客户评审", author: "customer-review", company: "Example Logistics",
                            maximumRowsPerSheet: rowLimit)
    }
}

/// A small monthly-review workbook with every feature the reports use: title lines, each cell
/// type, drop-down and date rules, highlights, three charts.
enum XlsxSample {
    @discardableResult
    static func write(at path: String, constantMemory: Bool, created: CalendarDate? = nil) throws -> XlsxWorkbook {
        let book = try XlsxWorkbook(path: path, options: try XlsxTestFolder.options(constantMemory: constantMemory, created: created))
        let titles = ["Monthly review 2026-10", "As of 2026-11-15"]

        let summary = try book.addSheet(XlsxSheetLayout(
            name: "Summary", titleLines: titles,
            columns: [XlsxColumn("Tier", width: 20), XlsxColumn("Customers", .integer)]))
        let tierA = try book.append(["A", .integer(12)], to: summary)
        try book.append(["B", .integer(30)], to: summary)
        let tierC = try book.append(["C", .integer(8)], to: summary)

        let visits = try book.addSheet(XlsxSheetLayout(
            name: "Visits by salesperson", titleLines: titles,
            columns: [XlsxColumn("Salesperson"), XlsxColumn("Required", .integer), XlsxColumn("Done", .integer),
                      XlsxColumn("Shortfall", .integer)],
            highlights: [XlsxHighlight(.greaterThan(0), column: 3)]))
        let firstPerson = try book.append(["张三", .integer(10), .integer(8), .integer(2)], to: visits)
        try book.append(["李四", .integer(6), .integer(6), .integer(0)], to: visits)
        let lastPerson = try book.append(["Wang Wu", .integer(4), .integer(5), .integer(0)], to: visits)

        let aging = try book.addSheet(XlsxSheetLayout(
            name: "Aging", titleLines: titles,
            columns: [XlsxColumn("Bucket"), XlsxColumn("Outstanding", .money)]))
        var bucketRows: [XlsxRowPosition] = []
        for (bucket, fen) in [("0-30", 1_250_000), ("31-60", 300_050), ("61-90", 0), ("91-180", 99), ("180+", 5_000_000)] {
            bucketRows.append(try book.append([.text(bucket), .money(Money(fen: Int64(fen)))], to: aging))
        }

        let customers = try book.addSheet(XlsxSheetLayout(
            name: "Customers", titleLines: titles,
            columns: [
                XlsxColumn("Customer"), XlsxColumn("Name", width: 28), XlsxColumn("Tier"),
                XlsxColumn("Score", .score), XlsxColumn("Invoiced", .money), XlsxColumn("Compliance", .percent),
                XlsxColumn("Commission rate", .percent), XlsxColumn("First business", .date),
                XlsxColumn("Abnormal", .bool), XlsxColumn("Volume", .decimal), XlsxColumn("Remarks", .wrappedText),
                XlsxColumn("Review mark", validation: .list(["通过", "需跟进", "不通过"])),
                XlsxColumn("Review date", .date,
                           validation: .dateBetween(try XlsxTestFolder.date(2026, 1, 1), try XlsxTestFolder.date(2027, 12, 31))),
            ],
            highlights: [
                XlsxHighlight(.textEquals("C"), column: 2, highlighting: 0...12, style: .warning),
                XlsxHighlight(.isTrue, column: 8),
            ]))
        try book.append([
            "C001", "甲公司", "A", .score(Score(hundredths: 8750)), .money(Money(fen: 123_450)), .percent(0.25),
            .rate(ExactDecimal(units: 15, scale: 3)), .date(try XlsxTestFolder.date(2026, 10, 5)), .bool(true),
            .decimal(ExactDecimal(units: 12_345, scale: 3)), "line one\nline two",
        ], to: customers)
        try book.append([
            "C002", "乙公司", "B", .score(orBlank: nil), .money(Money(fen: -1_200)), .percent(1), .rate(ExactDecimal(0)),
            .date(orBlank: nil), .bool(false),
        ], to: customers)
        try book.append(["C003", "王五物流有限公司", "C"], to: customers)

        try book.insertChart(XlsxChart(
            .pie, title: "Tier mix",
            series: [.init(name: "Customers",
                           categories: try #require(XlsxCellRange(column: 0, from: tierA, through: tierC)),
                           values: try #require(XlsxCellRange(column: 1, from: tierA, through: tierC)))],
            showsValues: true), on: summary, row: 1, column: 3)
        let people = try #require(XlsxCellRange(column: 0, from: firstPerson, through: lastPerson))
        try book.insertChart(XlsxChart(
            .column, title: "Visit compliance", categoryAxisName: "Salesperson", valueAxisName: "Visits",
            series: [
                .init(name: "Required", categories: people,
                      values: try #require(XlsxCellRange(column: 1, from: firstPerson, through: lastPerson))),
                .init(name: "Done", categories: people,
                      values: try #require(XlsxCellRange(column: 2, from: firstPerson, through: lastPerson))),
            ]), on: summary, row: 17, column: 3)
        let firstBucket = try #require(bucketRows.first)
        let lastBucket = try #require(bucketRows.last)
        try book.insertChart(XlsxChart(
            .bar, title: "Receivables by age", categoryAxisName: "Days", valueAxisName: "Outstanding (yuan)",
            series: [.init(name: "Outstanding",
                           categories: try #require(XlsxCellRange(column: 0, from: firstBucket, through: lastBucket)),
                           values: try #require(XlsxCellRange(column: 1, from: firstBucket, through: lastBucket)))]),
            on: summary, row: 33, column: 3)
        try book.close()
        return book
    }
}
