import Foundation
import Testing
@testable import CustomerReview

@Suite("Quarterly and weekly reports end to end, the tier snapshot round trip, handover files")
struct QuarterlyWeeklyReportTests {
    /// A small data folder whose scores can be changed between quarters.
    func dataFolder(_ scores: [String: [String]], tiers: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("quarters")
        var customers = "customer_id,name,status,salesperson,tier,company_scale,credit,cargo_volume,industry_influence,created_date\n"
        for id in scores.keys.sorted() {
            let s = scores[id] ?? []
            customers += "\(id),公司\(id),signed,张伟,\(tiers[id] ?? ""),\(s.joined(separator: ",")),2025-01-01\n"
        }
        try folder.write("customers.csv", customers)
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\n")
        try folder.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount\n")
        return folder
    }

    func quarterly(_ data: TemporaryFolder, out: TemporaryFolder, asOf: String, quarter: String) throws -> (RunResult, JSONValue?) {
        let result = try runBinary(["quarterly", "--data", data.path, "--as-of", asOf, "--quarter", quarter,
                                    "--out", out.path, "--formats", "json", "--quiet"])
        let json = try? JSONParser.parse(String(decoding: out.read("quarterly-\(quarter).json"), as: UTF8.self))
        return (result, json)
    }

    func customer(_ json: JSONValue?, _ id: String) -> JSONValue? {
        guard case .array(let list)? = json?["customers"] else { return nil }
        return list.first { $0["customer_id"] == .string(id) }
    }

    @Test func twoQuartersThroughTheSnapshot() throws {
        let out = try TemporaryFolder("out")
        // Q1: 90 everywhere → A, no tier anywhere → new. Q2: export says B, score says A → up.
        let first = try dataFolder(["Q1": ["90", "90", "90", "90"], "Q2": ["90", "90", "90", "90"], "Q3": ["", "50", "50", "50"]],
                                   tiers: ["Q2": "B"])
        let (r1, j1) = try quarterly(first, out: out, asOf: "2026-10-01", quarter: "2026Q3")
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(customer(j1, "Q1")?["movement"] == .string("new"))
        #expect(customer(j1, "Q2")?["movement"] == .string("up"))
        #expect(customer(j1, "Q2")?["previous_tier_source"] == .string("export"))
        #expect(customer(j1, "Q3")?["movement"] == .null)
        #expect(j1?["previous_snapshot"] == .null)
        let snapshot = try String(decoding: first.read("history/tiers-2026Q3.csv"), as: UTF8.self)
        #expect(snapshot == "\u{FEFF}customer_id,name,status,score,tier\r\nQ1,公司Q1,signed,90.00,A\r\nQ2,公司Q2,signed,90.00,A\r\nQ3,公司Q3,signed,,\r\n")

        // Next quarter the export lost its tier column values; Q1's score fell to 70 → B.
        let second = try dataFolder(["Q1": ["70", "70", "70", "70"], "Q2": ["90", "90", "90", "90"], "Q3": ["", "50", "50", "50"]])
        try FileManager.default.copyItem(atPath: first.file("history"), toPath: second.file("history"))
        let (r2, j2) = try quarterly(second, out: out, asOf: "2027-01-01", quarter: "2026Q4")
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(j2?["previous_snapshot"] == .string("2026Q3"))
        #expect(customer(j2, "Q1")?["previous_tier"] == .string("A"))
        #expect(customer(j2, "Q1")?["previous_tier_source"] == .string("snapshot"))
        #expect(customer(j2, "Q1")?["movement"] == .string("down"))
        #expect(customer(j2, "Q1")?["score_change"] == .number("-20.00"))
        #expect(customer(j2, "Q2")?["movement"] == .string("same"))
        #expect(customer(j2, "Q2")?["score_change"] == .number("0.00"))

        // Rerunning the same quarter replaces its snapshot and never reads it as previous.
        let firstBytes = try second.read("history/tiers-2026Q4.csv")
        let jsonBytes = try out.read("quarterly-2026Q4.json")
        let (r3, j3) = try quarterly(second, out: out, asOf: "2027-01-01", quarter: "2026Q4")
        #expect(r3.status == 0)
        #expect(j3?["previous_snapshot"] == .string("2026Q3"))
        #expect(try second.read("history/tiers-2026Q4.csv") == firstBytes)
        #expect(try out.read("quarterly-2026Q4.json") == jsonBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: second.file("history")).sorted() == ["tiers-2026Q3.csv", "tiers-2026Q4.csv"])
    }

