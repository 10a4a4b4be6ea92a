internal import CXlsxWriter

/// What the workbook knows of one added sheet: its layout and the worksheets it has been
/// written to — the first, then a numbered continuation each time the row limit is reached.
struct XlsxSheetState {
    struct Part {
        let name: String
        let worksheet: UnsafeMutablePointer<lxw_worksheet>
        /// The next row to write (0-based); rows are only ever appended.
        var nextRow: Int
        /// Filters, validations and highlights are set once the part's last row is known.
        var finished = false
    }

    let layout: XlsxSheetLayout
    var parts: [Part] = []

    init(layout: XlsxSheetLayout) {
        self.layout = layout
    }

    var firstDataRow: Int { layout.headerRow + 1 }

    /// The last column (0-based) of the table.
    var lastColumn: Int { layout.columns.count - 1 }
}
