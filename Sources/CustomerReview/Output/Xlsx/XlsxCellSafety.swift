/// The one place where a value is made safe for a cell. Every text and number the workbook
/// writes passes through here; nothing else decides what reaches libxlsxwriter.
///
/// Text:
/// - Text starting with `=`, `+`, `-`, `@`, tab or carriage return is what spreadsheet formula
///   injection uses. It is always written as a string cell (never a formula), and marked to be
///   shown with the Text number format `@`, so that Excel keeps it as text even when a user
///   edits the cell and presses Enter. (Excel's quote prefix, `format_set_quote_prefix`, does
///   the same, but libxlsxwriter 1.1.4 does not have it.)
/// - Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage
///   return; U+FFFE; U+FFFF) are removed. A NUL would also end the C string early.
/// - `_xHHHH_` in the text is escaped as `_x005F_xHHHH_`: Excel reads `_xHHHH_` in a cell's
///   XML as the character HHHH, so an input value `A_x0041_` would otherwise show as `AA`.
/// - Text longer than Excel's 32,767 characters is cut, and the cut is reported.
///
/// Numbers: NaN and the infinities are never written (libxlsxwriter would write `NAN`, which
/// Excel rejects as a corrupt file); integers beyond 2^53 are written as text, so that no
/// digit changes.
enum XlsxCellSafety {
    /// Excel's characters (UTF-16 code units) per cell; libxlsxwriter counts code points of
    /// the escaped text against the same number, so both are kept under it.
    static let maximumCellLength = 32_767
    /// The largest integer a Double (Excel's only number type) holds exactly.
    static let largestExactInteger: Int64 = 1 << 53

    struct Text: Hashable {
        /// What to hand to `worksheet_write_string`.
        var value: String
        /// Starts like a formula: show with the Text number format.
        var startsLikeFormula: Bool
        var removedCharacters: Int
        /// Set when the text was cut: the input's length in Excel characters.
        var originalLength: Int?
        /// Set when the text was cut: the length kept.
        var keptLength: Int?
    }

    /// Text for a cell (a value, a header, a title line).
    static func cellText(_ raw: String) -> Text {
        if raw.utf8.count <= maximumCellLength, !needsScalarPass(raw.utf8) {
            // The triggers are ASCII: the first byte is the first character when it is one.
            return Text(value: raw, startsLikeFormula: raw.utf8.first.map { startsLikeFormula(Unicode.Scalar($0)) } ?? false,
                        removedCharacters: 0, originalLength: nil, keptLength: nil)
        }
        var allowed: [Unicode.Scalar] = []
        allowed.reserveCapacity(raw.utf8.count)
        var removed = 0
        for scalar in raw.unicodeScalars {
            if isAllowedInXML(scalar) { allowed.append(scalar) } else { removed += 1 }
        }
        var output = String.UnicodeScalarView()
        var excelLength = 0
        var passedLength = 0
        var index = 0
        while index < allowed.count {
            let scalar = allowed[index]
            let escaped = startsEscapeLookalike(allowed, at: index)
            let excelCost = UTF16.width(scalar)
            let passedCost = escaped ? escapedUnderscore.unicodeScalars.count : 1
            if excelLength + excelCost > maximumCellLength || passedLength + passedCost > maximumCellLength {
                break
            }
            if escaped { output.append(contentsOf: escapedUnderscore.unicodeScalars) } else { output.append(scalar) }
            excelLength += excelCost
            passedLength += passedCost
            index += 1
        }
        let cut = index < allowed.count
        return Text(value: String(output), startsLikeFormula: startsLikeFormula(allowed.first),
                    removedCharacters: removed,
                    originalLength: cut ? raw.utf16.count : nil,
                    keptLength: cut ? excelLength : nil)
    }

    /// Text that is not a cell (a document property, a drop-down entry, a highlight's text):
    /// characters XML cannot hold removed, at most `maximumLength` Excel characters.
    static func plainText(_ raw: String, maximumLength: Int = 255) -> String {
        var output = String.UnicodeScalarView()
        var length = 0
        for scalar in raw.unicodeScalars where isAllowedInXML(scalar) {
            let width = UTF16.width(scalar)
            guard length + width <= maximumLength else { break }
            output.append(scalar)
            length += width
        }
        return String(output)
    }

    /// A chart's title, series or axis name: as `plainText`, and without leading `=`, because
    /// libxlsxwriter reads a chart text that starts with `=` as a cell reference.
    static func chartText(_ raw: String) -> String {
        String(plainText(raw).drop { $0 == "=" })
    }

    /// The number to write, or nil for NaN and the infinities.
    static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }

    /// The Double equal to `value`, or nil when a Double cannot hold it exactly.
    static func exactDouble(_ value: Int64) -> Double? {
        value.magnitude <= UInt64(largestExactInteger) ? Double(value) : nil
    }

    /// The nearest Double to an exact decimal: one correctly rounded division of two exact
    /// Doubles while the units stay below 2^53, as every amount and rate here does.
    static func nearestDouble(_ value: ExactDecimal) -> Double {
        Double(value.units) / Double(ExactDecimal.powerOfTen(value.scale))
    }

    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    private static let escapedUnderscore = "_x005F_"

    /// `=`, `+`, `-`, `@`, tab, carriage return: a switch, not a set, as it runs for every cell.
    private static func startsLikeFormula(_ first: Unicode.Scalar?) -> Bool {
        switch first {
        case "=", "+", "-", "@", "\t", "\r": true
        default: false
        }
    }

    /// `_xHHHH_` at `index`.
    private static func startsEscapeLookalike(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Whether any of the eight bytes is below 0x20, 0x5F (`_`) or 0xEF, with the usual
    /// "has a zero byte" test on the word and on it xor-ed with each byte sought. It may say
    /// yes for a word with none (a borrow from a lower byte); never no for a word with one.
    private static func mayNeedScalarPass(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        // A byte below 0x20: (byte - 0x20) borrows, for a byte without its high bit.
        let below = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
        return below || hasZeroByte(word ^ (0x5F &* ones)) || hasZeroByte(word ^ (0xEF &* ones))
    }

    /// Whether the text may hold something the fast path cannot pass as it is: a control
    /// character, U+FFFE/U+FFFF (EF BF BE/BF in UTF-8), or `_x`.
    private static func needsScalarPass(_ utf8: String.UTF8View) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var index = 0
            // Eight bytes at a time while none of them is a control character, `_` or 0xEF
            // (almost every cell): a byte-wise test only from the first word that has one.
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    guard !mayNeedScalarPass(word) else { break }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
                if byte == 0x5F, index + 1 < bytes.count, bytes[index + 1] == 0x78 { return true }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                   bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return true }
                index += 1
            }
            return false
        }
        if let result = utf8.withContiguousStorageIfAvailable(scan) { return result }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }
}
