import Foundation
import Testing
@testable import CustomerReview

@Suite("CSV layer: encodings, delimiters, line ends, quoting, malformed records")
struct CSVReaderTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder("csv") }

    static let text = "客户编号,客户名称\nC1,上海鸿运物流有限公司\nC2,\"北京,顺达\"\n"

    @Test func utf8WithoutByteOrderMark() throws {
        let path = try folder.write("a.csv", Self.text)
        let (format, records) = try readRecords(path)
        #expect(format.encoding == .utf8)
        #expect(!format.hasByteOrderMark)
        #expect(records.map(\.fields) == [["客户编号", "客户名称"], ["C1", "上海鸿运物流有限公司"], ["C2", "北京,顺达"]])
    }

    @Test func utf8WithByteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let path = try folder.write("a.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
        let (format, records) = try readRecords(path)
        #expect(format.encoding == .utf8)
        #expect(format.hasByteOrderMark)
        #expect(records[0].fields[0] == "客户编号")
    }

    @Test func gb18030IsDetectedWhenBytesAreNotUTF8() throws {
        let path = try folder.write("a.csv", bytes: try encoded(Self.text, as: "GB18030"))
        let (format, records) = try readRecords(path)
        #expect(format.encoding == .gb18030)
        #expect(records.map(\.fields) == [["客户编号", "客户名称"], ["C1", "上海鸿运物流有限公司"], ["C2", "北京,顺达"]])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test(arguments: [("UTF-16LE", [UInt8]([0xFF, 0xFE])), ("UTF-16BE", [UInt8]([0xFE, 0xFF]))])
    func utf16WithByteOrderMark(encoding: String, bom: [UInt8]) throws {
        let path = try folder.write("a.csv", bytes: bom + (try encoded(Self.text, as: encoding)))
        let (format, records) = try readRecords(path)
        #expect(format.encoding.rawValue == encoding)
        #expect(records.map(\.fields) == [["客户编号", "客户名称"], ["C1", "上海鸿运物流有限公司"], ["C2", "北京,顺达"]])
    }

    @Test func utf16LongerThanOneChunkKeepsCharactersAcrossChunkBoundaries() throws {
        // 1 MiB chunks: an odd-length header shifts the code units across the boundary.
        var text = "customer_id,name,x\n"
        for i in 0..<60_000 { text += "C\(i),鸿运物流\(i),😀\n" }
        let path = try folder.write("a.csv", bytes: [0xFF, 0xFE] + (try encoded(text, as: "UTF-16LE")))
        let (_, records) = try readRecords(path)
        #expect(records.count == 60_001)
        #expect(records.allSatisfy { $0.problem == nil })
        #expect(records[59_999].fields == ["C59998", "鸿运物流59998", "😀"])
    }

    @Test func forcedEncodingWins() throws {
        // Latin-1 bytes that happen to be valid GB18030 are read as forced, not detected.
        let path = try folder.write("a.csv", bytes: try encoded("a,b\n中,文\n", as: "GB18030"))
        let (format, records) = try readRecords(path, encoding: .gb18030)
        #expect(format.encodingForced)
        #expect(records[1].fields == ["中", "文"])
        let (_, asUTF8) = try readRecords(path, encoding: .utf8)
        #expect(asUTF8[1].problem == .invalidBytes(encoding: .utf8))
    }

    @Test(arguments: [(",", UInt8(ascii: ",")), (";", UInt8(ascii: ";")), ("\t", UInt8(0x09))])
    func delimiterIsFoundFromTheHeader(delimiter: String, byte: UInt8) throws {
        let text = ["customer_id", "name", "amount"].joined(separator: delimiter) + "\n"
            + ["C1", "\"a\(delimiter)b\"", "\"1,234.50\""].joined(separator: delimiter) + "\n"
        let path = try folder.write("a.csv", text)
        let (format, records) = try readRecords(path)
        #expect(format.delimiter == byte)
        #expect(records[1].fields == ["C1", "a\(delimiter)b", "1,234.50"])
    }

    @Test func commaInsideQuotedHeaderDoesNotDecideTheDelimiter() throws {
        let path = try folder.write("a.csv", "\"a,b,c\";x;y\n1;2;3\n")
        let (format, _) = try readRecords(path)
        #expect(format.delimiter == UInt8(ascii: ";"))
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func lineEndsAndLineNumbers(ending: String) throws {
        let text = ["h1,h2", "a,b", "", "c,\"multi" + ending + "line\"", "d,e"].joined(separator: ending) + ending
        let path = try folder.write("a.csv", text)
        let (_, records) = try readRecords(path)
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(records[2].fields == ["c", "multi" + ending + "line"])
        #expect(records[3].fields == ["d", "e"])
    }

    @Test func crlfSplitAcrossChunksCountsOneLine() throws {
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        var seen: [(Int, [String])] = []
        let emit: (inout CSVRecord) -> Void = { seen.append(($0.line, $0.strings)) }
        for piece in ["a,b\r", "\nc,\"d\r", "\ne\"\r", "\n", "f,g"] {
            Array(piece.utf8).withUnsafeBufferPointer { tokenizer.feed($0, emit) }
        }
        tokenizer.finish(emit)
        #expect(seen.map(\.0) == [1, 2, 4])
        #expect(seen.map(\.1) == [["a", "b"], ["c", "d\r\ne"], ["f", "g"]])
    }

    @Test func quotesDoubledInsideQuotedFieldsAndEmptyFields() throws {
        let path = try folder.write("a.csv", "a,b,c\n\"say \"\"hi\"\"\",,\"\"\n")
        let (_, records) = try readRecords(path)
        #expect(records[1].fields == ["say \"hi\"", "", ""])
        #expect(records[1].problem == nil)
    }

    @Test func blankAndWhitespaceLinesAreSkipped() throws {
        let path = try folder.write("a.csv", "\n\na,b\n\n   \n1,2\n\n")
        let (_, records) = try readRecords(path)
        #expect(records.map(\.line) == [3, 6])
    }

    @Test func unterminatedQuoteIsReportedWithItsLine() throws {
        let path = try folder.write("a.csv", "a,b\n1,2\n3,\"open\n4,5\n")
        let (_, records) = try readRecords(path)
        #expect(records.count == 3)
        #expect(records[2].line == 3)
        #expect(records[2].problem == .unterminatedQuote(lastLine: 5))
    }

    @Test func strayQuotesAreReported() throws {
        let path = try folder.write("a.csv", "a,b\nx\"y,2\n\"q\"z,3\nok,4\n")
        let (_, records) = try readRecords(path)
        #expect(records[1].problem == .strayQuote)
        #expect(records[2].problem == .strayQuote)
        #expect(records[3].problem == nil)
        #expect(records[3].fields == ["ok", "4"])
    }

    @Test func wrongFieldCountIsReportedNeverShifted() throws {
        let path = try folder.write("a.csv", "a,b,c\n1,2\n1,2,3,4\n1,2,3\n")
        let (_, records) = try readRecords(path)
        #expect(records[1].problem == .wrongFieldCount(expected: 3, found: 2))
        #expect(records[2].problem == .wrongFieldCount(expected: 3, found: 4))
        #expect(records[3].problem == nil)
    }

    @Test func mixedEncodingsFlagTheMinorityRows() throws {
        var bytes = Array("客户编号,客户名称\nC1,上海鸿运\nC2,北京顺达\n".utf8)
        bytes += try encoded("C3,广州物流\n", as: "GB18030")
        bytes += Array("C4,深圳快运\n".utf8)
        let path = try folder.write("a.csv", bytes: bytes)
        let (format, records) = try readRecords(path)
        #expect(format.encoding == .utf8)
        #expect(format.mixedEncodings)
        #expect(records.map(\.problem) == [nil, nil, nil, .foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8), nil])
        #expect(records[4].fields == ["C4", "深圳快运"])
    }

    @Test func aGBKLineInAUTF8FileWithAByteOrderMarkIsFound() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\n中,文\n".utf8)
        bytes += try encoded("张三,李四\n", as: "GB18030")
        let path = try folder.write("a.csv", bytes: bytes)
        let (format, records) = try readRecords(path)
        #expect(format.hasByteOrderMark && format.mixedEncodings)
        #expect(records[2].problem == .foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8))
        // Shown as the characters it holds, for the clerk to find the row.
        #expect(records[2].fields == ["张三", "李四"])
    }

    @Test func aMalformedRowOfAGB18030FileIsStillShownAsText() throws {
        let path = try folder.write("a.csv", bytes: try encoded("名称,城市\n上海\"鸿运\",北京\n", as: "GB18030"))
        let (_, records) = try readRecords(path)
        #expect(records[1].problem == .strayQuote)
        #expect(records[1].fields == ["上海\"鸿运\"", "北京"])
    }

    @Test func invalidBytesInAGB18030FileAreReportedWithTheField() throws {
        var bytes = try encoded("a,b\n中,文\n", as: "GB18030")
        bytes += [UInt8(ascii: "x"), UInt8(ascii: ","), 0x80, 0x0A]
        let path = try folder.write("a.csv", bytes: bytes)
        let (format, records) = try readRecords(path)
        #expect(format.encoding == .gb18030)
        #expect(records[2].problem == .invalidBytes(encoding: .gb18030))
    }

    @Test func nulByteIsReported() throws {
        let path = try folder.write("a.csv", bytes: Array("a,b\n1,x".utf8) + [0] + Array("y\n2,3\n".utf8))
        let (_, records) = try readRecords(path)
        #expect(records[1].problem == .nulByte)
        #expect(records[2].problem == nil)
    }

    @Test func emptyFileHasNoRecords() throws {
        let path = try folder.write("a.csv", "")
        let (format, records) = try readRecords(path)
        #expect(records.isEmpty)
        #expect(format.delimiter == UInt8(ascii: ","))
    }

    @Test func missingFileIsAnInputError() throws {
        #expect(throws: ReviewError.self) { try readRecords(folder.file("nope.csv")) }
    }
}
