/// Finds the encoding of an export: a byte order mark if there is one; otherwise UTF-8 when
/// the bytes are valid UTF-8, GB18030 when they are not.
///
/// The first 4 MiB are scanned a line at a time, counting lines that are valid UTF-8 with
/// non-ASCII text and lines that are not valid UTF-8; the larger kind decides. The rest of the
/// file is not scanned twice: every record is checked as it is read (`RecordDecoder`), and a
/// record in the other encoding (two exports pasted together) becomes a data issue instead of
/// being read as the wrong characters.
struct EncodingDetector {
    struct Decision: Equatable {
        var encoding: TextEncoding
        /// Bytes of byte order mark to skip at the start.
        var byteOrderMarkLength: Int
        /// Lines that are valid UTF-8 and hold non-ASCII text.
        var utf8Lines: Int
        /// Lines that are not valid UTF-8.
        var nonUTF8Lines: Int

        /// Whether each record must be checked for the other encoding.
        var isMixed: Bool { utf8Lines > 0 && nonUTF8Lines > 0 }
    }

    /// Reads the byte order mark, if any, from the first bytes of a file.
    static func byteOrderMark(_ prefix: [UInt8]) -> (TextEncoding, Int)? {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// How much of a file decides its encoding.
    static let sampleBytes = 4 << 20

    /// Decides the encoding of `file` from its start, leaving it rewound.
    static func detect(_ file: InputFile) throws -> Decision {
        let sample = try file.readPrefix(sampleBytes)
        let prefix = Array(sample.prefix(3))
        var scanner = LineScanner()
        sample.withUnsafeBufferPointer { scanner.scan($0) }
        scanner.finish()
        if let (encoding, length) = byteOrderMark(prefix) {
            // A UTF-8 mark declares the encoding, but the lines are still counted so that
            // bytes of another encoding pasted into the file are found.
            let counted = encoding == .utf8
            return Decision(encoding: encoding, byteOrderMarkLength: length,
                            utf8Lines: counted ? scanner.utf8Lines : 0, nonUTF8Lines: counted ? scanner.nonUTF8Lines : 0)
        }
        let encoding: TextEncoding = scanner.nonUTF8Lines > scanner.utf8Lines ? .gb18030 : .utf8
        return Decision(encoding: encoding, byteOrderMarkLength: 0,
                        utf8Lines: scanner.utf8Lines, nonUTF8Lines: scanner.nonUTF8Lines)
    }

    /// Counts, line by line, valid non-ASCII UTF-8 lines and invalid ones. Carries its state
    /// across chunk boundaries.
    struct LineScanner {
        private(set) var utf8Lines = 0
        private(set) var nonUTF8Lines = 0
        private var validator = UTF8Validator()
        private var lineHasNonASCII = false
        private var lineInvalid = false

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            var i = 0
            let n = bytes.count
            while i < n {
                if validator.isAtBoundary {
                    if !lineHasNonASCII {
                        // ASCII fast path: eight bytes at a time while the line is plain ASCII.
                        while i + 8 <= n {
                            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 != 0 { break }
                            i += 8
                        }
                        if i >= n { break }
                    }
                    // Runs of three-byte characters (Chinese) inside the chunk, one step each.
                    let runStart = i
                    while i + 3 <= n, base[i] >= 0xE1, base[i] <= 0xEC, base[i + 1] & 0xC0 == 0x80,
                          base[i + 2] & 0xC0 == 0x80 {
                        i += 3
                    }
                    if i > runStart {
                        lineHasNonASCII = true
                        continue
                    }
                    // Whole sequences inside the chunk are checked in one step.
                    let lead = base[i]
                    if lead >= 0xC2, lead <= 0xF4 {
                        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        if i + length <= n, UTF8Validator.isWholeSequence(base + i, length: length) {
                            lineHasNonASCII = true
                            i += length
                            continue
                        }
                    }
                }
                let byte = base[i]
                i += 1
                if byte == 0x0A || byte == 0x0D {
                    endLine()
                    continue
                }
                if byte >= 0x80 { lineHasNonASCII = true }
                if !validator.accept(byte) { lineInvalid = true }
            }
        }

        mutating func finish() { endLine() }

        private mutating func endLine() {
            if !validator.isAtBoundary { lineInvalid = true }
            validator = UTF8Validator()
            if lineInvalid {
                nonUTF8Lines += 1
            } else if lineHasNonASCII {
                utf8Lines += 1
            }
            lineHasNonASCII = false
            lineInvalid = false
        }
    }
}

/// A byte-at-a-time UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above
/// U+10FFFF) that can stop and resume anywhere.
struct UTF8Validator {
    private var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// Whether the bytes so far end on a character boundary.
    var isAtBoundary: Bool { pending == 0 }

    /// Takes one byte; false when it cannot continue valid UTF-8 (the validator then restarts
    /// as if at a boundary, so one bad byte is one error).
    mutating func accept(_ byte: UInt8) -> Bool {
        if pending > 0 {
            if byte >= low && byte <= high {
                pending -= 1
                low = 0x80
                high = 0xBF
                return true
            }
            pending = 0
            low = 0x80
            high = 0xBF
            _ = accept(byte)
            return false
        }
        switch byte {
        case 0x00...0x7F: return true
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
        case 0xED: pending = 2; high = 0x9F
        case 0xF0: pending = 3; low = 0x90
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; high = 0x8F
        default: return false
        }
        return true
    }

    /// Whether the `length` bytes at `p` (a lead byte C2…F4 and its continuation bytes) are one
    /// valid character.
    @inline(__always)
    static func isWholeSequence(_ p: UnsafePointer<UInt8>, length: Int) -> Bool {
        let lead = p[0]
        let second = p[1]
        switch length {
        case 2:
            return second & 0xC0 == 0x80
        case 3:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            return second >= low && second <= high && p[2] & 0xC0 == 0x80
        default:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            return second >= low && second <= high && p[2] & 0xC0 == 0x80 && p[3] & 0xC0 == 0x80
        }
    }

    /// Whether `bytes` are entirely valid UTF-8.
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        if let fast = bytes.withContiguousStorageIfAvailable(isValid(buffer:)) { return fast }
        var validator = UTF8Validator()
        for byte in bytes where !validator.accept(byte) { return false }
        return validator.isAtBoundary
    }

    private static func isValid(buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var i = 0
        let n = buffer.count
        while i < n {
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard lead >= 0xC2, lead <= 0xF4 else { return false }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= n, isWholeSequence(base + i, length: length) else { return false }
            i += length
        }
        return true
    }
}
