/// Writes a `JSONValue` as text: two-space indentation, members in their given order, strings
/// escaped per RFC 8259 — the same value always gives the same bytes.
///
/// Large documents are written member by member into a `ByteSink` (`writeDocument`), so the
/// whole document is never built in memory.
public enum JSONText {
    public static func render(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        var bytes = writer.take()
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A member of a streamed document: one value, or elements each written straight into
    /// the writer.
    public enum Member {
        case value(JSONValue)
        case elements(count: Int, element: (Int, inout JSONWriter) -> Void)

        /// Elements produced as values (for lists that are not large).
        public static func values(count: Int, _ element: @escaping (Int) -> JSONValue) -> Member {
            .elements(count: count) { i, writer in writer.value(element(i)) }
        }
    }

    /// Writes a top-level object whose large arrays are written element by element and
    /// handed to the sink as they grow, so the document is never held whole; the bytes are
    /// those `render` gives for the same content.
    public static func writeDocument(_ members: [(String, Member)], to sink: ByteSink) throws {
        var writer = JSONWriter()
        writer.beginObject()
        for (key, member) in members {
            writer.key(key)
            switch member {
            case .value(let value):
                writer.value(value)
            case .elements(let count, let element):
                writer.beginArray()
                for index in 0..<count {
                    writer.element()
                    element(index, &writer)
                    if writer.bytes.count > 1 << 16 { try writer.drain(into: sink) }
                }
                writer.endArray()
            }
        }
        writer.endObject()
        var tail = writer.take()
        tail.append(0x0A)
        tail.withUnsafeBufferPointer { sink.append($0) }
        try sink.flush()
    }

    /// One string as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        writeString(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Escapes `"`, `\`, control characters and U+2028/U+2029 (which break JavaScript
    /// readers); everything else is copied as UTF-8.
    static func writeString(_ s: String, to sink: inout [UInt8]) {
        sink.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let byte = utf8[i]
                var escape: StaticString?
                var skip = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = ""
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    skip = 3
                default: break
                }
                guard let escape else {
                    i += 1
                    continue
                }
                sink.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                if escape.utf8CodeUnitCount == 0 {
                    append("\\u00", to: &sink)
                    sink.append(hex[Int(byte >> 4)])
                    sink.append(hex[Int(byte & 0x0F)])
                } else {
                    append(escape, to: &sink)
                }
                i += skip
                runStart = i
            }
            sink.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
        }
        sink.append(0x22)
    }
}
