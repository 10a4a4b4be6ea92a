import Foundation
import Testing
@testable import CustomerReview

/// What a newcomer meets in the first minutes (issue 12, point 7): the version, the messages
/// about a wrong `--data`, and `inspect`'s columns lined up for Chinese headers.
@Suite("The first minutes: version, a wrong data folder, inspect's columns")
struct FirstMinutesTests {
    @Test(arguments: ["--version", "-V"])
    func versionIsPrinted(flag: String) throws {
        let result = try runBinary([flag])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("customer-review 1."), "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func aFolderMissingSeveralFilesNamesThemAllInOneMessage() throws {
        let folder = try TemporaryFolder("several-missing")
        try folder.write("customers.csv", "customer_id,name,status\nC1,A,signed\n")
        let result = try runBinary(["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("the required files visits.csv (客户拜访记录表) and receivables.csv (应收明细) are missing"),
                "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func dataPointingAtAFileSaysItIsAFile() throws {
        let result = try runBinary(["validate", "--data", (smallFixture as NSString).appendingPathComponent("customers.csv")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("customers.csv is a file, not a folder"), "\(result.stderr)")
    }

    @Test func displayWidthCountsChineseAsTwoColumns() {
        #expect(ConsoleText.displayWidth("客户编号") == 8)
        #expect(ConsoleText.displayWidth("name") == 4)
        #expect(ConsoleText.displayWidth("e-mail") == 6)
        #expect(ConsoleText.padded("网址", to: 6) == "网址  ")
    }

    @Test func inspectLinesUpChineseAndEnglishHeadersByDisplayWidth() throws {
        let folder = try TemporaryFolder("inspect-width")
        let path = try folder.write("customers.csv", "客户编号,name,客户状态,e-mail\nC1,A,签约,a@b.c\n")
        let result = try runBinary(["inspect", path])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").filter { $0.contains("→") }.map(String.init)
        #expect(rows.count == 4)
        let arrows = Set(rows.map { row in ConsoleText.displayWidth(String(row[..<(row.range(of: "→")?.lowerBound ?? row.endIndex)])) })
        #expect(arrows.count == 1, "\(rows)")
    }

    /// Issue 12, point 2: a period without visits or invoices (a wrong --as-of, an old export)
    /// says so in one line and on the summary line, and the run still succeeds.
    @Test func aPeriodWithoutVisitsOrInvoicesSaysSo() throws {
        let out = try TemporaryFolder("empty-period")
        let result = try runBinary(["monthly", "--data", smallFixture, "--as-of", "2027-03-15", "--out", out.path,
                                    "--history", out.file("history")])
        #expect(result.status == 0, "\(result.stderr)")
        let notes = result.stderr.split(separator: "\n").filter { $0.contains("note: ") }
        #expect(notes == ["customer-review: note: visits.csv has no visits dated in 2027-02 and receivables.csv has no invoices dated in 2027-02; the report is written, but check --as-of (or --period/--quarter) and that the exports are current"])
        let summary = result.stderr.split(separator: "\n").last { $0.hasPrefix("customer-review monthly 2027-02:") }
        #expect(summary?.contains("no visits in 2027-02, no invoices in 2027-02; wrote") == true, "\(result.stderr)")
        // The workbook's summary sheet and the page say so too.
        let book = try XlsxReader.read(out.file("monthly-2027-02.xlsx"))
        let texts = try #require(book.sheet("汇总")).cells.values.compactMap(\.value.text)
        #expect(texts.contains { $0.hasPrefix("拜访记录中没有以下期间的拜访: 2027-02") && $0.contains("--as-of") }, "\(texts)")
        let page = String(decoding: try out.read("monthly-2027-02.html"), as: UTF8.self)
        #expect(page.contains("<p class=\"note notice\">拜访记录中没有以下期间的拜访: 2027-02;应收明细中没有以下月份的单据: 2027-02。"))
        let fine = try runBinary(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--out", out.path,
                                  "--history", out.file("history"), "--formats", "json"])
        #expect(!fine.stderr.contains("note: "))
        #expect(!String(decoding: try out.read("monthly-2026-10.json"), as: UTF8.self).isEmpty)
    }

    /// Issue 12, point 3: the quarterly demo writes its snapshot into sample-data/history/,
    /// which git ignores, so a fresh clone stays clean.
    @Test func theDemosTierSnapshotIsIgnoredByGit() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", repositoryRoot, "check-ignore", "-q", "sample-data/history/tiers-2026Q3.csv"]
        _ = try runCapturingOutput(process)
        #expect(process.terminationStatus == 0)
    }
}
