import Foundation
import Testing
@testable import CustomerReview

/// Issue 10, "an unattended run never breaks": inputs that real exports do contain, tried as an
/// attacker and as a careless clerk would, which broke the promises of SPEC §3 and §5. Each
/// test failed before its fix. The faults of files and folders are in
/// `UnattendedRunTests+Files.swift`.
@Suite("Unattended runs: hostile values, snapshots, settings and dates at the edges")
struct UnattendedRunTests {
    static let scores = ["90", "88", "70", "50"]

    /// A data folder whose customers have these names (each scored, with one salesperson).
    static func data(names: [String], header: [String]? = nil, salespeople: [String]? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("unattended")
        let columns = header ?? ["customer_id", "name", "status", "salesperson", "company_scale", "credit", "cargo_volume",
                                 "industry_influence"]
        var rows = [columns]
        for (index, name) in names.enumerated() {
            let row: [String] = columns.map { column in
                switch column {
                case "customer_id": "C\(index + 1)"
                case "name": name
                case "status": "signed"
                case "salesperson": salespeople?[index] ?? "张伟"
                case "company_scale": scores[0]
                case "credit": scores[1]
                case "cargo_volume": scores[2]
                default: scores[3]
                }
            }
            rows.append(row)
        }
        var writer = CSVWriter()
        rows.forEach { writer.row($0) }
        try folder.write("customers.csv", bytes: writer.bytes)
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\nC1,2026-10-12,张伟\n")
        try folder.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount,volume\nI1,C1,2026-10-05,100.00,2.5\n")
        return folder
    }

    static func run(_ command: String, _ data: TemporaryFolder, asOf: String, _ extra: [String] = [],
                    out: TemporaryFolder) throws -> RunResult {
        try runBinary([command, "--data", data.path, "--as-of", asOf, "--out", out.path, "--quiet"] + extra)
    }

    // MARK: 1. Snapshots survive any name

    static let hostileNames = ["上海\r\n鸿运", "杭州\n顺达", "南京\r长江", "苏州,新城", "宁波;利宇", "广州\"恒泰\"",
                               "深圳\"\u{301}达", "厦门\n\u{301}海", "福州\r\n\u{301}港", "天津,\u{301}\"x\"\r\n;"]

    @Test func aNameWithLineBreaksQuotesAndDelimitersSurvivesTheSnapshot() throws {
        let data = try Self.data(names: Self.hostileNames)
        let out = try TemporaryFolder("out")
        let first = try Self.run("quarterly", data, asOf: "2026-10-01", ["--quarter", "2026Q3"], out: out)
        #expect(first.status == 0, "\(first.stderr)")
        let snapshot = try TierSnapshot.read(data.file("history/tiers-2026Q3.csv"), quarter: Quarter(year: 2026, number: 3))
        #expect(snapshot.rows.count == Self.hostileNames.count)
        for (index, name) in Self.hostileNames.enumerated() {
            #expect(snapshot.rows["C\(index + 1)"]?.name == name, "C\(index + 1)")
        }
        // Every later run reads the snapshot back.
        for (command, asOf, extra) in [("monthly", "2026-11-15", []), ("weekly", "2026-11-15", []),
                                        ("quarterly", "2027-01-05", ["--quarter", "2026Q4"])] {
            let result = try Self.run(command, data, asOf: asOf, extra + ["--formats", "json"], out: out)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    /// The writer quotes by bytes: a quote or a line break followed by a combining mark is one
    /// `Character` that equals neither.
    @Test func theCSVWriterQuotesByBytes() throws {
        for name in Self.hostileNames + ["plain", " edge ", "", "\u{301}", "a\u{0}b"] {
            var writer = CSVWriter()
            writer.row(["id", name])
            let folder = try TemporaryFolder("csv-writer")
            let path = try folder.write("t.csv", bytes: Array("h1,h2\r\n".utf8) + writer.bytes)
            let (_, records) = try readRecords(path, encoding: .utf8)
            #expect(records.count == 2)
            #expect(records.last?.fields == ["id", name], "\(Array(name.unicodeScalars))")
        }
    }

    /// The sample's exports are quoted by the same code as the snapshots, the way a spreadsheet
    /// quotes: in a `;` file an amount keeps its commas unquoted, where a snapshot (which must
    /// read back whatever the reader takes for the delimiter) quotes them; both quote the
    /// delimiter, quotes and line breaks alike, and both read back.
    @Test func theSampleQuotesWithTheSnapshotsCodeAsAnExportWould() throws {
        let fields = ["1,234.50", "say \"hi\"", "a;b", "two\nlines", " edge ", "plain"]
        var record = SampleRecord(delimiter: UInt8(ascii: ";"))
        for field in fields { record.add(field) }
        #expect(String(decoding: record.bytes, as: UTF8.self) == "1,234.50;\"say \"\"hi\"\"\";\"a;b\";\"two\nlines\"; edge ;plain")
        #expect(record.innerLineBreaks == 1)
        var writer = CSVWriter(delimiter: UInt8(ascii: ";"))
        writer.row(fields)
        #expect(String(decoding: writer.bytes, as: UTF8.self)
                == "\"1,234.50\";\"say \"\"hi\"\"\";\"a;b\";\"two\nlines\";\" edge \";plain\r\n")
        let folder = try TemporaryFolder("csv-quoting")
        let path = try folder.write("t.csv", bytes: Array("h1;h2;h3;h4;h5;h6\r\n".utf8) + record.bytes + [0x0D, 0x0A])
        let (_, records) = try readRecords(path, encoding: .utf8)
        #expect(records.last?.fields == ["1,234.50", "say \"hi\"", "a;b", "two\nlines", " edge ", "plain"])
    }

    // MARK: 2. No arithmetic trap on any input

    @Test(arguments: ["-92233720368547758.07", "100.01", "-0.01", "92233720368547758.07"])
    func aSnapshotScoreOutsideTheScaleIsADamagedSnapshot(score: String) throws {
        let data = try Self.data(names: ["上海鸿运"])
        try data.write("history/tiers-2026Q2.csv", "\u{FEFF}customer_id,name,status,score,tier\r\nC1,上海鸿运,signed,\(score),A\r\n")
        let out = try TemporaryFolder("out")
        let result = try Self.run("quarterly", data, asOf: "2026-10-01", ["--quarter", "2026Q3"], out: out)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("history/tiers-2026Q2.csv line 2: the tier snapshot is damaged: score '\(score)'"),
                "\(result.stderr)")
    }

