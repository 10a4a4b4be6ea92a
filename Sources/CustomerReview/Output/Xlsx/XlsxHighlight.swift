/// A conditional format: cells of a sheet's data rows are shown in a highlight style when the
/// value in a tested column meets a condition, row by row.
///
/// Excel evaluates the rule itself, so a manager who corrects a value sees the highlight go.
public struct XlsxHighlight: Hashable, Sendable {
    public enum Condition: Hashable, Sendable {
        /// A number greater than the bound (a shortfall above 0, a breach). Text is never
        /// "greater" here, although Excel ranks text above numbers.
        case greaterThan(Double)
        /// A number less than the bound.
        case lessThan(Double)
        /// Text equal to this (Excel compares without case).
        case textEquals(String)
        /// A boolean cell that is TRUE.
        case isTrue
    }

    /// The look of a highlight: Excel's own Bad, Neutral and Good cell styles.
    public enum Style: Hashable, Sendable {
        case bad, warning, good
    }

    public var condition: Condition
    /// The column (0-based) whose value is tested.
    public var testedColumn: Int
    /// The columns (0-based) that are highlighted; the tested one alone by default, or a whole
    /// row span to mark the line.
    public var highlightedColumns: ClosedRange<Int>
    public var style: Style

    public init(_ condition: Condition, column: Int, highlighting columns: ClosedRange<Int>? = nil,
                style: Style = .bad) {
        self.condition = condition
        self.testedColumn = column
        self.highlightedColumns = columns ?? column...column
        self.style = style
    }
}
