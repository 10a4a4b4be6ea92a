import Foundation

/// CSV text as the program writes it (the tier snapshot): RFC 4180 quoting where a field
/// needs it, CRLF line ends.
public enum CSVText {
    /// One field, quoted when it holds a comma, a quote, a line break or edge spaces.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
