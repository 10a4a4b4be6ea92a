import Foundation
import Testing
@testable import CustomerReview

@Suite("Monthly review end to end: files, golden JSON and HTML, workbook, determinism, exit statuses")
struct MonthlyReportTests {
    static let arguments = ["monthly", "--data", smallFixture, "--as-of", "2026-11-15"]

    @Test func writesTheThreeFilesAndOneSummaryLine() throws {
        let run = try ReportRun(Self.arguments + ["--quiet"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stderr.isEmpty)
        #expect(run.files == [".customer-review.lock", "monthly-2026-10.html", "monthly-2026-10.json", "monthly-2026-10.xlsx"])
        let loud = try ReportRun(Self.arguments)
        let lines = loud.result.stderr.split(separator: "\n")
        #expect(lines.count == 18)
        #expect(lines.last == "customer-review monthly 2026-10: 8 customers, 18 findings, 17 data issues; wrote monthly-2026-10.html, monthly-2026-10.json, monthly-2026-10.xlsx, history/monthly-2026-10.csv")
    }

    @Test func goldenJSONAndHTML() throws {
        let run = try ReportRun(Self.arguments + ["--quiet"])
        try expectGolden(run.data("monthly-2026-10.json"), "monthly-2026-10.json")
        try expectGolden(run.data("monthly-2026-10.html"), "monthly-2026-10.html")
        let english = try ReportRun(Self.arguments + ["--quiet", "--lang", "en", "--formats", "html"])
        try expectGolden(english.data("monthly-2026-10.html"), "monthly-2026-10.en.html")
    }

    private func firstIndicator(_ customer: JSONValue?) -> JSONValue? {
        guard case .array(let items)? = customer?["score_breakdown"]?["indicators"] else { return nil }
        return items.first
    }

    @Test func figuresComputedByHand() throws {
        let run = try ReportRun(Self.arguments + ["--quiet", "--formats", "json"])
        let json = try JSONParser.parse(run.text("monthly-2026-10.json"))
        guard case .array(let customers)? = json["customers"] else {
            Issue.record("no customers")
            return
        }
        func customer(_ id: String) -> JSONValue? { customers.first { $0["customer_id"] == .string(id) } }
        // 25·85.02 + 30·85 + 30·85 + 15·85 = 8500.50 → 85.005 → 85.01 → A from the score.
        #expect(customer("C002")?["score"] == .number("85.01"))
        #expect(customer("C002")?["tier"] == .string("A"))
        #expect(customer("C002")?["performance"]?["commission"] == .number("200.01"))
        // 50,000.00 − 10,000.00 dated 2026-07-15 is over three months and overdue (A, 60 days).
        #expect(customer("C001")?["receivables"]?["over_3_months"] == .number("40000.00"))
        #expect(customer("C001")?["limits"]?["over_credit_limit"] == .number("590000.00"))
        #expect(customer("C001")?["visits"]?["shortfall"] == .integer(1))
        #expect(customer("C003")?["receivables"]?["after_period_end"] == .number("3000.00"))
        // C005 has no company_scale in customers.csv; the committee's one evaluator (财务部, 64)
        // gives it: 25·64 + 30·60 + 30·60 + 15·60 = 6100 → 61.00, so it is no longer unscored.
        #expect(customer("C005")?["score"] == .number("61.00"))
        #expect(firstIndicator(customer("C005"))?["source"] == .string("committee"))
        #expect(customer("C005")?["contract"]?["compliant"] == .null)
        #expect(customer("C007")?["contract"]?["compliant"] == .bool(false))
        #expect(customer("C008")?["tier"] == .null)
        #expect(customer("C006")?["flags"] == .array([]))
        #expect(json["totals"]?["receivables"]?["outstanding"] == .number("1688845.67"))
        let issues = try jsonArray(json["data_issues"], "data_issues")
        #expect(issues.count == 17)
        #expect(issues.first == .object([
            ("file", .string("customers.csv")), ("line", .integer(9)), ("column", .string("customer_id")),
            ("value", .string("C007")), ("code", .string("duplicate_customer")),
            ("message", .string("客户编号已在第8行使用;保留第一行")), ("effect", .string("row_left_out")),
        ]))
    }

    @Test func agingReconcilesToTheFenForEveryCustomerAndTotal() throws {
        let run = try ReportRun(Self.arguments + ["--quiet", "--formats", "json"])
        let json = try JSONParser.parse(run.text("monthly-2026-10.json"))
        let customers = try jsonArray(json["customers"], "customers")
        let totals = try #require(json["totals"])
        for holder in customers.map({ $0["receivables"] }) + [totals["receivables"]] {
            guard let r = holder, case .object(let buckets)? = r["buckets"],
                  case .number(let after)? = r["after_period_end"], case .number(let outstanding)? = r["outstanding"]
            else { Issue.record("bad receivables"); continue }
            var sum = yuan(after)
            for (_, value) in buckets {
                guard case .number(let text) = value else { continue }
                sum += yuan(text)
            }
            #expect(sum == yuan(outstanding))
        }
    }

    @Test func workbookReadByAnIndependentReader() throws {
        let run = try ReportRun(Self.arguments + ["--quiet", "--formats", "xlsx"])
        let book = try XlsxReader.read(run.out.file("monthly-2026-10.xlsx"))
        #expect(book.sheets.map(\.name) == ["汇总", "客户", "拜访达标", "拜访记录", "应收账龄", "部门汇总", "合同", "政策检查", "趋势", "分类政策", "数据问题"])
        #expect(book.formulaCells == 0)
        #expect(book.rawFormulaTags == 0)
        #expect(book.charts.count == 3 + 3)  // and the three line charts of the trends
        let customers = try #require(book.sheet("客户"))
        #expect(customers.freeze == "C4")
        #expect(customers.value("A5") == .text("C002"))
        #expect(customers.value("G5") == .number(85.01))
        let invoiced = try #require(customers.cells["R4"])
        #expect(invoiced.value == .number(1_200_000))
        #expect(invoiced.format == "#,##0.00")
        // The formula-like name of C006 is inert text.
        let hostile = try #require(customers.cells["B9"])
        #expect(hostile.value == .text("=HYPERLINK(\"http://x\")"))
        #expect(hostile.type == "s")
        #expect(hostile.format == "@")
        #expect(hostile.quotePrefix)
        let visits = try #require(book.sheet("拜访记录"))
        #expect(visits.cells["A4"]?.type == "d")
        #expect(visits.validations.contains { $0.type == "list" && $0.formula1 == "\"已审核,需跟进,有异议,退回补充\"" })
        #expect(visits.validations.contains { $0.type == "date" })
        #expect(customers.validations.contains { $0.type == "list" })
        // Each highlight tests the column it is about, found by its header (row 3).
        for header in ["缺少", "超账期", "超资信额度", "超垫资额度"] {
            let cell = try #require(customers.cells.first { $0.key.hasSuffix("3") && $0.key.dropLast().allSatisfy(\.isLetter)
                && $0.value.value == .text(header) }, "no column '\(header)'")
            let column = String(cell.key.dropLast())
            #expect(customers.conditional.contains { rule in
                rule.formulas.contains("AND(ISNUMBER($\(column)4),$\(column)4>0)") && rule.sqref.hasPrefix(column + "4")
            }, "no highlight on \(header) (column \(column)): \(customers.conditional)")
        }
        let issues = try #require(book.sheet("数据问题"))
        #expect(issues.maxRow == 3 + 17)
    }

    @Test func englishWorkbookNamesEverythingInEnglish() throws {
        let run = try ReportRun(Self.arguments + ["--quiet", "--formats", "xlsx", "--lang", "en"])
        let book = try XlsxReader.read(run.out.file("monthly-2026-10.xlsx"))
        #expect(book.sheets.map(\.name) == ["Summary", "Customers", "Visit compliance", "Visit records", "Receivables aging",
                                            "Departments", "Contracts", "Policy findings", "Trends", "Tier policies", "Data issues"])
        #expect(book.sheet("Customers")?.value("A3") == .text("Customer ID"))
    }

    @Test func sameInputsGiveByteIdenticalFiles() throws {
        let first = try ReportRun(Self.arguments + ["--quiet"], label: "first")
        Thread.sleep(forTimeInterval: 1.1)
        let second = try ReportRun(Self.arguments + ["--quiet"], label: "second")
        for name in ["monthly-2026-10.xlsx", "monthly-2026-10.html", "monthly-2026-10.json"] {
            #expect(try first.data(name) == second.data(name), "\(name)")
        }
    }

    @Test func strictWritesNothingWhenThereIsAnIssue() throws {
        let run = try ReportRun(Self.arguments + ["--strict"])
        #expect(run.result.status == 65)
        #expect(run.files.isEmpty)
        #expect(run.result.stderr.contains("17 data issues and --strict was given; nothing was written"))
    }

    @Test func outputPathThatIsAFileExitsSeventyThree() throws {
        let folder = try TemporaryFolder("file")
        let file = try folder.write("taken", "not a folder")
        let result = try runBinary(Self.arguments + ["--quiet", "--out", file])
        #expect(result.status == 73)
        #expect(result.stderr.contains("the output path is a file"))
        let below = try runBinary(Self.arguments + ["--quiet", "--out", file + "/reports"])
        #expect(below.status == 73)
        #expect(below.stderr.contains("the output folder cannot be created"), "\(below.stderr)")
        // One line each; the file is untouched and nothing was written beside it.
        #expect(result.stderr.split(separator: "\n").count == 1 && below.stderr.split(separator: "\n").count == 1)
        #expect(try snapshot(of: folder.path) == ["taken": Data("not a folder".utf8)])
    }

    @Test func aSecondRunOnTheSameFolderExitsSeventyFive() throws {
        let folder = try TemporaryFolder("lock")
        let lock = open(folder.file(".customer-review.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        defer { close(lock) }
        let result = try runBinary(Self.arguments + ["--quiet", "--out", folder.path])
        #expect(result.status == 75)
        #expect(result.stderr.contains("another customer-review run is writing this folder; try again later"))
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder.path)) == [".customer-review.lock"])
        // With earlier reports there (and a stale temporary file of a killed run, which only
        // the lock holder may remove): all stay as they were. `aSecondRunAtTheSameTimeExitsSeventyFive`
        // races two real runs.
        flock(lock, LOCK_UN)
        let before = try Self.writeEarlierReports(into: folder.path)
        try folder.write(".monthly-2026-10.json.tmp-99999", "stale")
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let again = try runBinary(Self.arguments + ["--quiet", "--out", folder.path])
        #expect(again.status == 75)
        #expect(again.stderr.split(separator: "\n").count == 1)
        var expected = before
        expected[".monthly-2026-10.json.tmp-99999"] = Data("stale".utf8)
        #expect(try snapshot(of: folder.path) == expected)
    }

    @Test func aFailedRunLeavesEarlierReportsAsTheyWere() throws {
        let run = try ReportRun(Self.arguments + ["--quiet"])
        let before = try run.files.map { ($0, try run.data($0)) }
        let templates = try TemporaryFolder("templates")
        try templates.write("monthly.html", "<p>{{#each customers}}</p>")
        let failed = try runBinary(Self.arguments + ["--quiet", "--out", run.out.path, "--templates", templates.path])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("monthly.html line 1"))
        #expect(try run.files.map { ($0, try run.data($0)) }.elementsEqual(before) { $0.0 == $1.0 && $0.1 == $1.1 })
    }

    @Test func usageErrors() throws {
        #expect(try runBinary(Self.arguments + ["--period", "2026-11"]).status == 64)
        #expect(try runBinary(Self.arguments + ["--formats", "xlsx,pdf"]).status == 64)
        #expect(try runBinary(["monthly", "--as-of", "2026-11-15"]).status == 64)
        #expect(try runBinary(Self.arguments + ["--lang", "fr"]).status == 64)
    }
}

@Suite("Progress on a terminal")
struct ProgressTests {
    /// Runs the binary with a terminal (util-linux `script`), as a person at a console would.
    func onTerminal(_ arguments: [String]) throws -> RunResult {
        let command = ([binaryPath] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.standardInput = FileHandle.nullDevice
        let (data, _) = try runCapturingOutput(process)
        return RunResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }

    @Test func aTerminalSeesEachPhaseAndQuietSilencesIt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is needed for a terminal")
        let out = try TemporaryFolder("tty")
        let shown = try onTerminal(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--out", out.path, "--formats", "json",
                                    "--history", out.file("history")])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("customer-review: reading customers.csv…"))
        #expect(shown.stdout.contains("customer-review: reading visits.csv, receivables.csv…"))
        #expect(shown.stdout.contains("customer-review: writing json and the monthly snapshot…"))
        let quiet = try onTerminal(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--out", out.path,
                                    "--formats", "json", "--quiet", "--history", out.file("history")])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout)")
    }
}
