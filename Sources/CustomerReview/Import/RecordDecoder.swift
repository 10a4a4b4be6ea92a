/// Turns a record's raw bytes into UTF-8 fields, marking the record when its bytes are not
/// valid in the file's encoding, belong to the other encoding of a mixed file, or hold a NUL.
struct RecordDecoder {
    private let encoding: TextEncoding
    private let mixed: Bool
    private let checkUTF8: Bool
    private let transcoder: Transcoder?
    private var converted: [UInt8] = []
    private var convertedEnds: [Int] = []

    init(decision: EncodingDetector.Decision, forced: Bool) throws {
        mixed = decision.isMixed
        switch decision.encoding {
        case .gb18030:
            encoding = .gb18030
            transcoder = try Transcoder(from: .gb18030)
            checkUTF8 = false
        case .utf8:
            encoding = .utf8
            transcoder = nil
            // A file found valid throughout needs no second check.
            checkUTF8 = forced || decision.nonUTF8Lines > 0
        case .utf16LittleEndian, .utf16BigEndian:
            // Already converted to UTF-8; invalid units became 0xFF, which the check finds.
            encoding = decision.encoding
            transcoder = nil
            checkUTF8 = true
        }
    }

    mutating func decode(_ record: CSVRecord) {
        guard record.problem == nil else { return }
        if let nul = Self.firstField(of: record, where: { $0.contains(0) }) {
            record.setProblem(.nulByte, field: nul)
            return
        }
        let asciiOnly = !record.bytes.contains { $0 >= 0x80 }
        if asciiOnly { return }
        if let transcoder {
            if mixed, UTF8Validator.isValid(record.bytes) {
                record.setProblem(.foreignEncoding(lineEncoding: .utf8, fileEncoding: .gb18030), field: nil)
                return
            }
            transcode(record, with: transcoder)
        } else if checkUTF8, let bad = Self.firstField(of: record, where: { !UTF8Validator.isValid($0) }) {
            let problem: DataProblem = mixed
                ? .foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8)
                : .invalidBytes(encoding: encoding)
            record.setProblem(problem, field: bad)
        }
    }

    private mutating func transcode(_ record: CSVRecord, with transcoder: Transcoder) {
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
        if let badField { record.setProblem(.invalidBytes(encoding: .gb18030), field: badField) }
    }

    private static func firstField(of record: CSVRecord, where test: (ArraySlice<UInt8>) -> Bool) -> Int? {
        (0..<record.fieldCount).first { test(record.field($0)) }
    }
}