    /// Volumes below the documented maximum, added up past what 64 bits hold: the row that
    /// would pass the ceiling is a data issue, never a trap.
    @Test func volumesThatWouldAddUpPastTheCeilingAreADataIssue() throws {
        #expect(VolumeParser.parse(Array("999999999.999".utf8)[...]) != nil)
        #expect(VolumeParser.parse(Array("1000000000".utf8)[...]) == nil)
        let folder = try TemporaryFolder("ceiling")
        var csv = "invoice_no,customer_id,invoice_date,amount,volume\n"
        for index in 1...4 { csv += "I\(index),C1,2026-10-05,999999999.99,999999999.999\n" }
        let path = try folder.write("receivables.csv", csv)
        let table = try InputTable(kind: .receivables, path: path, encoding: nil, indicators: PolicySettings.defaults.indicators)
        let scope = MonthlyReview.scope(asOf: CalendarDate(year: 2026, month: 11, day: 15)!, period: YearMonth(year: 2026, month: 10),
                                        settings: .defaults)
        let ceiling = ReceivableCeiling(maximumFen: 500_000_000_000, maximumVolumeUnits: 2_500_000_000_000)
        let gathered = try ReceivableGathering.gather(table, scopes: [scope], indexByID: ["C1": 0], termDays: [30], settings: .defaults, ceiling: ceiling)
        #expect(gathered.usableRows == 2)
        #expect(gathered.issues.map(\.line) == [4, 5])
        #expect(gathered.issues.allSatisfy { $0.problem == .amountsAddUpTooFar && $0.effect == .rowLeftOut })
        #expect(gathered.results.first?.positions[0].volume == ExactDecimal(units: 1_999_999_999_998, scale: 3))
        // The run's own ceiling leaves every sum of the reports room in 64 bits.
        #expect(ReceivableCeiling.run.maximumFen <= Int64.max / 4)
        #expect(ReceivableCeiling.run.maximumVolumeUnits <= Int64.max / 4)
    }

    // MARK: 3. A cut cell never stops a report

    @Test func aCutCellNeverStopsAWorkbook() throws {
        let long = String(repeating: "长", count: 40_000)
        let data = try Self.data(names: [long, "控制\u{1}字符\u{FFFE}"])
        for (command, asOf, extra, file) in [
            ("quarterly", "2026-10-01", ["--quarter", "2026Q3"], "quarterly-2026Q3.xlsx"),
            ("weekly", "2026-11-15", [], "weekly-2026-W47.xlsx"),
            ("monthly", "2026-11-15", ["--split", "salesperson"], "monthly-2026-10.xlsx"),
        ] {
            let out = try TemporaryFolder("out")
            let result = try Self.run(command, data, asOf: asOf, extra + ["--formats", "xlsx"], out: out)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let book = try XlsxReader.read(out.file(file))
            let summary = try #require(book.sheets.first)
            let notes = summary.cells.values.compactMap(\.value.text).filter { $0 == Label.cellNotices.text(.zh) }
            #expect(notes.count >= 2, "\(command): the summary lists no cut cells")
            if command == "monthly" {
                let handover = try XlsxReader.read(out.file("monthly-2026-10-salesperson/张伟.xlsx"))
                let listed = handover.sheets.flatMap { $0.cells.values.compactMap(\.value.text) }
                    .filter { $0 == Label.cellNotices.text(.zh) }
                #expect(listed.count >= 2, "the handover workbook lists no cut cells")
            }
        }
    }

    // MARK: 8. Nothing unscored in silence

