/// One typed value for a worksheet cell. The type decides the cell's number format, so a money
/// amount is always `#,##0.00` and a date is always a real Excel date shown `yyyy-mm-dd`.
///
/// There is no formula case: nothing a report writes is ever evaluated by Excel.
public enum XlsxCell: Hashable, Sendable {
    /// Text, written as a string cell through the cell-safety rules (`XlsxCellSafety`).
    case text(String)
    /// A count or an identifier-free integer, shown `#,##0`.
    case integer(Int64)
    /// Money in fen, shown in yuan `#,##0.00`.
    case money(Money)
    /// An exact decimal (a volume, a weight), shown as Excel's General.
    case decimal(ExactDecimal)
    /// An evaluation score, shown `0.00`.
    case score(Score)
    /// A ratio from a computation (0.25 is 25%), shown `0.0%`. NaN and infinity are never
    /// written: the cell is left empty and a notice is recorded.
    case percent(Double)
    /// An exact rate from the settings (a commission rate 0.015), shown `0.0%`.
    case rate(ExactDecimal)
    /// Any other computed number, shown as General; NaN and infinity as for `percent`.
    case number(Double)
    /// A calendar day, written as Excel's date serial and shown `yyyy-mm-dd`.
    case date(CalendarDate)
    /// A boolean cell (TRUE/FALSE), which Excel shows in the user's language.
    case bool(Bool)
    /// Nothing is written.
    case blank
}

extension XlsxCell: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension XlsxCell {
    /// Text, or blank for nil: for optional profile fields.
    public static func text(orBlank value: String?) -> XlsxCell {
        value.map { .text($0) } ?? .blank
    }

    /// A date, or blank for nil.
    public static func date(orBlank value: CalendarDate?) -> XlsxCell {
        value.map { .date($0) } ?? .blank
    }

    /// Money, or blank for nil.
    public static func money(orBlank value: Money?) -> XlsxCell {
        value.map { .money($0) } ?? .blank
    }

    /// A score, or blank for nil (an unscored customer).
    public static func score(orBlank value: Score?) -> XlsxCell {
        value.map { .score($0) } ?? .blank
    }
}
