/// One record as the CSV layer read it: its fields as bytes, the line where it starts, and
/// what was wrong with its shape, if anything.
///
/// The tokenizer reuses one record's storage for every record of a file, so reading allocates
/// per file, not per row; a consumer that keeps a value copies it out.
public struct CSVRecord: Sendable {
    /// The physical line where the record starts (1-based; CR, LF and CRLF each end a line).
    public internal(set) var line = 1
    /// The physical line where the record ends (later than `line` when a quoted field holds
    /// line breaks).
    public internal(set) var lastLine = 1
    /// What was wrong with the record, if anything; such a record is never used as data.
    public internal(set) var problem: DataProblem?
    /// The field the problem is in, when it is in one field.
    public internal(set) var problemField: Int?

    var bytes: [UInt8] = []
    var fieldEnds: [Int] = []

    init() {
        bytes.reserveCapacity(1024)
        fieldEnds.reserveCapacity(64)
    }

    /// Clears the record for the next one, keeping its storage.
    mutating func reset(line: Int) {
        self.line = line
        lastLine = line
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        problem = nil
        problemField = nil
    }

    public var fieldCount: Int { fieldEnds.count }

    /// The bytes of field `index` (UTF-8 once the reader has decoded the record).
    public func field(_ index: Int) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return bytes[start..<fieldEnds[index]]
    }

    /// Field `index` as a string, exactly as read (not trimmed).
    public func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Every field as a string, exactly as read.
    public var strings: [String] { (0..<fieldCount).map(string) }

    mutating func setProblem(_ problem: DataProblem, field: Int?) {
        guard self.problem == nil else { return }
        self.problem = problem
        self.problemField = field
    }
}