    @Test func aMissingIndicatorColumnIsOneIssueThatCountsTheUnscored() throws {
        let data = try Self.data(names: ["上海鸿运", "杭州顺达", "南京长江"],
                                 header: ["customer_id", "name", "status", "company_scale", "credit", "cargo_volume"])
        let result = try runBinary(["validate", "--data", data.path, "--as-of", "2026-11-15"])
        #expect(result.status == 0, "\(result.stderr)")
        // Industry influence has no criteria and there is no evaluations.csv: nothing else scores it.
        let lines = result.stdout.split(separator: "\n").filter { $0.contains("industry_influence") }
        #expect(lines.count == 1, "\(result.stdout)")
        #expect(lines.first?.contains("customers.csv: the column for indicator 'industry_influence' (行业影响力) is missing") == true, "\(result.stdout)")
        #expect(lines.first?.contains("3 customers are unscored because of it") == true, "\(result.stdout)")
        // Credit standing has criteria (the overdue share), which score every customer without the column.
        let noCredit = try Self.data(names: ["上海鸿运", "杭州顺达", "南京长江"],
                                     header: ["customer_id", "name", "status", "company_scale", "cargo_volume", "industry_influence"])
        let scored = try runBinary(["validate", "--data", noCredit.path, "--as-of", "2026-11-15"])
        #expect(scored.stdout.contains("the column for indicator 'credit' (资信状况) is missing; no customer is unscored because of it"),
                "\(scored.stdout)")
        let out = try TemporaryFolder("out")
        let monthly = try Self.run("monthly", data, asOf: "2026-11-15", ["--formats", "json"], out: out)
        #expect(monthly.status == 0, "\(monthly.stderr)")
        let json = try JSONParser.parse(String(decoding: out.read("monthly-2026-10.json"), as: UTF8.self))
        guard case .array(let issues)? = json["data_issues"] else { Issue.record("no data_issues"); return }
        #expect(issues.filter { $0["code"] == .string("missing_indicator_column") }.count == 1)
    }

    @Test func weightsThatCannotBeAddedExactlyAreRefusedNamingTheKey() throws {
        let folder = try TemporaryFolder("weights")
        let config = try folder.write("policy.json", """
            {"indicators": [{"id": "company_scale", "weight": 10000000000}, {"id": "credit", "weight": 0.000000001}]}
            """)
        let result = try runBinary(["config", "--print", "--config", config])
        #expect(result.status == 65, "\(result.stdout)")
        #expect(result.stderr.contains("indicators[0].weight"), "\(result.stderr)")
    }

    // MARK: 9. Settings fail as settings

    @Test func reviewMarksPastExcelsListBytesAreRefusedAsSettings() throws {
        let data = try Self.data(names: ["上海鸿运"])
        let mark = String(repeating: "审", count: 30)
        let config = try data.write("policy.json", "{\"review_marks\": [\"\(mark)\", \"\(mark)\", \"\(mark)\"]}")
        let out = try TemporaryFolder("out")
        let result = try Self.run("monthly", data, asOf: "2026-11-15", ["--config", config], out: out)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("review_marks"), "\(result.stderr)")
        #expect(result.stderr.contains("255 bytes"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.file("monthly-2026-10.json")))
        let quoted = try data.write("quoted.json", "{\"review_marks\": [\"a\\\"b\"]}")
        #expect(try runBinary(["config", "--print", "--config", quoted]).status == 65)
    }

    // MARK: 10. Values and dates at the edges

    @Test func anIssueValueIsCutAtFiveHundredCharactersOrTwoThousandBytes() {
        let marks = "a" + String(repeating: "\u{301}", count: 100_000)
        let shown = TableRow.shown(marks)
        #expect(shown.utf8.count <= 2_000 + "…".utf8.count)
        #expect(shown.hasSuffix("…"))
        let chinese = String(repeating: "中", count: 1_000)
        #expect(TableRow.shown(chinese).utf8.count <= 2_000 + "…".utf8.count)
        #expect(TableRow.shown(chinese).count == 501)
        let ascii = String(repeating: "x", count: 600)
        #expect(TableRow.shown(ascii) == String(repeating: "x", count: 500) + "…")
        #expect(TableRow.shown("short") == "short")
    }

    @Test(arguments: [["monthly", "--as-of", "+026-11-15"], ["monthly", "--as-of", "2026-11-15", "--period", "+026-10"],
                      ["quarterly", "--as-of", "2026-11-15", "--quarter", "+026Q3"], ["weekly", "--as-of", "2026-+1-15"],
                      ["weekly", "--as-of", "9999-12-31"], ["monthly", "--as-of", "0001-01-15"],
                      ["quarterly", "--as-of", "0001-02-01"]])
    func signedOrOutOfRangeDatesAreUsageErrors(arguments: [String]) throws {
        let data = try Self.data(names: ["上海鸿运"])
        let out = try TemporaryFolder("out")
        let result = try runBinary(arguments + ["--data", data.path, "--out", out.path, "--quiet"])
        #expect(result.status == 64, "\(arguments): exit \(result.status) \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.isEmpty)
    }
}
