import Foundation
import Testing
@testable import CustomerReview

/// The workbook's sheets written on two threads give the very bytes of a one-thread run.
@Suite("Workbook sheets on two threads: the same file as on one")
struct XlsxThreadsTests {
    private static let asOf = CalendarDate(year: 2026, month: 11, day: 15)

    /// A sample of 300 customers, 3 months: enough rows for every list sheet to pass a small
    /// row limit.
    private static func sampleData() throws -> TemporaryFolder {
        let data = try TemporaryFolder("threads-data")
        let sample = try runBinary(["sample", "--out", data.path, "--customers", "300", "--months", "3", "--seed", "11", "--quiet"])
        #expect(sample.status == 0, "\(sample.stderr)")
        return data
    }

    private static func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func monthlyWorkbookIsTheSameBytesOnOneThreadAndOnTwo() throws {
        let data = try Self.sampleData()
        let settings = PolicySettings.defaults
        let asOf = try #require(Self.asOf)
        let period = YearMonth(year: 2026, month: 10)
        let scope = MonthlyReview.scope(asOf: asOf, period: period, settings: settings)
        let inputs = try gatherInputs(try DataFolder(path: data.path, settings: settings), scope: scope, history: data.file("history"))
        let report = MonthlyReview.build(inputs, period: period, asOf: asOf, settings: settings)
        let out = try TemporaryFolder("threads-monthly")
        var books: [Int: ReportWorkbook] = [:]
        for threads in [1, 2] {
            let wb = try MonthlyWorkbook.writeSheets(report, language: .zh, to: out.file("m\(threads).xlsx"), rowLimit: 60,
                                                     writing: .init(threads: threads, constantMemory: true))
            try wb.close()
            books[threads] = wb
        }
        let one = try Self.bytes(out.file("m1.xlsx")), two = try Self.bytes(out.file("m2.xlsx"))
        #expect(!one.isEmpty)
        #expect(one == two, "the two-thread workbook differs from the one-thread workbook")
        // The comparison means something: sheets past the limit, and both threads at work.
        let two2 = try #require(books[2])
        #expect(two2.book.continuedSheets.contains { $0.continuations.count >= 2 })
        #expect(Set(two2.book.threadOfSheet.values) == [0, 1])
        #expect(Set(try #require(books[1]).book.threadOfSheet.values) == [0])
        let book = try XlsxReader.read(out.file("m2.xlsx"))
        #expect(book.sheet("客户 (2)")?.value("A3") == .text(Label.customerID.text(.zh)))
    }

    @Test func quarterlyWorkbookIsTheSameBytesOnOneThreadAndOnTwo() throws {
        let data = try Self.sampleData()
        let settings = PolicySettings.defaults
        let asOf = try #require(Self.asOf)
        let quarter = Quarter(year: 2026, number: 3)
        let history = try TemporaryFolder("threads-history")
        let scope = QuarterlyReview.scope(asOf: asOf, quarter: quarter, settings: settings)
        let inputs = try gatherInputs(try DataFolder(path: data.path, settings: settings), scope: scope, history: history.path)
        let report = QuarterlyReview.build(inputs, quarter: quarter, asOf: asOf, settings: settings)
        let out = try TemporaryFolder("threads-quarterly")
        var split: Set<Int> = []
        for threads in [1, 2] {
            let wb = try QuarterlyWorkbook.writeSheets(report, language: .en, to: out.file("q\(threads).xlsx"), rowLimit: 200,
                                                       writing: .init(threads: threads, constantMemory: true))
            try wb.close()
            if threads == 2 { split = Set(wb.book.threadOfSheet.values) }
        }
        #expect(split == [0, 1])
        let one = try Self.bytes(out.file("q1.xlsx")), two = try Self.bytes(out.file("q2.xlsx"))
        #expect(!one.isEmpty)
        #expect(one == two, "the two-thread workbook differs from the one-thread workbook")
    }

    /// Cells changed to fit, on sheets written by different threads, are listed in sheet
    /// order, then row order, as on one thread.
    @Test func noticesOfBothThreadsComeInSheetOrder() throws {
        let folder = try XlsxTestFolder()
        var results: [[XlsxCellNotice]] = []
        var files: [Data] = []
        for threads in [1, 2] {
            let path = folder.path("n\(threads).xlsx")
            let book = try XlsxWorkbook(path: path, options: try XlsxTestFolder.options(constantMemory: true, rowLimit: 4))
            var jobs: [XlsxSheetJob] = []
            for name in ["First", "Second", "Third"] {
                let sheet = try book.addSheet(XlsxSheetLayout(name: name, columns: [XlsxColumn("Text"), XlsxColumn("n", .integer)]),
                                              rows: 5)
                // Equal weights: the first and third sheets to one thread, the second to the other.
                jobs.append(XlsxSheetJob(sheet: sheet, weight: name == "Second" ? 2 : 1) { rows in
                    for row in 0..<5 {
                        try rows.append([.text(row % 2 == 0 ? "\(name)\u{7}\(row)" : "\(name) \(row)"), .integer(Int64(row))])
                    }
                })
            }
            try book.writeSheets(jobs, threads: threads)
            results.append(book.notices)
            #expect(book.notices.count == 9)
            try book.close()
            files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(results[0] == results[1])
        // Three data rows a sheet: rows 0 and 2 on the first, row 4 on the continuation.
        #expect(results[1].map(\.sheet) == ["First", "First", "First (2)", "Second", "Second", "Second (2)",
                                            "Third", "Third", "Third (2)"])
        #expect(results[1].map(\.cell) == ["A2", "A4", "A3", "A2", "A4", "A3", "A2", "A4", "A3"])
        #expect(files[0] == files[1])
    }

    @Test func aSheetMustGetExactlyItsPlannedRows() throws {
        let folder = try XlsxTestFolder()
        for written in [2, 4] {
            let book = try XlsxWorkbook(path: folder.path("rows\(written).xlsx"), options: try XlsxTestFolder.options(constantMemory: true))
            let sheet = try book.addSheet(XlsxSheetLayout(name: "Planned", columns: [XlsxColumn("n", .integer)]), rows: 3)
            let job = XlsxSheetJob(sheet: sheet, weight: 1) { rows in
                for row in 0..<written { try rows.append([.integer(Int64(row))]) }
            }
            #expect(throws: XlsxError.self) { try book.writeSheets([job], threads: 2) }
        }
        let book = try XlsxWorkbook(path: folder.path("twice.xlsx"), options: try XlsxTestFolder.options(constantMemory: true))
        let growing = try book.addSheet(XlsxSheetLayout(name: "Growing", columns: [XlsxColumn("n", .integer)]))
        #expect(throws: XlsxError.self) { try book.writeSheets([XlsxSheetJob(sheet: growing, weight: 1) { _ in }], threads: 2) }
    }

    @Test func theHeaviestSheetsAreSharedFirst() {
        // 46%, 20%, 15%, 10%, 8% of the monthly workbook's XML and small sheets.
        let weights = [1, 273, 1, 119, 48, 1, 89, 62, 1, 1, 1]
        let lanes = XlsxWorkbook.share(weights, threads: 2)
        #expect(lanes == [[0, 1, 2, 5, 8, 9, 10], [3, 4, 6, 7]])
        let loads = lanes.map { $0.reduce(0) { $0 + weights[$1] } }
        #expect(abs(loads[0] - loads[1]) <= 50)
        #expect(XlsxWorkbook.share(weights, threads: 1) == [Array(weights.indices)])
        #expect(XlsxWorkbook.share([], threads: 2) == [[]])
    }
}
