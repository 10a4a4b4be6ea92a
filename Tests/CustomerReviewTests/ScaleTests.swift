import Foundation
import Testing
@testable import CustomerReview

@Suite("Company scale, small enough for CI: sample → monthly and quarterly, sheets past the row limit")
struct ScaleTests {
    @Test func sampleThroughMonthlyAndQuarterlyEndToEnd() throws {
        let data = try TemporaryFolder("scale-data")
        let sample = try runBinary(["sample", "--out", data.path, "--customers", "400", "--months", "12", "--seed", "7", "--quiet"])
        #expect(sample.status == 0, "\(sample.stderr)")
        let monthly = try ReportRun(["monthly", "--data", data.path, "--as-of", "2026-11-15", "--quiet"])
        #expect(monthly.result.status == 0, "\(monthly.result.stderr)")
        let json = try JSONParser.parse(monthly.text("monthly-2026-10.json"))
        guard case .array(let customers)? = json["customers"], case .array(let visits)? = json["visit_records"],
              case .array(let issues)? = json["data_issues"] else {
            Issue.record("the monthly JSON lacks its lists")
            return
        }
        #expect(customers.count >= 400)
        #expect(visits.count > 300)
        // The sample's deliberate bad rows: 27 in the four exports, 5 in evaluations.csv.
        #expect(issues.count == 32)
        // Every customer's aging reconciles to the fen, and the totals are the customers' sums.
        var outstanding = Money.zero
        for customer in customers {
            guard let r = customer["receivables"], case .number(let o)? = r["outstanding"],
                  case .number(let after)? = r["after_period_end"], case .object(let buckets)? = r["buckets"] else { continue }
            var sum = yuan(after)
            for (_, value) in buckets { if case .number(let b) = value { sum += yuan(b) } }
            #expect(sum == yuan(o))
            outstanding += yuan(o)
        }
        #expect(json["totals"]?["receivables"]?["outstanding"] == .number(outstanding.description))
        let book = try XlsxReader.read(monthly.out.file("monthly-2026-10.xlsx"))
        #expect(book.sheet("客户")?.maxRow == 3 + customers.count)
        #expect(book.sheet("拜访记录")?.maxRow == 3 + visits.count)

        let history = try TemporaryFolder("scale-history")
        let quarterly = try ReportRun(["quarterly", "--data", data.path, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(quarterly.result.status == 0, "\(quarterly.result.stderr)")
        #expect(FileManager.default.fileExists(atPath: history.file("tiers-2026Q3.csv")))
    }

    @Test func aSheetPastTheRowLimitContinuesAndTheSummarySaysSo() throws {
        let settings = PolicySettings.defaults
        let asOf = try #require(CalendarDate(iso: "2026-11-15"))
        let period = YearMonth(year: 2026, month: 10)
        let folder = try DataFolder(path: smallFixture, settings: settings)
        let scope = MonthlyReview.scope(asOf: asOf, period: period, settings: settings)
        let report = MonthlyReview.build(try gatherInputs(folder, scope: scope, history: folder.defaultHistoryFolder),
                                         period: period, asOf: asOf, settings: settings)
        let out = try TemporaryFolder("limit")
        // Four data rows a sheet (three title and header rows count too): eight customers need two more sheets.
        try MonthlyWorkbook.write(report, language: .en, to: out.file("small-limit.xlsx"), rowLimit: 7)
        let book = try XlsxReader.read(out.file("small-limit.xlsx"))
        let names = book.sheets.map(\.name)
        #expect(names.contains("Customers (2)"))
        #expect(names.contains("Data issues (3)"))
        // The summary (itself continued at this limit) ends with the notes.
        let summaries = book.sheets.filter { $0.name.hasPrefix("Summary") }
        let notes = summaries.flatMap { $0.cells.values.compactMap(\.value.text) }.filter { $0.hasPrefix("continued on") }
        #expect(notes.contains("continued on Customers (2)"))
        // The continuation keeps the header row.
        #expect(book.sheet("Customers (2)")?.value("A3") == .text("Customer ID"))
    }
}
