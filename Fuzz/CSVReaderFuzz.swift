@testable import CustomerReview

// Fuzz target `csv-reader`: the CSV layer as every command uses it — encoding detection (or a
// forced encoding), delimiter detection, tokenizing, transcoding, header mapping.
//
// Input: one control byte, then the file.
//   control & 7    0–3 detect the encoding; 4 UTF-8, 5 GB18030, 6 UTF-16LE, 7 UTF-16BE forced
//   control >> 3   how the tokenizer check cuts the bytes into chunks (1–32 bytes each)
//
// Checked beyond "no crash, no hang, no leak":
// - records come in order: each starts after the previous one ended, `lastLine >= line`;
// - a record without a problem holds only valid UTF-8 and no NUL (what every later stage
//   relies on);
// - the tokenizer gives the same records whether the bytes come in one chunk or in many
//   (a chunk boundary can fall anywhere in a real 1 MB read);
// - UTF-16 converted in pieces, carrying incomplete characters over, equals converting it whole;
// - the hand-written UTF-8 checks (`UTF8Validator`, `ByteScan`) agree with the standard
//   library's validation on the input and on the input less its first byte.

private struct RecordCopy: Equatable {
    var line: Int
    var lastLine: Int
    var bytes: [UInt8]
    var fieldEnds: [Int]
    var problem: DataProblem?
    var problemField: Int?

    init(_ record: CSVRecord) {
        line = record.line
        lastLine = record.lastLine
        bytes = record.bytes
        fieldEnds = record.fieldEnds
        problem = record.problem
        problemField = record.problemField
    }
}

private let indicators = PolicySettings.defaults.indicators

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let input = start.fuzzBytes(count)
    let control = input[0]
    let file = UnsafeBufferPointer(rebasing: input[1...])
    let forced: TextEncoding? = switch control & 7 {
    case 4: .utf8
    case 5: .gb18030
    case 6: .utf16LittleEndian
    case 7: .utf16BigEndian
    default: nil
    }
    FuzzScratchFile.write(file)
    compareUTF8Validation(file)
    readThroughTheReader(forced: forced)
    compareChunkedTokenizing(file, chunk: Int(control >> 3) + 1)
    if let forced, forced == .utf16LittleEndian || forced == .utf16BigEndian {
        compareChunkedTranscoding(file, encoding: forced, chunk: Int(control >> 3) + 1)
    }
    return 0
}

private func readThroughTheReader(forced: TextEncoding?) {
    let reader: CSVReader
    do {
        reader = try CSVReader(path: FuzzScratchFile.path, displayName: "fuzz.csv", encoding: forced)
    } catch {
        fuzzFailure("a readable file was refused: \(error)")
    }
    _ = reader.format.delimiterName
    var previousLastLine = 0
    var header = true
    do {
        try reader.read { record in
            fuzzExpect(record.line > previousLastLine, "record at line \(record.line) after one ending at \(previousLastLine)")
            fuzzExpect(record.lastLine >= record.line, "record ends (\(record.lastLine)) before it starts (\(record.line))")
            previousLastLine = record.lastLine
            var end = 0
            for index in 0..<record.fieldCount {
                let field = record.field(index)
                fuzzExpect(field.startIndex == end, "field \(index) does not start where the previous ended")
                end = field.endIndex
                if record.problem == nil {
                    fuzzExpect(UTF8Validator.isValid(field), "line \(record.line) field \(index): invalid UTF-8 without a problem")
                    fuzzExpect(!field.contains(0), "line \(record.line) field \(index): NUL without a problem")
                }
                _ = FieldText.string(field)
            }
            fuzzExpect(end == record.bytes.count, "fields do not cover the record's bytes")
            if header {
                header = false
                for kind in InputFileKind.allCases {
                    do {
                        let map = try ColumnMap(header: record, columns: kind.columns(indicators: indicators), fileName: kind.fileName)
                        _ = map.mapped
                    } catch {
                        _ = "\(error)"
                    }
                }
            }
            if let problem = record.problem {
                _ = problem.message(.en)
                _ = problem.message(.zh)
            }
        }
    } catch {
        fuzzFailure("reading failed: \(error)")
    }
}

private func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) -> [RecordCopy] {
    var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
    var records: [RecordCopy] = []
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + chunk)
        tokenizer.feed(UnsafeBufferPointer(rebasing: bytes[offset..<end])) { (record: inout CSVRecord) in
            records.append(RecordCopy(record))
        }
        offset = end
    }
    tokenizer.finish { (record: inout CSVRecord) in records.append(RecordCopy(record)) }
    return records
}

private func compareChunkedTokenizing(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) {
    let whole = tokenize(bytes, chunk: max(bytes.count, 1))
    let pieces = tokenize(bytes, chunk: chunk)
    guard whole != pieces else { return }
    let first = zip(whole, pieces).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(whole.count, pieces.count)
    fuzzFailure("chunks of \(chunk) bytes give other records than one chunk, from record \(first) (\(whole.count) vs \(pieces.count) records)")
}

private func compareChunkedTranscoding(_ bytes: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, chunk: Int) {
    do {
        var whole: [UInt8] = []
        let transcoder = try Transcoder(from: encoding)
        transcoder.convert(bytes, appendingTo: &whole)
        // As CSVReader streams UTF-16: carry the bytes of an incomplete character over.
        let streaming = try Transcoder(from: encoding)
        var pieces: [UInt8] = []
        var carry: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            carry.append(contentsOf: bytes[offset..<end])
            var leftover = 0
            carry.withUnsafeBufferPointer { _ = streaming.convert($0, appendingTo: &pieces, leftover: &leftover, final: false) }
            carry.removeFirst(carry.count - leftover)
            offset = end
        }
        carry.withUnsafeBufferPointer { _ = streaming.convert($0, appendingTo: &pieces) }
        fuzzExpect(whole == pieces, "\(encoding.rawValue) in chunks of \(chunk) converts differently from the whole")
    } catch {
        fuzzFailure("iconv cannot convert \(encoding.rawValue): \(error)")
    }
}

private func compareUTF8Validation(_ bytes: UnsafeBufferPointer<UInt8>) {
    // The whole input, and the input without its first byte (to start inside a character).
    for start in [0, min(1, bytes.count)] {
        let slice = UnsafeBufferPointer(rebasing: bytes[start...])
        let expected = String(validating: slice, as: UTF8.self) != nil
        fuzzExpect(UTF8Validator.isValid(slice) == expected, "UTF8Validator.isValid disagrees with the standard library")
        fuzzExpect(UTF8Validator.isValid(Array(slice).lazy.map { $0 }) == expected, "the byte-at-a-time validator disagrees")
        fuzzExpect(ByteScan(slice).isValidUTF8 == expected, "ByteScan disagrees with the standard library")
        fuzzExpect(ByteScan(slice).hasNUL == slice.contains(0), "ByteScan misses a NUL")
        fuzzExpect(ByteScan(slice).hasNonASCII == slice.contains { $0 >= 0x80 }, "ByteScan misses a non-ASCII byte")
    }
}
