import Glibc

/// Writes one sample CSV file through a 1 MiB buffer with POSIX `write`, in the encoding a
/// real export of that file might come in, to a temporary name beside the final one.
///
/// Records arrive as UTF-8 (`SampleRecord`); GB18030 is converted with Glibc's `iconv` and
/// UTF-16 by hand, in batches of whole records. The file appears under its final name only
/// with `commit()`, after `finish()` has written everything; `discard()` removes it.
///
/// Owns a file descriptor and an `iconv` handle, so it is a class with explicit `finish` and
/// `discard` rather than cleanup in `deinit`.
final class SampleCSVWriter {
    let fileName: String
    let encoding: TextEncoding
    let byteOrderMark: Bool
    let lineBreak: SampleLineBreak
    let finalPath: String
    let temporaryPath: String

    /// The physical line the next record starts on (the header is line 1).
    private(set) var nextLine = 1
    private(set) var recordCount = 0
    private(set) var bytesWritten = 0

    private let lineBreakBytes: [UInt8]
    private var descriptor: Int32 = -1
    private var converter: iconv_t?
    private var output: [UInt8] = []
    /// UTF-8 records waiting to be converted to GB18030 in one `iconv` call.
    private var pending: [UInt8] = []

    static let bufferSize = 1 << 20
    private static let pendingLimit = 1 << 18