    @Test func monthlyTakesTheTierInForceFromTheSnapshotWhenTheExportHasNone() throws {
        let data = try dataFolder(["S1": ["50", "50", "50", "50"], "S2": ["50", "50", "50", "50"]], tiers: ["S2": "B"])
        try data.write("history/tiers-2026Q3.csv", "customer_id,name,status,score,tier\nS1,x,signed,90.00,A\nS2,y,signed,90.00,A\n")
        let out = try TemporaryFolder("out")
        let result = try runBinary(["monthly", "--data", data.path, "--as-of", "2026-11-15", "--out", out.path, "--formats", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONParser.parse(String(decoding: out.read("monthly-2026-10.json"), as: UTF8.self))
        let list = try jsonArray(json["customers"], "customers")
        #expect(list[0]["tier"] == .string("A") && list[0]["tier_source"] == .string("snapshot"))
        #expect(list[0]["proposed_tier"] == .string("C"))
        #expect(list[1]["tier"] == .string("B") && list[1]["tier_source"] == .string("export"))
    }

    @Test func aDamagedSnapshotIsAnErrorNamingIt() throws {
        let data = try dataFolder(["S1": ["50", "50", "50", "50"]])
        try data.write("history/tiers-2026Q2.csv", "customer_id,name,status,score,tier\nS1,x,signed,90.00,Z\n")
        let out = try TemporaryFolder("out")
        let (result, _) = try quarterly(data, out: out, asOf: "2026-10-01", quarter: "2026Q3")
        #expect(result.status == 65)
        #expect(result.stderr.contains("history/tiers-2026Q2.csv line 2: the tier snapshot is damaged: tier 'Z' is not A, B or C"))
        #expect(!FileManager.default.fileExists(atPath: data.file("history/tiers-2026Q3.csv")))
    }

    @Test func goldenQuarterlyAndWeeklyJSON() throws {
        let history = try TemporaryFolder("history")
        let quarterly = try ReportRun(["quarterly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                       "--formats", "json,html", "--quiet"])
        #expect(quarterly.result.status == 0, "\(quarterly.result.stderr)")
        try expectGolden(quarterly.data("quarterly-2026Q3.json"), "quarterly-2026Q3.json")
        try expectGolden(quarterly.data("quarterly-2026Q3.html"), "quarterly-2026Q3.html")
        let weekly = try ReportRun(["weekly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                    "--formats", "json,html", "--quiet"])
        #expect(weekly.result.status == 0, "\(weekly.result.stderr)")
        try expectGolden(weekly.data("weekly-2026-W47.json"), "weekly-2026-W47.json")
        try expectGolden(weekly.data("weekly-2026-W47.html"), "weekly-2026-W47.html")
    }

    /// Issue 12: the last visit is the last on-site visit of all up to the as-of date (C007's
    /// was in September; C001's October phone call is not one), with the days since it, and a
    /// customer with a minimum not visited for 45 days is on the agenda saying how long.
    @Test func lastVisitIsTheLastOnSiteVisitOfAllWithTheDaysSince() throws {
        let history = try TemporaryFolder("history")
        let weekly = try ReportRun(["weekly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(weekly.result.status == 0, "\(weekly.result.stderr)")
        let json = try JSONSerialization.jsonObject(with: weekly.data("weekly-2026-W47.json")) as? [String: Any]
        let agenda = json?["agenda"] as? [[String: Any]] ?? []
        let c007 = agenda.first { $0["customer_id"] as? String == "C007" }
        let visits = c007?["visits"] as? [String: Any]
        #expect(visits?["last_visit"] as? String == "2026-09-30")
        #expect(visits?["days_since_last_visit"] as? Int == 46)
        #expect((c007?["reasons"] as? [String])?.contains("no_recent_on_site_visit") == true)
        let page = try weekly.text("weekly-2026-W47.html")
        #expect(page.contains("46天未实地拜访"))
        let book = try XlsxReader.read(weekly.out.file("weekly-2026-W47.xlsx"))
        #expect(book.sheets.contains { $0.cells.values.contains { $0.value.text?.contains("46天未实地拜访") == true } })

        let monthly = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                     "--formats", "json", "--quiet"])
        let customers = (try JSONSerialization.jsonObject(with: monthly.data("monthly-2026-10.json")) as? [String: Any])?["customers"]
            as? [[String: Any]] ?? []
        let c001 = customers.first { $0["customer_id"] as? String == "C001" }?["visits"] as? [String: Any]
        #expect(c001?["last_visit"] as? String == "2026-10-08")
        #expect(c001?["days_since_last_visit"] as? Int == 38)
    }

    @Test func quarterlyAndWeeklyWorkbooksAndPagesAreWritten() throws {
        let history = try TemporaryFolder("history")
        for (command, base) in [("quarterly", "quarterly-2026Q3"), ("weekly", "weekly-2026-W47")] {
            let run = try ReportRun([command, "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
            #expect(run.result.status == 0, "\(run.result.stderr)")
            let book = try XlsxReader.read(run.out.file(base + ".xlsx"))
            #expect(book.formulaCells == 0)
            #expect(book.sheets.first?.name == "汇总")
            #expect(book.sheets.last?.name == "数据问题")
            let page = try run.text(base + ".html")
            #expect(page.contains("Content-Security-Policy"))
            #expect(!page.contains("<script"))
        }
    }

    /// Two processes, a second apart, give the same bytes for every file (nothing depends on the
    /// clock, the process or the order threads finish in).
    @Test func sameInputsGiveByteIdenticalFilesAcrossProcesses() throws {
        for (command, base) in [("quarterly", "quarterly-2026Q3"), ("weekly", "weekly-2026-W47")] {
            let firstHistory = try TemporaryFolder("history-1")
            let secondHistory = try TemporaryFolder("history-2")
            let first = try ReportRun([command, "--data", smallFixture, "--as-of", "2026-11-15", "--history", firstHistory.path, "--quiet"],
                                      label: "first")
            Thread.sleep(forTimeInterval: 1.1)
            let second = try ReportRun([command, "--data", smallFixture, "--as-of", "2026-11-15", "--history", secondHistory.path, "--quiet"],
                                       label: "second")
            for format in ["xlsx", "html", "json"] {
                #expect(try first.data(base + "." + format) == second.data(base + "." + format), "\(base).\(format)")
            }
        }
        let first = try ReportRun(["evaluation-forms", "--data", smallFixture, "--as-of", "2026-11-15", "--quiet"], label: "first")
        Thread.sleep(forTimeInterval: 1.1)
        let second = try ReportRun(["evaluation-forms", "--data", smallFixture, "--as-of", "2026-11-15", "--quiet"], label: "second")
        let forms = first.files.filter { $0.hasSuffix(".xlsx") }
        #expect(forms.count == 4)
        for name in forms { #expect(try first.data(name) == second.data(name), "\(name)") }
    }

    @Test func handoverWorkbooksOnePerSalesperson() throws {
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--formats", "json",
                                 "--split", "salesperson", "--quiet"])
        #expect(run.result.status == 0)
        #expect(run.files.filter { $0.hasSuffix(".xlsx") } == [
            "monthly-2026-10-salesperson/(未分配).xlsx", "monthly-2026-10-salesperson/张伟.xlsx",
            "monthly-2026-10-salesperson/李娜.xlsx", "monthly-2026-10-salesperson/王芳.xlsx",
        ])
        let book = try XlsxReader.read(run.out.file("monthly-2026-10-salesperson/张伟.xlsx"))
        #expect(book.sheets.map(\.name) == ["客户", "拜访记录", "政策检查"])
        let customers = try #require(book.sheet("客户"))
        #expect(customers.value("A4") == .text("C001") && customers.value("A5") == .text("C002"))
        #expect(customers.validations.contains { $0.type == "list" })
        let byDepartment = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--formats", "json",
                                          "--split", "department", "--quiet"])
        #expect(byDepartment.files.filter { $0.hasSuffix(".xlsx") } == [
            "monthly-2026-10-department/华东业务部.xlsx", "monthly-2026-10-department/华南业务部.xlsx",
        ])
    }

    @Test(arguments: [
        ("张伟", "张伟"), ("a/b", "a_b"), ("../../etc/passwd", "_.._etc_passwd"), ("..", "x"), (".hidden", "hidden"),
        ("  spaced  ", "spaced"), ("tab\there", "tab_here"), ("C:\\x", "C__x"), ("", "x"), ("-rf", "rf"),
    ])
    func safeFileNames(name: String, safe: String) {
        #expect(SafeFileName.component(name, fallback: "x") == safe)
    }

    @Test func safeNamesStayDistinctAndShort() {
        #expect(SafeFileName.distinct(["a/b", "a_b", "A_B", "a?b"], fallback: "x") == ["a_b", "a_b (2)", "A_B (3)", "a_b (4)"])
        let long = String(repeating: "物流", count: 200)
        #expect(SafeFileName.component(long, fallback: "x").utf8.count <= 120)
    }
}
