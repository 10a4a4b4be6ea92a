/// File names made from people's and departments' names (`monthly --split`): safe for any
/// name — Chinese, spaces, slashes, dots, control characters — and never able to leave the
/// folder they are written in.
public enum SafeFileName {
    /// The longest name part kept, in UTF-8 bytes (file systems allow 255 in all).
    static let maximumBytes = 120

    /// `name` with every character a file system or a shell may treat specially replaced by
    /// `_`, leading dots and spaces removed, cut to a safe length; `fallback` when nothing is
    /// left.
    public static func component(_ name: String, fallback: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|", "\u{7F}":
                scalars.append("_")
            default:
                if scalar.value < 0x20 || (0x80...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format {
                    scalars.append("_")
                } else {
                    scalars.append(scalar)
                }
            }
        }
        // By scalars, not `Character`s: ".\u{301}" is one Character that is not ".", and a name
        // must start with neither a dot (hidden) nor a mark that would join whatever is put
        // before it ("/", the "." of a temporary name).
        while let first = scalars.first, first == "." || first == " " || first == "-" || isMark(first) {
            scalars.removeFirst()
        }
        while let last = scalars.last, last == "." || last == " " { scalars.removeLast() }
        let text = String(scalars)
        var cut = ""
        for character in text {
            if cut.utf8.count + String(character).utf8.count > maximumBytes { break }
            cut.append(character)
        }
        return cut.isEmpty ? fallback : cut
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Safe, distinct names for `names` (in order): a name that collides with an earlier one
    /// after cleaning gets ` (2)`, ` (3)`.
    public static func distinct(_ names: [String], fallback: String) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            let base = component(name, fallback: fallback)
            var candidate = base
            var n = 2
            while used.contains(candidate.lowercased()) {
                candidate = base + " (\(n))"
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
