/// What a sheet looks like before any row is written: its name, the title lines above the
/// table, the columns, and the highlights. A sheet that continues on a numbered sheet past the
/// row limit repeats all of it there.
public struct XlsxSheetLayout: Hashable, Sendable {
    /// The wanted name; the workbook makes it safe and unique (`XlsxSheet.name` says the result).
    public var name: String
    /// Lines above the header (a report title, the period), one row each, in column A.
    public var titleLines: [String]
    public var columns: [XlsxColumn]
    public var highlights: [XlsxHighlight]
    /// Columns kept in view when scrolling right, and repeated on every printed page.
    public var frozenColumns: Int

    public init(name: String, titleLines: [String] = [], columns: [XlsxColumn],
                highlights: [XlsxHighlight] = [], frozenColumns: Int = 0) {
        self.name = name
        self.titleLines = titleLines
        self.columns = columns
        self.highlights = highlights
        self.frozenColumns = max(0, min(frozenColumns, columns.count))
    }

    /// The row (0-based) of the column headers.
    var headerRow: Int { titleLines.count }

    /// Landscape A4 holds about 150 characters of column width at a readable size; a wider
    /// sheet prints across that many pages rather than shrinking to an unreadable one.
    var printPagesWide: Int {
        let width = columns.reduce(0) { $0 + $1.effectiveWidth }
        return max(1, Int((width / 150).rounded(.up)))
    }
}
