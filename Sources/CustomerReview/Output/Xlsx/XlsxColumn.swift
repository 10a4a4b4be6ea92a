/// One column of a sheet's table: its header text, its kind and its width.
///
/// The kind sets the column's default style (what a manager later types into an empty cell
/// is shown as a date in a date column), whether text wraps, and the width when none is given.
/// Each written cell still takes its number format from its own type (`XlsxCell`).
public struct XlsxColumn: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        /// Long text (remarks, visit notes): wrapped, top-aligned.
        case wrappedText
        case integer
        case money
        case decimal
        case score
        case percent
        case date
        case bool
    }

    public var title: String
    public var kind: Kind
    /// Width in Excel's character units; nil takes the kind's default.
    public var width: Double?
    /// A rule for what may be typed into the column's data cells, e.g. the manager's marks.
    public var validation: XlsxValidation?

    public init(_ title: String, _ kind: Kind = .text, width: Double? = nil,
                validation: XlsxValidation? = nil) {
        self.title = title
        self.kind = kind
        self.width = width
        self.validation = validation
    }

    /// A width that fits the longest line of `values` (a Chinese character takes two units),
    /// at least `minimum` and at most `cap`; past the cap the column wraps and rows grow.
    /// Only the first `sampled` values are measured, so a million rows cost nothing.
    public static func fitting(_ values: some Sequence<String>, minimum: Double, cap: Double, sampled: Int = 10_000) -> Double {
        var widest = 0
        for value in values.prefix(sampled) {
            for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
                widest = max(widest, ConsoleText.displayWidth(String(line)))
            }
        }
        return min(cap, max(minimum, Double(widest) + 2))
    }

    var effectiveWidth: Double {
        if let width { return width }
        switch kind {
        case .text: return 16
        case .wrappedText: return 40
        case .integer: return 10
        case .money: return 15
        case .decimal: return 12
        case .score: return 9
        case .percent: return 9
        case .date: return 12
        case .bool: return 8
        }
    }
}
