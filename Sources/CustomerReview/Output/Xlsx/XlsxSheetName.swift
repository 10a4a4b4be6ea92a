/// Makes a wanted sheet name (a localized Chinese or English name) into one Excel accepts:
/// at most 31 characters, none of `[]:*?/\`, no control characters, no apostrophe at either
/// end, not the reserved "History", and unique among the workbook's sheets without regard to
/// case. A clash or a continuation gets a number: `Visits (2)`.
struct XlsxSheetName {
    /// Excel's limit, in its characters (UTF-16 code units).
    static let maximumLength = 31
    private static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Excel keeps "History" for its change tracking.
    private static let reserved: Set<String> = ["history"]

    /// Lowercased names already used.
    private var taken: Set<String> = []

    /// The safe form of `wanted`, not yet unique.
    static func base(_ wanted: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in wanted.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || !XlsxCellSafety.isAllowedInXML(scalar) {
                continue
            }
            scalars.append(forbidden.contains(scalar) ? "_" : scalar)
        }
        let name = trimmed(cut(String(scalars), to: maximumLength))
        return name.isEmpty ? "Sheet" : name
    }

    /// A name not used yet, from `wanted`; `number` asks for `wanted (number)` or the next
    /// free number after it (a continuation sheet).
    mutating func claim(_ wanted: String, number: Int? = nil) -> String {
        let base = Self.base(wanted)
        if number == nil, isFree(base) {
            taken.insert(base.lowercased())
            return base
        }
        var counter = number ?? 2
        while true {
            let suffix = " (" + String(counter) + ")"
            let stem = Self.trimmed(Self.cut(base, to: Self.maximumLength - suffix.utf16.count))
            let candidate = (stem.isEmpty ? "Sheet" : stem) + suffix
            if isFree(candidate) {
                taken.insert(candidate.lowercased())
                return candidate
            }
            counter += 1
        }
    }

    private func isFree(_ name: String) -> Bool {
        let key = name.lowercased()
        return !taken.contains(key) && !Self.reserved.contains(key)
    }

    /// The longest prefix of whole characters within `limit` UTF-16 code units.
    private static func cut(_ text: String, to limit: Int) -> String {
        var length = 0
        var result = ""
        for character in text {
            let width = character.utf16.count
            guard length + width <= limit else { break }
            result.append(character)
            length += width
        }
        return result
    }

    /// Without surrounding spaces or apostrophes (Excel refuses an apostrophe at either end).
    private static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == "'" || first.properties.isWhitespace {
            scalars.removeFirst()
        }
        while let last = scalars.last, last == "'" || last.properties.isWhitespace {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
