/// Turns a record's raw bytes into UTF-8 fields, marking the record when its bytes are not
/// valid in the file's encoding, belong to the other encoding of a mixed file, or hold a NUL.
struct RecordDecoder {
    private let encoding: TextEncoding
    private let mixed: Bool
    private let checkUTF8: Bool
    private let transcoder: Transcoder?
    /// For a UTF-8 file that mixes in GB18030 rows: to show those rows' values readably.
    private let foreignTranscoder: Transcoder?
    private var converted: [UInt8] = []
    private var convertedEnds: [Int] = []

    init(decision: EncodingDetector.Decision, forced: Bool) throws {
        mixed = decision.isMixed
        switch decision.encoding {
        case .gb18030:
            encoding = .gb18030
            transcoder = try Transcoder(from: .gb18030)
            foreignTranscoder = nil
            checkUTF8 = false
        case .utf8:
            encoding = .utf8
            transcoder = nil
            foreignTranscoder = decision.isMixed ? try Transcoder(from: .gb18030) : nil
            // A file found valid throughout needs no second check.
            checkUTF8 = forced || decision.nonUTF8Lines > 0
        case .utf16LittleEndian, .utf16BigEndian:
            // Already converted to UTF-8; invalid units became 0xFF, which the check finds.
            encoding = decision.encoding
            transcoder = nil
            foreignTranscoder = nil
            checkUTF8 = true
        }
    }

    /// Decodes the record's fields to UTF-8. A record the tokenizer already found malformed is
    /// still decoded, so that its values show as text in the issue; its problem stays.
    mutating func decode(_ record: CSVRecord) {
        if let nul = Self.firstField(of: record, where: { $0.contains(0) }), record.problem == nil {
            record.setProblem(.nulByte, field: nul)
        }
        let asciiOnly = !record.bytes.contains { $0 >= 0x80 }
        if asciiOnly { return }
        if let transcoder {
            if mixed, UTF8Validator.isValid(record.bytes) {
                // A UTF-8 row in a GB18030 file: already readable as it is.
                record.setProblem(.foreignEncoding(lineEncoding: .utf8, fileEncoding: .gb18030), field: nil)
                return
            }
            let bad = transcode(record, with: transcoder)
            if let bad { record.setProblem(.invalidBytes(encoding: .gb18030), field: bad) }
        } else if checkUTF8, let bad = Self.firstField(of: record, where: { !UTF8Validator.isValid($0) }) {
            if mixed, let gb18030 = foreignTranscoder {
                // A GB18030 row in a UTF-8 file: shown as the characters it most likely holds.
                _ = transcode(record, with: gb18030)
                record.setProblem(.foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8), field: bad)
            } else {
                record.setProblem(.invalidBytes(encoding: encoding), field: bad)
            }
        }
    }

    /// Converts every non-ASCII field in place; returns the first field with invalid bytes.
    private mutating func transcode(_ record: CSVRecord, with transcoder: Transcoder) -> Int? {
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

    private static func firstField(of record: CSVRecord, where test: (ArraySlice<UInt8>) -> Bool) -> Int? {
        (0..<record.fieldCount).first { test(record.field($0)) }
    }
}
