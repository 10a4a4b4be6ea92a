import Foundation
import Testing
@testable import CustomerReview

/// Hostile and broken input files, end to end through the real binary: each gives a data
/// issue naming the file and line, or exit 65 naming the file and what is missing — never a
/// crash, a hang or unbounded memory (`BoundedRun` measures both).
///
/// The small broken files are in `BadInput/` (see its README); the large ones (a 10 MB field,
/// 100,000 columns, a quote left open over 65 MB) are made here, at test time.
@Suite("Bad input: broken, hostile and huge CSV files give clear issues or exit 65, never a crash")
struct BadInputTests {
    static let asOf = "2026-11-15"

    /// The small fixture with one file replaced.
    static func dataFolder(_ file: String, bytes: [UInt8]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("bad")
        for name in ["customers.csv", "visits.csv", "receivables.csv", "contracts.csv"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: (smallFixture as NSString).appendingPathComponent(name)))
            try folder.write(name, bytes: Array(data))
        }
        try folder.write(file, bytes: bytes)
        return folder
    }

    static func dataFolder(_ file: String, badInput name: String) throws -> TemporaryFolder {
        try dataFolder(file, bytes: badInput(name))
    }

    static func badInput(_ name: String) throws -> [UInt8] {
        let path = (repositoryRoot as NSString).appendingPathComponent("Tests/CustomerReviewTests/BadInput/" + name)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func fixture(_ name: String) throws -> String {
        let path = (smallFixture as NSString).appendingPathComponent(name)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func validate(_ folder: TemporaryFolder) throws -> BoundedRunResult {
        try BoundedRun.run(["validate", "--data", folder.path, "--as-of", asOf])
    }

    /// A full monthly run, every format, into a fresh folder.
    static func monthly(_ folder: TemporaryFolder) throws -> (BoundedRunResult, TemporaryFolder) {
        let out = try TemporaryFolder("bad-out")
        let result = try BoundedRun.run(["monthly", "--data", folder.path, "--as-of", asOf, "--out", out.path, "--quiet"])
        return (result, out)
    }

    @Test func theBoundedRunnerHasItsTools() {
        #expect(BoundedRun.missingTool == nil, "\(BoundedRun.missingTool ?? "")")
    }

    // MARK: Truncated files

    @Test func aFileCutMidRecordReportsTheLastRow() throws {
        let folder = try Self.dataFolder("visits.csv", badInput: "visits-cut-mid-record.csv")
        let result = try Self.validate(folder)
        expectHandled(result, status: 0, mentions: ["visits.csv line 12: the row has 2 fields but the header has 12"])
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 0)
        #expect(try String(decoding: out.read("monthly-2026-10.json"), as: UTF8.self).contains("\"line\": 12"))
    }

    @Test func aFileCutMidCharacterReportsTheLastRow() throws {
        let folder = try Self.dataFolder("visits.csv", badInput: "visits-cut-mid-character.csv")
        let result = try Self.validate(folder)
        // The bytes left of the cut character are read as the other encoding of a mixed file:
        // the row is an issue with its line and column either way.
        expectHandled(result, status: 0, mentions: ["visits.csv line 12, salesperson:", "(row left out)"])
        expectHandled(try Self.monthly(folder).0, status: 0)
    }

    @Test func aFileCutInsideQuotesReportsTheOpenQuote() throws {
        let folder = try Self.dataFolder("customers.csv", badInput: "customers-cut-in-quotes.csv")
        expectHandled(try Self.validate(folder), status: 0,
                      mentions: ["customers.csv line 7, address: a quoted field is never closed"])
    }

    // MARK: Binary data, NUL bytes, encodings

    @Test func binaryGarbageInsteadOfARequiredFileExitsSixtyFive() throws {
        let folder = try Self.dataFolder("customers.csv", badInput: "customers-binary-garbage.csv")
        expectHandled(try Self.validate(folder), status: 65, mentions: ["customers.csv line 1: the header row cannot be read"])
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 65, mentions: ["customers.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func binaryGarbageRowsAreIssuesAndTheRunGoesOn() throws {
        let folder = try Self.dataFolder("receivables.csv", badInput: "receivables-binary-garbage.csv")
        let result = try Self.validate(folder)
        expectHandled(result, status: 0, mentions: ["receivables.csv line 2, invoice_no:", "receivables.csv: 0 usable rows"])
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 0)
        // Every issue of the garbage is in the workbook, which an independent reader opens.
        let book = try XlsxReader.read(out.file("monthly-2026-10.xlsx"))
        #expect(book.formulaCells == 0)
        #expect((book.sheet("数据问题")?.maxRow ?? 0) > 10)
    }

    @Test func aNulByteInAValueIsAnIssueOnItsLine() throws {
        let folder = try Self.dataFolder("visits.csv", badInput: "visits-nul-bytes.csv")
        let result = try Self.validate(folder)
        expectHandled(result, status: 0, mentions: ["visits.csv line 4, visit_date: the field holds a NUL byte"])
        // The NUL is shown, not passed on to a terminal or a log.
        #expect(!result.stdout.utf8.contains(0))
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 0)
        for name in ["monthly-2026-10.json", "monthly-2026-10.html"] {
            #expect(try !out.read(name).contains(0), "\(name) holds a NUL byte")
        }
    }

    @Test(arguments: ["customers-nul-in-header.csv", "customers-utf16-without-bom.csv"])
    func aNulByteInTheHeaderExitsSixtyFiveWithAHint(file: String) throws {
        let folder = try Self.dataFolder("customers.csv", badInput: file)
        expectHandled(try Self.validate(folder), status: 65,
                      mentions: ["customers.csv line 1: the header row cannot be read", "try --encoding utf-16le"])
    }

    @Test func mixedEncodingsInOneFileMakeTheOtherRowsIssues() throws {
        let folder = try Self.dataFolder("customers.csv", badInput: "customers-mixed-encodings.csv")
        expectHandled(try Self.validate(folder), status: 0, mentions: [
            "customers.csv line 4, name: this row is written in GB18030 but most of the file is UTF-8",
            "customers.csv line 5, name: this row is written in GB18030",
            // The value is shown as the characters it most likely holds.
            "苏州新城仓储有限公司",
        ])
    }

    @Test func aByteOrderMarkInTheMiddleIsReadAsText() throws {
        // Two exports pasted together: the second header becomes a row of the wrong shape.
        let folder = try Self.dataFolder("customers.csv", badInput: "customers-bom-in-middle.csv")
        expectHandled(try Self.validate(folder), status: 0, mentions: [
            "customers.csv line 11: the row has 4 fields but the header has 15",
            "customers.csv line 12: the row has 4 fields",
        ])
        // A UTF-16 mark inside a UTF-8 row is bytes UTF-8 cannot hold.
        let utf16 = try Self.dataFolder("visits.csv", badInput: "visits-utf16-bom-in-middle.csv")
        expectHandled(try Self.validate(utf16), status: 0, mentions: ["visits.csv line 2, location:"])
    }

    @Test func aByteOrderMarkBeforeAValueIsTrimmed() throws {
        var customers = try Self.fixture("customers.csv")
        customers = customers.replacingOccurrences(of: "\nC004,", with: "\n\u{FEFF}C004,")
        let folder = try Self.dataFolder("customers.csv", bytes: Array(customers.utf8))
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 0)
        let json = try String(decoding: out.read("monthly-2026-10.json"), as: UTF8.self)
        #expect(json.contains("\"customer_id\": \"C004\""))
    }

    // MARK: Empty and header-only files

    @Test(arguments: ["empty.csv", "bom-only.csv", "blank-lines-only.csv"])
    func anEmptyRequiredFileExitsSixtyFive(file: String) throws {
        for kind in ["customers.csv", "visits.csv", "receivables.csv"] {
            let folder = try Self.dataFolder(kind, badInput: file)
            expectHandled(try Self.validate(folder), status: 65, mentions: [kind + ":"])
        }
    }

    @Test func anEmptyOptionalFileExitsSixtyFiveNamingIt() throws {
        let folder = try Self.dataFolder("contracts.csv", badInput: "empty.csv")
        expectHandled(try Self.validate(folder), status: 65, mentions: ["contracts.csv: the file is empty"])
    }

    @Test(arguments: ["customers", "visits", "receivables"])
    func aHeaderOnlyFileIsReadAsNoRows(kind: String) throws {
        let folder = try Self.dataFolder(kind + ".csv", badInput: kind + "-header-only.csv")
        expectHandled(try Self.validate(folder), status: 0, mentions: ["\(kind).csv: 0 usable rows, 0 issues"])
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 0)
        #expect(FileManager.default.fileExists(atPath: out.file("monthly-2026-10.xlsx")))
    }

    // MARK: Headers

    @Test(arguments: [("customers-duplicate-headers.csv", "columns 'name' (column 2) and 'name' (column 16) both give name"),
                      ("customers-duplicate-headers-two-languages.csv", "columns 'name' (column 2) and '客户名称' (column 16) both give name")])
    func twoColumnsForOneFieldExitSixtyFive(file: String, message: String) throws {
        let folder = try Self.dataFolder("customers.csv", badInput: file)
        expectHandled(try Self.validate(folder), status: 65, mentions: ["customers.csv: " + message])
    }

    @Test func duplicateUnknownColumnsAreIgnored() throws {
        let folder = try Self.dataFolder("customers.csv", badInput: "customers-duplicate-unknown-headers.csv")
        expectHandled(try Self.validate(folder), status: 0, mentions: ["customers.csv: 8 usable rows, 4 issues"])
    }

    /// Every required column of every file that has them, removed in turn.
    static let requiredColumns: [(file: String, column: String)] = InputFileKind.allCases.flatMap { kind in
        kind.columns(indicators: PolicySettings.defaults.indicators).filter(\.required).map { (kind.fileName, $0.key) }
    }

    @Test func everyRequiredFileHasRequiredColumns() {
        #expect(Self.requiredColumns.count == 17)
    }

    @Test(arguments: requiredColumns)
    func eachMissingRequiredColumnExitsSixtyFiveNamingIt(file: String, column: String) throws {
        let rows = try Self.fixture(file).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = rows[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(header.firstIndex(of: column))
        // Quoted fields (`"1,200,000.00"`) stay whole: only that one column goes.
        let cut = try rows.map { row -> String in
            guard !row.isEmpty else { return row }
            var fields = try Self.splitFields(row)
            fields.remove(at: index)
            return fields.joined(separator: ",")
        }
        let folder = try Self.dataFolder(file, bytes: Array(cut.joined(separator: "\n").utf8))
        let result = try Self.validate(folder)
        expectHandled(result, status: 65, mentions: ["\(file): required column \(column)", "missing"])
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 65, mentions: [file, column])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "a report was written")
    }

    /// A fixture row's fields, quotes kept (so that joining them again gives the same text).
    static func splitFields(_ row: String) throws -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in row {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    // MARK: Huge files, made here

    @Test func aTenMegabyteFieldIsReadWithinBoundedMemory() throws {
        let big = String(repeating: "长", count: 10 * 1024 * 1024 / 3)
        var customers = try Self.fixture("customers.csv")
        // A 10 MB name is used (and cut in the workbook); a 10 MB date is an issue whose
        // value is shown shortened.
        customers = customers.replacingOccurrences(of: "苏州新城仓储有限公司", with: big)
        customers = customers.replacingOccurrences(of: "2021-05-05", with: "\"" + big + "\"")
        let folder = try Self.dataFolder("customers.csv", bytes: Array(customers.utf8))
        let result = try Self.validate(folder)
        expectHandled(result, status: 0, mentions: ["customers.csv line 7, created_date:"])
        #expect(result.stdout.utf8.count < 100_000, "the 10 MB value was printed whole")
        let (run, out) = try Self.monthly(folder)
        expectHandled(run, status: 0)
        let book = try XlsxReader.read(out.file("monthly-2026-10.xlsx"))
        let cell = book.sheet("客户")?.cells.values.first { $0.value.text?.hasPrefix("长长长") ?? false }
        #expect(cell?.value.text?.count == XlsxCellSafety.maximumCellLength)
    }

    @Test func oneHundredThousandColumnsAreReadWithinBoundedMemory() throws {
        let extra = 100_000
        var text = try Self.fixture("customers.csv")
        var lines = text.split(separator: "\n").map(String.init)
        let header = (0..<extra).map { "x\($0)" }.joined(separator: ",")
        let cells = String(repeating: ",v", count: extra)
        lines[0] += "," + header
        for index in 1..<lines.count { lines[index] += cells }
        // And one row of the wrong shape: 3 named fields and the 100,000 others.
        lines.append("C900,多列公司,signed" + cells)
        text = lines.joined(separator: "\n") + "\n"
        let folder = try Self.dataFolder("customers.csv", bytes: Array(text.utf8))
        let result = try Self.validate(folder)
        expectHandled(result, status: 0, mentions: ["customers.csv line 11: the row has 100003 fields but the header has 100015"])
        expectHandled(try Self.monthly(folder).0, status: 0)
    }

    @Test func aQuoteLeftOpenOverSixtyFiveMegabytesStopsAtTheRecordLimit() throws {
        var bytes = Array(try Self.fixture("visits.csv").utf8)
        bytes += Array("C001,\"2026-10-08".utf8)
        let line = Array(String(repeating: "拜访记录,", count: 200).utf8) + [0x0A]
        while bytes.count <= CSVTokenizer.maximumRecordBytes + (1 << 20) { bytes += line }
        let folder = try Self.dataFolder("visits.csv", bytes: bytes)
        let result = try Self.validate(folder)
        expectHandled(result, status: 0, mentions: ["visits.csv line 13: the record is longer than 64 MiB",
                                                    "visits.csv: 7 usable rows, 5 issues"])
    }
}
