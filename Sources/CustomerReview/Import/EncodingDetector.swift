/// Finds the encoding of an export: a byte order mark if there is one; otherwise UTF-8 when
/// the bytes are valid UTF-8, GB18030 when they are not.
///
/// The whole file is scanned once, a line at a time, counting lines that are valid UTF-8 with
/// non-ASCII text and lines that are not valid UTF-8. A file with both kinds mixes encodings
/// (two exports pasted together): the larger kind decides, and each record of the other kind
/// becomes a data issue instead of being read as the wrong characters.
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

    /// Decides the encoding of `file`, leaving it rewound.
    static func detect(_ file: InputFile) throws -> Decision {
        var prefix: [UInt8] = []
        var scanner = LineScanner()
        try file.forEachChunk { (chunk) throws in
            if prefix.count < 3 { prefix.append(contentsOf: chunk.prefix(3 - prefix.count)) }
            scanner.scan(chunk)
        }
        try file.rewind()
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
                // ASCII fast path: eight bytes at a time while the current line is plain ASCII.
                if !lineHasNonASCII, validator.isAtBoundary {
                    while i + 8 <= n {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 != 0 { break }
                        i += 8
                    }
                    if i >= n { break }
                }
                let byte = bytes[i]
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

    /// Whether `bytes` are entirely valid UTF-8.
    static func isValid(_ bytes: some Sequence<UInt8>) -> Bool {
        var validator = UTF8Validator()
        for byte in bytes where !validator.accept(byte) { return false }
        return validator.isAtBoundary
    }
}