    init(directory: String, fileName: String, encoding: TextEncoding, byteOrderMark: Bool,
         lineBreak: SampleLineBreak) throws {
        self.fileName = fileName
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.lineBreak = lineBreak
        lineBreakBytes = lineBreak.bytes
        finalPath = directory + "/" + fileName
        temporaryPath = directory + "/." + fileName + ".writing-" + String(getpid())
        output.reserveCapacity(Self.bufferSize + (1 << 16))
        if encoding == .gb18030 {
            let handle = iconv_open("GB18030", "UTF-8")
            guard let handle, Int(bitPattern: handle) != -1 else {
                throw ReviewError.output("\(fileName): this system cannot write GB18030 (iconv: \(Self.describe(errno)))")
            }
            converter = handle
            pending.reserveCapacity(Self.pendingLimit + (1 << 16))
        }
        unlink(temporaryPath)
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let code = errno
            closeConverter()
            throw ReviewError.output("\(finalPath): cannot be written (\(Self.describe(code)))")
        }
        descriptor = fd
        if byteOrderMark {
            switch encoding {
            case .utf8: output.append(contentsOf: [0xEF, 0xBB, 0xBF])
            case .utf16LittleEndian: output.append(contentsOf: [0xFF, 0xFE])
            case .utf16BigEndian: output.append(contentsOf: [0xFE, 0xFF])
            case .gb18030: output.append(contentsOf: [0x84, 0x31, 0x95, 0x33])
            }
        }
    }

    /// Writes the header line of `columns`; returns its record, whose buffer the file's rows
    /// reuse (`reset()` before each).
    func writeHeader(_ columns: [String], delimiter: UInt8) throws -> SampleRecord {
        var record = SampleRecord(delimiter: delimiter)
        for column in columns { record.add(column) }
        try write(record)
        return record
    }

    /// Writes a record and its line break; returns the line it starts on.
    @discardableResult
    func write(_ record: SampleRecord) throws -> Int {
        let line = nextLine
        switch encoding {
        case .utf8:
            output.append(contentsOf: record.bytes)
            output.append(contentsOf: lineBreakBytes)
        case .gb18030:
            pending.append(contentsOf: record.bytes)
            pending.append(contentsOf: lineBreakBytes)
            if pending.count >= Self.pendingLimit { try convertPending() }
        case .utf16LittleEndian, .utf16BigEndian:
            appendUTF16(record.bytes)
            appendUTF16(lineBreakBytes)
        }
        nextLine += 1 + record.innerLineBreaks
        recordCount += 1
        if output.count >= Self.bufferSize { try flush() }
        return line
    }

    /// Writes a record in GBK inside a UTF-8 file — the line pasted in from another export —
    /// and returns the line it starts on.
    @discardableResult
    func writeInGBK(_ record: SampleRecord) throws -> Int {
        precondition(encoding == .utf8, "a GBK line is foreign only in a UTF-8 file")
        guard let handle = iconv_open("GBK", "UTF-8"), Int(bitPattern: handle) != -1 else {
            throw ReviewError.output("\(fileName): this system cannot write GBK (iconv: \(Self.describe(errno)))")
        }
        defer { iconv_close(handle) }
        var converted: [UInt8] = []
        try Self.convert(record.bytes, with: handle, appendingTo: &converted, fileName: fileName)
        let line = nextLine
        output.append(contentsOf: converted)
        output.append(contentsOf: lineBreakBytes)
        nextLine += 1 + record.innerLineBreaks
        recordCount += 1
        return line
    }

    /// Writes what is buffered and closes the file, still under its temporary name.
    func finish() throws {
        try convertPending()
        try flush()
        closeConverter()
        let fd = descriptor
        descriptor = -1
        if Glibc.close(fd) != 0 {
            throw ReviewError.output("\(finalPath): cannot be written (\(Self.describe(errno)))")
        }
    }

    /// Gives the finished file its final name, replacing any earlier file atomically.
    func commit() throws {
        if rename(temporaryPath, finalPath) != 0 {
            throw ReviewError.output("\(finalPath): cannot be written (\(Self.describe(errno)))")
        }
    }

    /// Closes and removes the temporary file after a failure; never throws.
    func discard() {
        closeConverter()
        if descriptor >= 0 {
            _ = Glibc.close(descriptor)
            descriptor = -1
        }
        _ = unlink(temporaryPath)
    }

    // MARK: Encoding and writing

    private func flush() throws {
        var offset = 0
        let count = output.count
        try output.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while offset < count {
                let n = Glibc.write(descriptor, base + offset, count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ReviewError.output("\(finalPath): cannot be written (\(Self.describe(errno)))")
                }
                offset += n
            }
        }
        bytesWritten += count
        output.removeAll(keepingCapacity: true)
    }

    private func convertPending() throws {
        guard let converter, !pending.isEmpty else { return }
        try Self.convert(pending, with: converter, appendingTo: &output, fileName: fileName)
        pending.removeAll(keepingCapacity: true)
    }

    /// Converts complete UTF-8 text with `handle`; every character the sample writes exists in
    /// the target encoding, so a failure is a programming error reported as an output error.
    private static func convert(_ input: [UInt8], with handle: iconv_t, appendingTo output: inout [UInt8],
                                fileName: String) throws {
        var scratch = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var failure: Int32 = 0
        var produced = 0
        input.withUnsafeBytes { inRaw in
            scratch.withUnsafeMutableBytes { outRaw in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inRaw.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                if iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { failure = errno }
                produced = outRaw.count - outLeft
            }
        }
        guard failure == 0 else {
            throw ReviewError.output("\(fileName): a character cannot be encoded (iconv: \(describe(failure)))")
        }
        output.append(contentsOf: scratch[0..<produced])
    }

    /// Appends valid UTF-8 as UTF-16 code units in the file's byte order.
    private func appendUTF16(_ utf8: [UInt8]) {
        let bigEndian = encoding == .utf16BigEndian
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            var scalar: UInt32
            if lead < 0x80 {
                scalar = UInt32(lead)
                index += 1
            } else if lead < 0xE0 {
                scalar = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                scalar = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6
                    | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                scalar = UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            if scalar >= 0x10000 {
                scalar -= 0x10000
                appendUnit(UInt16(0xD800 | (scalar >> 10)), bigEndian: bigEndian)
                appendUnit(UInt16(0xDC00 | (scalar & 0x3FF)), bigEndian: bigEndian)
            } else {
                appendUnit(UInt16(scalar), bigEndian: bigEndian)
            }
        }
    }

    private func appendUnit(_ unit: UInt16, bigEndian: Bool) {
        if bigEndian {
            output.append(UInt8(unit >> 8))
            output.append(UInt8(unit & 0xFF))
        } else {
            output.append(UInt8(unit & 0xFF))
            output.append(UInt8(unit >> 8))
        }
    }

    private func closeConverter() {
        if let converter {
            iconv_close(converter)
            self.converter = nil
        }
    }

    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}

/// The line break a file is written with.
public enum SampleLineBreak: String, Sendable {
    /// What Windows programs (Excel) write.
    case crlf = "CRLF"
    case lf = "LF"

    var bytes: [UInt8] {
        switch self {
        case .crlf: [0x0D, 0x0A]
        case .lf: [0x0A]
        }
    }
}
