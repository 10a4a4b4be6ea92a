import Glibc

/// Turns a record's raw bytes into UTF-8 fields, marking the record when its bytes are not
/// valid in the file's encoding, belong to the other encoding of a mixed file, or hold a NUL.
struct RecordDecoder {
    private let encoding: TextEncoding
    /// A GB18030 file whose sample also held UTF-8 rows: each row is checked for UTF-8.
    private let mixed: Bool
    private let transcoder: Transcoder?
    /// For a UTF-8 file with a GB18030 row pasted in: to tell such a row from plain bad bytes
    /// and show its values readably.
    private let foreignTranscoder: Transcoder?
    private var converted: [UInt8] = []
    private var convertedEnds: [Int] = []

    init(decision: EncodingDetector.Decision, forced: Bool) throws {
        encoding = decision.encoding
        mixed = decision.isMixed && !forced
        switch decision.encoding {
        case .gb18030:
            transcoder = try Transcoder(from: .gb18030)
            foreignTranscoder = nil
        case .utf8:
            transcoder = nil
            foreignTranscoder = forced ? nil : try Transcoder(from: .gb18030)
        case .utf16LittleEndian, .utf16BigEndian:
            // Already converted to UTF-8; invalid units became 0xFF, which the check finds.
            transcoder = nil
            foreignTranscoder = nil
        }
    }

    /// Decodes the record's fields to UTF-8. A record the tokenizer already found malformed is
    /// still decoded, so that its values show as text in the issue; its problem stays.
    mutating func decode(_ record: inout CSVRecord) {
        let scan = record.bytes.withUnsafeBufferPointer(ByteScan.init)
        if scan.hasNUL, let nul = Self.firstField(of: record, where: { $0.contains(0) }) {
            record.setProblem(.nulByte, field: nul)
        }
        guard scan.hasNonASCII else { return }
        // The scan sees the record's bytes without their delimiters, where a character cut by
        // a delimiter (`x\xC3,\xA9y`) looks whole: it is valid only if no field starts inside one.
        let isValidUTF8 = scan.isValidUTF8 && !Self.cutsACharacter(record)
        if let transcoder {
            if mixed, isValidUTF8 {
                // A UTF-8 row in a GB18030 file: already readable as it is.
                record.setProblem(.foreignEncoding(lineEncoding: .utf8, fileEncoding: .gb18030), field: nil)
                return
            }
            let bad = transcode(&record, with: transcoder)
            if let bad { record.setProblem(.invalidBytes(encoding: .gb18030), field: bad) }
            return
        }
        guard !isValidUTF8, let bad = Self.firstField(of: record, where: { !UTF8Validator.isValid($0) }) else { return }
        if let gb18030 = foreignTranscoder, transcode(&record, with: gb18030) == nil {
            // The row reads cleanly as GB18030: a GBK row pasted into a UTF-8 file, shown as the
            // characters it holds.
            record.setProblem(.foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8), field: bad)
        } else {
            record.setProblem(.invalidBytes(encoding: encoding), field: bad)
        }
    }

    /// Converts every non-ASCII field in place; returns the first field with invalid bytes.
    private mutating func transcode(_ record: inout CSVRecord, with transcoder: Transcoder) -> Int? {
        converted.removeAll(keepingCapacity: true)
        convertedEnds.removeAll(keepingCapacity: true)
        var badField: Int?
        for index in 0..<record.fieldCount {
            let field = record.field(index)
            if field.contains(where: { $0 >= 0x80 }) {
                let invalid = field.withUnsafeBufferPointer { transcoder.convert($0, appendingTo: &converted) }
                if invalid, badField == nil { badField = index }
            } else {
                converted.append(contentsOf: field)
            }
            convertedEnds.append(converted.count)
        }
        swap(&record.bytes, &converted)
        swap(&record.fieldEnds, &convertedEnds)
        return badField
    }

    /// Whether a field after the first starts with a UTF-8 continuation byte.
    private static func cutsACharacter(_ record: CSVRecord) -> Bool {
        record.fieldEnds.dropLast().contains { $0 < record.bytes.count && record.bytes[$0] & 0xC0 == 0x80 }
    }

    private static func firstField(of record: CSVRecord, where test: (ArraySlice<UInt8>) -> Bool) -> Int? {
        (0..<record.fieldCount).first { test(record.field($0)) }
    }
}

/// One pass over a record's bytes: NUL bytes, non-ASCII bytes, and whether it is valid UTF-8.
struct ByteScan {
    var hasNUL = false
    var hasNonASCII = false
    var isValidUTF8 = true

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        hasNUL = memchr(base, 0, bytes.count) != nil
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time.
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            if base[i] < 0x80 {
                i += 1
                continue
            }
            hasNonASCII = true
            // Chinese text: runs of three-byte characters (U+1000…U+CFFF) checked one step each.
            while i + 3 <= n, base[i] >= 0xE1, base[i] <= 0xEC, base[i + 1] & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80 {
                i += 3
            }
            guard i < n else { break }
            let lead = base[i]
            if lead < 0x80 { continue }
            guard lead >= 0xC2, lead <= 0xF4 else {
                isValidUTF8 = false
                return
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= n, UTF8Validator.isWholeSequence(base + i, length: length) else {
                isValidUTF8 = false
                return
            }
            i += length
        }
    }
}
