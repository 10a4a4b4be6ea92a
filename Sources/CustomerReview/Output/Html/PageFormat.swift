import Foundation

/// How figures read on the HTML pages, formatted by hand: never through the locale (a cron
/// job's locale is not the reader's) and never through binary floating point.
enum PageFormat {
    /// `1,234,567`: a count with thousands separators.
    static func count(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// `1,234.50`: money in yuan with thousands separators and two decimals.
    static func money(_ value: Money) -> String { value.grouped }

    /// `66.7%` for a share in tenths of a per cent (667); one decimal always.
    static func percent(tenths: Int64) -> String {
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10) + "%"
    }

    /// A per cent with one decimal, or `—` when there is nothing to measure.
    static func percent(_ value: ExactDecimal?) -> String {
        guard let value else { return "—" }
        if let tenths = value.units(atScale: 1) { return percent(tenths: tenths) }
        // More decimals than one: round half away from zero to tenths.
        let divisor = ExactDecimal.powerOfTen(value.scale - 1)
        return percent(tenths: Int64(ExactDecimal.divideRoundingHalfAwayFromZero(Int128(value.units), by: divisor)))
    }

    /// `part` of `whole` in tenths of a per cent, rounded half up; 0 when `whole` is 0.
    static func share(_ part: Int, of whole: Int) -> Int64 {
        guard whole > 0 else { return 0 }
        return Int64(ExactDecimal.divideRoundingHalfAwayFromZero(Int128(part) * 1000, by: Int128(whole)))
    }

    /// `N more in the workbook` from the label's `%d`.
    static func more(_ count: Int, _ language: ReportLanguage) -> String {
        Label.moreInWorkbook.text(language).replacingOccurrences(of: "%d", with: PageFormat.count(count))
    }
}
