/// Writes a `JSONValue` as text: two-space indentation, members in their given order, strings
/// escaped per RFC 8259 — the same value always gives the same bytes.
public enum JSONText {
    public static func render(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): out.append(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append("[]"); return }
            out.append("[\n")
            for (i, element) in elements.enumerated() {
                pad(indent + 1, &out)
                write(element, indent: indent + 1, into: &out)
                out.append(i == elements.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &out)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{\n")
            for (i, (key, element)) in members.enumerated() {
                pad(indent + 1, &out)
                writeString(key, into: &out)
                out.append(": ")
                write(element, indent: indent + 1, into: &out)
                out.append(i == members.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &out)
            out.append("}")
        }
    }

    private static func pad(_ level: Int, _ out: inout String) {
        for _ in 0..<level { out.append("  ") }
    }

    /// One string as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = ""
        writeString(s, into: &out)
        return out
    }

    static func writeString(_ s: String, into out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{2028}": out.append("\\u2028")
            case "\u{2029}": out.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
