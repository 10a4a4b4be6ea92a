/// The one escaping function of the HTML reports: templates use it for every `{{ value }}`,
/// and the report code uses it for text it puts into SVG (labels, titles).
///
/// It escapes `&`, `<`, `>`, `"` and `'`, which makes text safe in element content and in
/// quoted attribute values (single or double quotes). It is not enough for unquoted
/// attributes, URLs or CSS, which is why templates must quote their attributes.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by `&amp; &lt; &gt; &quot; &#39;`, and every control
    /// character other than tab, line feed, form feed and carriage return replaced by U+FFFD.
    ///
    /// HTML has no way to write a NUL or a C1 control (`&#0;` reads as U+FFFD, `&#x80;` as
    /// `€`), and a parser treats them raw as errors; an input value holding one (binary data
    /// in an export) is shown as the replacement character a browser would show for a NUL.
    ///
    /// - Complexity: O(n); text without any of these characters is returned as it is.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped, to a UTF-8 buffer (the renderer's output).
    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let replacement: StaticString
                var width = 1
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F: replacement = "\u{FFFD}"
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    // A C1 control, U+0080…U+009F.
                    replacement = "\u{FFFD}"
                    width = 2
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += width
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F, 0xC2:
            // 0xC2 leads U+0080…U+00BF; only the C1 controls among them are replaced.
            true
        default:
            false
        }
    }
}
