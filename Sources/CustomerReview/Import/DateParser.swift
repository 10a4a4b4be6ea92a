/// Reads the dates real exports hold: `2026-11-05`, `2026/11/5`, `2026.11.05`,
/// `2026年11月5日`, `20261105`, each optionally followed by a time that is ignored
/// (`2026-11-05 14:30`, `2026/11/5 0:00:00`, `2026-11-05T14:30:00`).
///
/// A hand parser of exactly these shapes: impossible days (2026-02-30, 2026-13-01) and any
/// other text are refused, never read as a nearby date.
public enum DateParser {
    /// Parses trimmed UTF-8 text; nil when it is not one of the accepted shapes or not a day
    /// that exists.
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        Array(text.utf8).withUnsafeBufferPointer { parse(utf8: $0) }
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> CalendarDate? {
        bytes.withUnsafeBufferPointer { parse(utf8: $0) }
    }

    private static let year = Array("年".utf8)
    private static let month = Array("月".utf8)
    private static let day = Array("日".utf8)

    static func parse(utf8 s: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        var i = 0
        guard let y = digits(s, &i, min: 4, max: 4) else { return nil }
        let m: Int
        let d: Int
        if i == s.count || isDigit(s[i]) {
            // 20261105: eight digits in a row.
            guard let rest = digits(s, &i, min: 4, max: 4) else { return nil }
            m = rest / 100
            d = rest % 100
        } else if matches(s, i, year) {
            i += year.count
            guard let mm = digits(s, &i, min: 1, max: 2), matches(s, i, month) else { return nil }
            i += month.count
            guard let dd = digits(s, &i, min: 1, max: 2), matches(s, i, day) else { return nil }
            i += day.count
            m = mm
            d = dd
        } else {
            let separator = s[i]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
            i += 1
            guard let mm = digits(s, &i, min: 1, max: 2), i < s.count, s[i] == separator else { return nil }
            i += 1
            guard let dd = digits(s, &i, min: 1, max: 2) else { return nil }
            m = mm
            d = dd
        }
        guard timeIsAbsentOrValid(s, i) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// After the date: nothing, or spaces / `T` then `H:MM`, `H:MM:SS` or `H:MM:SS.fff`.
    private static func timeIsAbsentOrValid(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var i = start
        if i == s.count { return true }
        if s[i] == UInt8(ascii: "T") {
            i += 1
        } else {
            guard s[i] == 0x20 else { return false }
            while i < s.count, s[i] == 0x20 { i += 1 }
        }
        guard let hour = digits(s, &i, min: 1, max: 2), hour < 24,
              i < s.count, s[i] == UInt8(ascii: ":")
        else { return false }
        i += 1
        guard let minute = digits(s, &i, min: 2, max: 2), minute < 60 else { return false }
        if i < s.count, s[i] == UInt8(ascii: ":") {
            i += 1
            guard let second = digits(s, &i, min: 2, max: 2), second < 61 else { return false }
            if i < s.count, s[i] == UInt8(ascii: ".") {
                i += 1
                guard digits(s, &i, min: 1, max: 9) != nil else { return false }
            }
        }
        return i == s.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func digits(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int, min: Int, max: Int) -> Int? {
        var value = 0
        var count = 0
        while i < s.count, count < max, isDigit(s[i]) {
            value = value * 10 + Int(s[i] - 0x30)
            i += 1
            count += 1
        }
        return count >= min ? value : nil
    }

    private static func matches(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }
}
