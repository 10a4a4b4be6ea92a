/// How a CSV file is read: what `inspect` shows support staff.
public struct CSVFormat: Hashable, Sendable {
    public var encoding: TextEncoding
    /// Whether the encoding came from `--encoding` rather than from the file.
    public var encodingForced: Bool
    /// Whether the file has a byte order mark.
    public var hasByteOrderMark: Bool
    /// Lines in the other encoding of a file that mixes two (each is a data issue).
    public var mixedEncodings: Bool
    public var delimiter: UInt8

    public var delimiterName: String { Self.name(ofDelimiter: delimiter) }

    /// "comma", "semicolon", "tab", or the delimiter itself in quotes.
    public static func name(ofDelimiter delimiter: UInt8) -> String {
        switch delimiter {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: ";"): "semicolon"
        case 0x09: "tab"
        default: "'\(Character(Unicode.Scalar(delimiter)))'"
        }
    }
}

/// Reads a CSV export record by record, in chunks, in whatever encoding and dialect it came
/// in, handing each record on as UTF-8 fields with the line where it starts.
///
/// A record whose shape or bytes are wrong is still handed on, with `problem` set, so that the
/// caller reports it with its line: nothing is skipped silently and nothing is shifted.
public final class CSVReader {
    public let displayName: String
    public let format: CSVFormat
    private let file: InputFile
    private let decision: EncodingDetector.Decision

    /// Opens `path` and finds its encoding (unless `encoding` forces one) and delimiter.
    public init(path: String, displayName: String, encoding forced: TextEncoding? = nil) throws {
        self.displayName = displayName
        file = try InputFile(path: path, displayName: displayName)
        var decision: EncodingDetector.Decision
        if let forced {
            let prefix = try file.readPrefix(3)
            // A byte order mark that agrees with the forced encoding is still skipped.
            var bomLength = 0
            if let (bomEncoding, length) = EncodingDetector.byteOrderMark(prefix), bomEncoding == forced {
                bomLength = length
            }
            decision = EncodingDetector.Decision(encoding: forced, byteOrderMarkLength: bomLength, utf8Lines: 0, nonUTF8Lines: 0)
        } else {
            decision = try EncodingDetector.detect(file)
        }
        self.decision = decision
        let delimiter = try Self.detectDelimiter(file: file, decision: decision)
        format = CSVFormat(encoding: decision.encoding, encodingForced: forced != nil,
                           hasByteOrderMark: decision.byteOrderMarkLength > 0,
                           mixedEncodings: decision.isMixed, delimiter: delimiter)
    }

    /// Reads every non-blank record; the first is the header. Records after the header whose
    /// field count differs from the header's carry a `wrongFieldCount` problem.
    public func read(_ body: (CSVRecord) throws -> Void) throws {
        try file.rewind()
        var tokenizer = CSVTokenizer(delimiter: format.delimiter)
        var decoder = try RecordDecoder(decision: decision, forced: format.encodingForced)
        var headerCount: Int?
        // A nested function, not a stored closure: nothing escapes, so the state it changes is
        // checked for exclusive access at compile time rather than on every record.
        func handle(_ record: inout CSVRecord) throws {
            decoder.decode(&record)
            if let expected = headerCount {
                if record.problem == nil, record.fieldCount != expected {
                    record.setProblem(.wrongFieldCount(expected: expected, found: record.fieldCount), field: nil)
                }
            } else {
                headerCount = record.fieldCount
            }
            try body(record)
        }
        try forEachDecodedChunk { chunk in try tokenizer.feed(chunk, handle) }
        try tokenizer.finish(handle)
    }

    /// Hands the file's bytes on after the byte order mark; UTF-16 is converted to UTF-8 here
    /// (a stateful conversion across chunks), GB18030 later, field by field.
    private func forEachDecodedChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try Self.forEachDecodedChunk(file: file, decision: decision, body)
    }

    private static func forEachDecodedChunk(file: InputFile, decision: EncodingDetector.Decision,
                                            _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var skip = decision.byteOrderMarkLength
        let transcoder: Transcoder? = switch decision.encoding {
        case .utf16LittleEndian, .utf16BigEndian: try Transcoder(from: decision.encoding)
        case .utf8, .gb18030: nil
        }
        var carry: [UInt8] = []
        var converted: [UInt8] = []
        try file.forEachChunk { chunk in
            var bytes = chunk
            if skip > 0 {
                let dropped = min(skip, bytes.count)
                bytes = UnsafeBufferPointer(rebasing: bytes[dropped...])
                skip -= dropped
            }
            if let transcoder {
                carry.append(contentsOf: bytes)
                converted.removeAll(keepingCapacity: true)
                var leftover = 0
                carry.withUnsafeBufferPointer { whole in
                    _ = transcoder.convert(whole, appendingTo: &converted, leftover: &leftover, final: false)
                }
                carry.removeFirst(carry.count - leftover)
                try converted.withUnsafeBufferPointer { try body($0) }
            } else {
                try body(bytes)
            }
        }
        if let transcoder, !carry.isEmpty {
            converted.removeAll(keepingCapacity: true)
            carry.withUnsafeBufferPointer { _ = transcoder.convert($0, appendingTo: &converted) }
            try converted.withUnsafeBufferPointer { try body($0) }
        }
    }

    /// The delimiter is the one of comma, semicolon and tab found most often outside quotes in
    /// the header (the first non-blank line); comma when there is none or a tie with comma.
    private static func detectDelimiter(file: InputFile, decision: EncodingDetector.Decision) throws -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
        var counts = [0, 0, 0]
        var inQuotes = false
        var started = false
        var scanned = 0
        struct Stop: Error {}
        do {
            try forEachDecodedChunk(file: file, decision: decision) { chunk in
                for byte in chunk {
                    scanned += 1
                    if !started {
                        if byte == 0x0A || byte == 0x0D || byte == 0x20 { continue }
                        started = true
                    }
                    if byte == CSVTokenizer.quote {
                        inQuotes.toggle()
                    } else if !inQuotes, byte == 0x0A || byte == 0x0D {
                        throw Stop()
                    } else if !inQuotes, let index = candidates.firstIndex(of: byte) {
                        counts[index] += 1
                    }
                    // A header longer than this is not a header; stop looking.
                    if scanned > 1 << 22 { throw Stop() }
                }
            }
        } catch is Stop {}
        try file.rewind()
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }
}
