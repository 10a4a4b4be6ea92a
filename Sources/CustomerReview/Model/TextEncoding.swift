/// The text encodings the exports come in.
public enum TextEncoding: String, CaseIterable, Hashable, Sendable {
    case utf8 = "UTF-8"
    /// GB18030, a superset of GBK and GB2312: what Excel on a Chinese Windows saves as "CSV".
    case gb18030 = "GB18030"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"

    /// Reads an `--encoding` value: `utf-8`, `utf8`, `gb18030`, `gbk`, `gb2312`, `utf-16le`, `utf-16be`.
    public init?(name: String) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "utf-16le", "utf16le": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        default: return nil
        }
    }

    public static let acceptedNames = "utf-8, gb18030 (gbk), utf-16le, utf-16be"
}