/// Splits bytes into CSV records (RFC 4180) as they arrive, chunk by chunk.
///
/// It works on bytes, never on `Character`s. The delimiter, the quote and the line breaks are
/// ASCII, and ASCII bytes never occur inside a multi-byte character of UTF-8 or GB18030, so
/// the same scan serves both encodings; fields are decoded afterwards.
struct CSVTokenizer {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// Beyond these a record is cut short and reported, so that a broken file (an unterminated
    /// quote, binary data) cannot take unbounded memory. A 10 MB field and 100,000 columns fit.
    static let maximumRecordBytes = 64 << 20
    static let maximumFields = 200_000

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        /// A quote inside a quoted field: either the first of `""` or the closing quote.
        case quoteInQuoted
    }

    let delimiter: UInt8
    private var state = State.fieldStart
    private var line = 1
    private var pendingCarriageReturn = false
    private var recordHasContent = false
    private var recordHasQuote = false
    private var overflowing = false
    /// The record being built, lent to the consumer as it completes.
    private var record = CSVRecord()

    init(delimiter: UInt8) {
        self.delimiter = delimiter
        delimiterWord = UInt64(delimiter) &* Self.ones
    }

    /// The delimiter in every byte of a word, for the eight-at-a-time scan.
    private let delimiterWord: UInt64
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let quoteWord = UInt64(quote) &* ones
    private static let lineFeedWord = UInt64(lineFeed) &* ones
    private static let carriageReturnWord = UInt64(carriageReturn) &* ones

    /// Nonzero when some byte of `word` is zero; its lowest set bit marks the first such byte
    /// (higher marks may be false, which the first-match use never reads).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// The index of the first quote, line break or (when asked) delimiter at or after `start`,
    /// or the end: eight bytes at a time, then one by one.
    @inline(__always)
    private static func nextSpecial(in chunk: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt64,
                                    includingDelimiter: Bool) -> Int {
        guard let base = chunk.baseAddress else { return start }
        let n = chunk.count
        var i = start
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            var found = zeroBytes(word ^ quoteWord) | zeroBytes(word ^ lineFeedWord) | zeroBytes(word ^ carriageReturnWord)
            if includingDelimiter { found |= zeroBytes(word ^ delimiter) }
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        let d = UInt8(truncatingIfNeeded: delimiter)
        while i < n {
            let b = base[i]
            if b == quote || b == lineFeed || b == carriageReturn || (includingDelimiter && b == d) { return i }
            i += 1
        }
        return n
    }

    private mutating func setProblem(_ p: DataProblem, field: Int?) {
        record.setProblem(p, field: field)
    }

    /// Scans `chunk`, calling `emit` for each complete non-blank record.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: (inout CSVRecord) throws -> Void) rethrows {
        let n = chunk.count
        var i = 0
        while i < n {
            let byte = chunk[i]
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                if byte == Self.lineFeed {
                    // The LF of a CRLF: the line was already counted at the CR.
                    if state == .quoted { append(byte) }
                    i += 1
                    continue
                }
            }
            switch state {
            case .fieldStart:
                if byte == Self.quote {
                    state = .quoted
                    recordHasContent = true
                    recordHasQuote = true
                    i += 1
                } else if byte == delimiter {
                    recordHasContent = true
                    endField()
                    i += 1
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try endRecord(emit)
                    newLine(byte)
                    i += 1
                } else {
                    state = .unquoted
                    recordHasContent = true
                }
            case .unquoted:
                let start = i
                i = Self.nextSpecial(in: chunk, from: i, delimiter: delimiterWord, includingDelimiter: true)
                append(UnsafeBufferPointer(rebasing: chunk[start..<i]))
                guard i < n else { break }
                let b = chunk[i]
                i += 1
                if b == delimiter {
                    endField()
                    state = .fieldStart
                } else if b == Self.quote {
                    setProblem(.strayQuote, field: record.fieldEnds.count)
                    append(b)
                } else {
                    try endRecord(emit)
                    newLine(b)
                }
            case .quoted:
                let start = i
                i = Self.nextSpecial(in: chunk, from: i, delimiter: delimiterWord, includingDelimiter: false)
                append(UnsafeBufferPointer(rebasing: chunk[start..<i]))
                guard i < n else { break }
                let b = chunk[i]
                i += 1
                if b == Self.quote {
                    state = .quoteInQuoted
                } else {
                    // A line break inside a quoted field belongs to the field.
                    append(b)
                    newLine(b)
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    append(byte)
                    state = .quoted
                    i += 1
                } else if byte == delimiter {
                    endField()
                    state = .fieldStart
                    i += 1
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try endRecord(emit)
                    newLine(byte)
                    i += 1
                } else {
                    // Text after a closing quote (`"abc"def`): keep it, report the record.
                    setProblem(.strayQuote, field: record.fieldEnds.count)
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input: emits the last record, reporting an unterminated quote.
    mutating func finish(_ emit: (inout CSVRecord) throws -> Void) rethrows {
        if state == .quoted {
            setProblem(.unterminatedQuote(lastLine: line), field: record.fieldEnds.count)
        }
        if recordHasContent || state != .fieldStart {
            try endRecord(emit)
        }
    }

    private mutating func newLine(_ byte: UInt8) {
        line += 1
        if byte == Self.carriageReturn { pendingCarriageReturn = true }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        guard !overflowing else { return }
        record.bytes.append(byte)
        if record.bytes.count > Self.maximumRecordBytes { overflow() }
    }

    @inline(__always)
    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard !overflowing, !run.isEmpty else { return }
        record.bytes.append(contentsOf: run)
        if record.bytes.count > Self.maximumRecordBytes { overflow() }
    }

    /// The record is too long to keep: it is reported, and its bytes are dropped as they come.
    private mutating func overflow() {
        overflowing = true
        setProblem(.recordTooLong(limitBytes: Self.maximumRecordBytes, limitFields: Self.maximumFields), field: nil)
        record.bytes.removeAll()
        record.fieldEnds.removeAll()
    }

    @inline(__always)
    private mutating func endField() {
        guard !overflowing else { return }
        record.fieldEnds.append(record.bytes.count)
        if record.fieldEnds.count >= Self.maximumFields { overflow() }
    }

    /// Completes the current record (the line break, if any, is not yet counted).
    private mutating func endRecord(_ emit: (inout CSVRecord) throws -> Void) rethrows {
        endField()
        record.lastLine = line
        let blank = !recordHasContent || (!recordHasQuote && record.fieldEnds.count == 1
            && record.problem == nil && record.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 })
        if !blank { try emit(&record) }
        state = .fieldStart
        recordHasContent = false
        recordHasQuote = false
        overflowing = false
        record.reset(line: line + 1)
    }
}
