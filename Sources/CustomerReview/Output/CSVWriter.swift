/// CSV as the program writes it: RFC 4180 quoting decided byte by byte, UTF-8. The snapshots
/// are written through a `CSVWriter` (CRLF line ends); the sample's exports build their fields
/// in place (`SampleRecord`) and quote them with `needsQuotes` and `appendQuoted` here, so one
/// piece of code quotes every CSV file the program writes.
///
/// The test is on bytes, never on `Character`s: `"\r\n"` is one `Character`, and a quote or a
/// line break followed by a combining mark (U+0301) is a `Character` equal to neither, so a
/// test by `Character` lets them through unquoted and the file no longer reads back.
///
/// The reader (`CSVReader`) reads back every field written with `.readBack` exactly, whatever it
/// holds — the `snapshot` fuzz target checks the round trip.
public struct CSVWriter: Sendable {
    /// Which fields are quoted.
    public enum Quoting: Sendable {
        /// A field that holds the delimiter, a comma, a semicolon, a tab, a quote, a CR or an LF
        /// anywhere, or starts or ends with a space (which the reader trims): the files the
        /// program reads back itself, whatever delimiter the reader finds.
        case readBack
        /// A field that holds the delimiter, a quote, a CR or an LF: what a spreadsheet's export
        /// writes (the sample's files, whose `;`-separated amounts keep their unquoted commas).
        case asExported
    }

    public private(set) var bytes: [UInt8] = []
    public let delimiter: UInt8

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// Appends one record.
    public mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            let utf8 = Array(field.utf8)[...]
            if Self.needsQuotes(utf8, delimiter: delimiter, quoting: .readBack) {
                Self.appendQuoted(utf8, to: &bytes)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends raw bytes (a byte order mark).
    public mutating func raw(_ prefix: [UInt8]) {
        bytes.append(contentsOf: prefix)
    }

    private static let quote = UInt8(ascii: "\"")

    /// Whether a field's bytes must be quoted.
    static func needsQuotes(_ utf8: ArraySlice<UInt8>, delimiter: UInt8, quoting: Quoting) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        switch quoting {
        case .readBack:
            if first == 0x20 || last == 0x20 { return true }
            for byte in utf8 {
                switch byte {
                case delimiter, UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, quote, 0x0D, 0x0A: return true
                default: continue
                }
            }
        case .asExported:
            for byte in utf8 {
                switch byte {
                case delimiter, quote, 0x0D, 0x0A: return true
                default: continue
                }
            }
        }
        return false
    }

    /// Appends a field in quotes, each quote inside doubled.
    static func appendQuoted(_ utf8: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(quote)
        for byte in utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
    }
}
