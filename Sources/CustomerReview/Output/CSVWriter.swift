/// CSV as the program writes it (the tier snapshot): RFC 4180 quoting decided byte by byte,
/// CRLF line ends, UTF-8.
///
/// A field is quoted when it holds the delimiter, a comma, a semicolon, a tab, a quote, a CR
/// or an LF anywhere, or starts or ends with a space. The test is on bytes, never on
/// `Character`s: `"\r\n"` is one `Character`, and a quote or a line break followed by a
/// combining mark (U+0301) is a `Character` equal to neither, so a test by `Character` lets
/// them through unquoted and the file no longer reads back.
///
/// The reader (`CSVReader`) reads back every field written here exactly, whatever it holds —
/// the `snapshot` fuzz target checks the round trip.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public let delimiter: UInt8

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// Appends one record.
    public mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            append(field)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends raw bytes (a byte order mark).
    public mutating func raw(_ prefix: [UInt8]) {
        bytes.append(contentsOf: prefix)
    }

    private mutating func append(_ field: String) {
        let utf8 = Array(field.utf8)
        guard Self.needsQuotes(utf8, delimiter: delimiter) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(Self.quote)
        for byte in utf8 {
            bytes.append(byte)
            if byte == Self.quote { bytes.append(Self.quote) }
        }
        bytes.append(Self.quote)
    }

    private static let quote = UInt8(ascii: "\"")

    /// Whether a field's bytes must be quoted to read back as they are.
    static func needsQuotes(_ utf8: [UInt8], delimiter: UInt8) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        for byte in utf8 {
            switch byte {
            case delimiter, UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, quote, 0x0D, 0x0A: return true
            default: continue
            }
        }
        return false
    }
}
