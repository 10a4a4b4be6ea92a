/// A rectangle of cells on one sheet, 0-based and inclusive, as a chart's data source.
public struct XlsxCellRange: Hashable, Sendable {
    public let sheetName: String
    public let firstRow: Int
    public let firstColumn: Int
    public let lastRow: Int
    public let lastColumn: Int

    public init(sheetName: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.sheetName = sheetName
        self.firstRow = min(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastRow = max(firstRow, lastRow)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// One column of the rows from `first` to `last`; nil when they are on different sheets.
    public init?(column: Int, from first: XlsxRowPosition, through last: XlsxRowPosition) {
        guard first.sheetName == last.sheetName else { return nil }
        self.init(sheetName: first.sheetName, firstRow: first.row, firstColumn: column,
                  lastRow: last.row, lastColumn: column)
    }

    /// `C5:C9` (or `C5` for one cell).
    public var reference: String {
        let first = Self.cellName(row: firstRow, column: firstColumn)
        let last = Self.cellName(row: lastRow, column: lastColumn)
        return first == last ? first : first + ":" + last
    }

    /// `A1`-style name of a 0-based cell: column 0 is A, 26 is AA.
    public static func cellName(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// `A`, `Z`, `AA`, … for a 0-based column.
    public static func columnName(_ column: Int) -> String {
        var scalars: [Unicode.Scalar] = []
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + digit)))
            remaining = (remaining - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
