import Foundation
import Testing
@testable import CustomerReview

/// Bugs found by the fuzz targets (`Fuzz/`) and the hostile-input work, each kept as the
/// smallest input that showed it.
@Suite("Hardening regressions: inputs the fuzzers and hostile-input tests found")
struct HardeningRegressionTests {
    /// A UTF-8 character cut in two by a delimiter (`x\xC3,\xA9y`) was read without a problem:
    /// the record's bytes without delimiters are valid UTF-8, so the check passed and each half
    /// became U+FFFD silently. Found by the `csv-reader` target's "a record without a problem
    /// holds only valid UTF-8" check.
    @Test func aCharacterCutByADelimiterIsInvalidBytes() throws {
        let folder = try TemporaryFolder("cut")
        let path = try folder.write("t.csv", bytes: Array("a,b\n中,文\n中,文\n".utf8) + [0x78, 0xC3, 0x2C, 0xA9, 0x79, 0x0A])
        let (_, records) = try readRecords(path)
        #expect(records.count == 4)
        #expect(records.last?.line == 4)
        #expect(records.last?.problem == .invalidBytes(encoding: .utf8))
        for record in records.dropLast() { #expect(record.problem == nil) }
        // The same through a required file: a data issue naming the line and the column.
        try folder.write("customers.csv", bytes: Array("customer_id,name,status\nC1,上海,signed\nC2,杭州,signed\n".utf8)
            + Array("C3,南京".utf8) + [0xE4, 0x2C, 0xB8, 0xAD] + Array("signed\n".utf8))
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\n")
        try folder.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount\n")
        let result = try runBinary(["validate", "--data", folder.path, "--as-of", "2026-11-15"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("customers.csv line 4, name: the bytes are not valid UTF-8 text"), "\(result.stdout)")
        // The second issue: the file has no indicator columns, so both customers are unscored.
        #expect(result.stdout.contains("customers.csv: 2 usable rows, 2 issues"), "\(result.stdout)")
    }

    /// The fuzzer's own input (csv-reader, 69,705 executions in): forced UTF-8, a tab
    /// delimiter found from the header, `E8 | A1 8C` (行) cut by the tab on line 1.
    @Test func theFuzzerInputForTheCutCharacter() throws {
        let folder = try TemporaryFolder("cut-fuzz")
        let path = try folder.write("crash.csv", bytes: [0x1A, 0xE8, 0x09, 0xA1, 0x8C, 0x0D, 0xE8, 0xA1, 0x8C, 0x0D, 0x0A,
                                                         0x2A, 0xBD, 0x9C, 0xE5, 0x22, 0x22, 0x0D, 0x0A, 0x16])
        let (format, records) = try readRecords(path, encoding: .utf8)
        #expect(format.delimiter == 0x09)
        #expect(records.first?.line == 1)
        #expect(records.first?.problem == .invalidBytes(encoding: .utf8))
        for record in records where record.problem == nil {
            for field in record.fields { #expect(!field.contains("\u{FFFD}"), "line \(record.line): '\(field)'") }
        }
    }

    /// The same in a GB18030 file that mixes in UTF-8 rows: such a row is not a UTF-8 row.
    @Test func aCharacterCutByADelimiterIsNotAForeignUTF8Row() throws {
        let folder = try TemporaryFolder("cut-gb")
        var bytes = try encoded("a,b\n上海,南京\n杭州,苏州\n", as: "GB18030")
        bytes += Array("中,文\n".utf8)
        bytes += [0x78, 0xC3, 0x2C, 0xA9, 0x79, 0x0A]
        let path = try folder.write("t.csv", bytes: bytes)
        let (format, records) = try readRecords(path)
        #expect(format.encoding == .gb18030)
        #expect(records.map(\.problem) == [nil, nil, nil, .foreignEncoding(lineEncoding: .utf8, fileEncoding: .gb18030),
                                           .invalidBytes(encoding: .gb18030)])
    }

    /// Raw control characters of a value (a NUL from binary data, ESC) reached the HTML page,
    /// where HTML has no way to write them; they are shown as U+FFFD. Found by
    /// `BadInputTests.aNulByteInAValueIsAnIssueOnItsLine`.
    @Test func aNulByteInAValueDoesNotReachThePage() throws {
        let data = try BadInputTests.dataFolder("visits.csv", badInput: "visits-nul-bytes.csv")
        let run = try ReportRun(["monthly", "--data", data.path, "--as-of", "2026-11-15", "--formats", "html", "--quiet"])
        #expect(run.result.status == 0)
        let page = try run.data("monthly-2026-10.html")
        #expect(!page.contains(0))
        #expect(String(decoding: page, as: UTF8.self).contains("2026-10-12\u{FFFD}09:30"))
    }

    /// A workbook that failed on a full disk said only "Zip generic error ZIP_ERRNO"; the
    /// system's reason is now in the message.
    @Test func aWorkbookThatCannotBeWrittenSaysWhy() throws {
        let folder = try TemporaryFolder("xlsx-reason")
        let path = folder.file("book.xlsx")
        let book = try XlsxWorkbook(path: path, options: try XlsxTestFolder.options())
        _ = try book.addSheet(XlsxSheetLayout(name: "A", columns: [XlsxColumn("x")]))
        // The folder goes away before the file is written.
        try FileManager.default.removeItem(atPath: folder.path)
        #expect {
            try book.close()
        } throws: { error in
            "\(error)".contains("(no such file or directory)")
        }
    }
}
