/// Text from input made fit for one line of a terminal, a log or a cron mail.
///
/// Data issues and error messages quote values and headers exactly as a file holds them, and
/// a file can hold anything: a line break would split one issue over several lines, an escape
/// sequence (ESC `[2J`, a title change) would act on the terminal of whoever runs `validate`,
/// and a bidirectional override would show the line in another order than it is written. So
/// every such character is shown as an escape instead (`\n`, `\t`, `\u{1B}`); everything
/// else, Chinese included, passes as it is.
public enum ConsoleText {
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var shown = ""
        shown.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                shown.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            default: shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return shown
    }

    /// C0 controls, DEL, C1 controls (U+009B is a CSI to some terminals), the line and
    /// paragraph separators, and the bidirectional embeddings, overrides and isolates.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
