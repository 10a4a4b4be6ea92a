/// A native Excel chart drawn from cell ranges of the workbook, so that it follows the figures
/// if a manager changes them.
public struct XlsxChart: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Shares of a whole (the tier mix). Only the first series is drawn.
        case pie
        /// Vertical bars, series side by side (visits required vs done per salesperson).
        case column
        /// Horizontal bars, series side by side (receivables by aging bucket).
        case bar
        /// Lines with a marker at each point, one per series (a trend over months); an empty
        /// cell is a gap in the line, never a zero.
        case line
    }

    public struct Series: Hashable, Sendable {
        /// The legend text.
        public var name: String
        /// The labels (salespeople, tiers, buckets).
        public var categories: XlsxCellRange
        public var values: XlsxCellRange

        public init(name: String, categories: XlsxCellRange, values: XlsxCellRange) {
            self.name = name
            self.categories = categories
            self.values = values
        }
    }

    public var kind: Kind
    public var title: String
    /// The axis along which categories are laid (ignored for a pie).
    public var categoryAxisName: String?
    /// The axis of values (ignored for a pie).
    public var valueAxisName: String?
    public var series: [Series]
    /// Show each point's value (a pie: its percentage) on the chart.
    public var showsValues: Bool
    /// Size relative to Excel's default 480 × 288 pixels.
    public var scale: Double
    /// The number format of the value axis (`#,##0` for money); nil: Excel's general.
    public var valueFormat: String?

    public init(_ kind: Kind, title: String, categoryAxisName: String? = nil,
                valueAxisName: String? = nil, series: [Series], showsValues: Bool = false,
                scale: Double = 1) {
        self.kind = kind
        self.title = title
        self.categoryAxisName = categoryAxisName
        self.valueAxisName = valueAxisName
        self.series = series
        self.showsValues = showsValues
        self.scale = scale
    }
}
