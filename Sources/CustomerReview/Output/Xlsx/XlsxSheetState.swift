internal import CXlsxWriter

/// One added sheet and the writing of its rows: its layout, the worksheets it is written to —
/// the first, then a numbered continuation each time the row limit is reached — the next row,
/// and the notices of the cells it changed.
///
/// A sheet is either *planned*, added with its number of rows so that every worksheet it
/// needs exists before any row is written, or *growing*, continued on demand (the summary,
/// filled last, and the small workbooks). A planned sheet's rows can be written on any one
/// thread: appending touches only this object, its worksheets, and the workbook's formats
/// read from `styles`; never the workbook itself.
///
/// Thread use: one thread at a time — the workbook's thread, or the one `writeSheets` hands
/// the sheet to while the workbook's thread waits.
final class XlsxSheetState {
    struct Part {
        let name: String
        let worksheet: UnsafeMutablePointer<lxw_worksheet>
        /// The next row to write (0-based); rows are only ever appended.
        var nextRow: Int
        /// The title lines and the header are written (when the first row goes to the part,
        /// or when the sheet is complete).
        var begun = false
        /// Filters, validations and highlights are set: when the part is added for a planned
        /// sheet, once its last row is known for a growing one.
        var finished = false
    }

    let layout: XlsxSheetLayout
    let styles: XlsxStyleTable
    let rowLimit: Int
    /// The data rows a planned sheet was added for; nil for a growing sheet.
    let plannedRows: Int?
    var parts: [Part] = []
    /// The part rows go to.
    private(set) var current = 0
    private(set) var rowsWritten = 0
    private(set) var noticeLog: XlsxNoticeLog
    /// Whether a cell was given the Text format (text that starts like a formula).
    private(set) var usesTextFormat = false
    /// The columns' kinds, read once per cell.
    private let kinds: [XlsxColumn.Kind]

    init(layout: XlsxSheetLayout, styles: XlsxStyleTable, rowLimit: Int, plannedRows: Int?, noticeLimit: Int) {
        self.layout = layout
        self.styles = styles
        self.rowLimit = rowLimit
        self.plannedRows = plannedRows
        noticeLog = XlsxNoticeLog(limit: noticeLimit)
        kinds = layout.columns.map(\.kind)
    }

    var firstDataRow: Int { layout.headerRow + 1 }

    /// The last column (0-based) of the table.
    var lastColumn: Int { layout.columns.count - 1 }

    /// Data rows one worksheet holds under the row limit.
    var rowsPerPart: Int { rowLimit - firstDataRow }

    /// Worksheets needed for `rows` data rows: at least one, which shows the header alone.
    static func partsNeeded(rows: Int, rowsPerPart: Int) -> Int {
        max(1, (rows + rowsPerPart - 1) / rowsPerPart)
    }

    /// Whether the current part is full, so that the next row goes to another worksheet.
    var isFull: Bool { parts.last.map { $0.nextRow >= rowLimit } ?? true }

    /// Appends one row in column order below the rows written so far; fewer cells than
    /// columns leave the rest empty. A planned sheet moves on to its next worksheet past the
    /// row limit; a growing one must have been continued by the workbook first.
    func append(_ cells: [XlsxCell]) throws(XlsxError) -> XlsxRowPosition {
        guard cells.count <= kinds.count else {
            throw XlsxError(.invalidArgument,
                            "row has \(cells.count) cells but sheet '\(layout.name)' has \(kinds.count) columns")
        }
        guard current < parts.count else {
            throw XlsxError(.invalidArgument, "sheet '\(layout.name)' has no worksheet")
        }
        if parts[current].nextRow >= rowLimit {
            guard current + 1 < parts.count else {
                throw XlsxError(.invalidArgument, plannedRows.map { "sheet '\(parts[0].name)' gets more rows than the \($0) it was planned for" }
                                ?? "sheet '\(parts[0].name)' is full")
            }
            current += 1
        }
        if let plannedRows, rowsWritten >= plannedRows {
            throw XlsxError(.invalidArgument, "sheet '\(parts[0].name)' gets more rows than the \(plannedRows) it was planned for")
        }
        if !parts[current].begun { try begin(current) }
        let worksheet = parts[current].worksheet
        let row = parts[current].nextRow
        for (column, cell) in cells.enumerated() {
            try write(cell, row: row, column: column, kind: kinds[column], on: worksheet)
        }
        parts[current].nextRow += 1
        rowsWritten += 1
        return XlsxRowPosition(sheetName: parts[current].name, row: row)
    }

    /// Ends the writing of a planned sheet: every row it was planned for is written, and the
    /// worksheets no row reached (a sheet without rows) show their title lines and header.
    func complete() throws(XlsxError) {
        if let plannedRows, rowsWritten != plannedRows {
            throw XlsxError(.invalidArgument,
                            "sheet '\(parts.first?.name ?? layout.name)' got \(rowsWritten) rows but was planned for \(plannedRows)")
        }
        for index in parts.indices where !parts[index].begun {
            try begin(index)
        }
    }

    /// Writes the title lines and the header of a part.
    func begin(_ index: Int) throws(XlsxError) {
        parts[index].begun = true
        let worksheet = parts[index].worksheet
        for (row, line) in layout.titleLines.enumerated() {
            try writeText(line, row: row, column: 0, style: row == 0 ? .title : .subtitle, on: worksheet)
        }
        // A column without a title (the summary's notes) gets no bordered header cell.
        for (column, spec) in layout.columns.enumerated() where !spec.title.isEmpty {
            try writeText(spec.title, row: layout.headerRow, column: column, style: .header, on: worksheet)
        }
    }

    // MARK: - Cells

    /// Excel's 1900 date system counts a 1900-02-29 that never was, so serials before
    /// 1900-03-01 are off by one; such dates are written as text instead.
    private static let firstDateWithTrueSerial = CalendarDate(dayNumber: -25_508)

    /// One typed cell: the type picks the format, `XlsxCellSafety` decides what may be
    /// written, and every libxlsxwriter status is checked.
    private func write(_ cell: XlsxCell, row: Int, column: Int, kind: XlsxColumn.Kind,
                       on worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XlsxError) {
        switch cell {
        case .blank:
            return
        case .text(let text):
            try writeText(text, row: row, column: column, style: kind == .wrappedText ? .wrappedText : .text, on: worksheet)
        case .integer(let value):
            if let exact = XlsxCellSafety.exactDouble(value) {
                try writeNumber(exact, row: row, column: column, style: .integer, on: worksheet)
            } else {
                try writeText(String(value), row: row, column: column, style: .text, on: worksheet)
            }
        case .money(let amount):
            if XlsxCellSafety.exactDouble(amount.fen) != nil {
                try writeNumber(amount.yuanForDisplay, row: row, column: column, style: .money, on: worksheet)
            } else {
                try writeText(amount.description, row: row, column: column, style: .text, on: worksheet)
            }
        case .decimal(let value):
            try writeNumber(XlsxCellSafety.nearestDouble(value), row: row, column: column, style: .decimal, on: worksheet)
        case .score(let score):
            try writeNumber(score.valueForDisplay, row: row, column: column, style: .score, on: worksheet)
        case .percent(let ratio):
            try writeNumber(ratio, row: row, column: column, style: .percent, on: worksheet)
        case .rate(let rate):
            try writeNumber(XlsxCellSafety.nearestDouble(rate), row: row, column: column, style: .percent, on: worksheet)
        case .number(let value):
            try writeNumber(value, row: row, column: column, style: .decimal, on: worksheet)
        case .date(let date):
            if date >= Self.firstDateWithTrueSerial {
                try writeNumber(Double(date.excelSerial), row: row, column: column, style: .date, on: worksheet)
            } else {
                try writeText(date.description, row: row, column: column, style: .text, on: worksheet)
            }
        case .bool(let value):
            let status = worksheet_write_boolean(worksheet, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, nil)
            try checkCell(status, row: row, column: column, on: worksheet)
        }
    }

    /// Text through the safety rules, always as a string cell (`worksheet_write_string`), so
    /// that nothing from the input can become a formula.
    private func writeText(_ raw: String, row: Int, column: Int, style: XlsxStyleTable.Style,
                           on worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XlsxError) {
        let text = XlsxCellSafety.cellText(raw)
        if text.removedCharacters > 0 {
            noticeLog.record(sheet: sheetName(of: worksheet), row: row, column: column,
                             .charactersRemoved(count: text.removedCharacters))
        }
        if let original = text.originalLength, let kept = text.keptLength {
            noticeLog.record(sheet: sheetName(of: worksheet), row: row, column: column,
                             .truncated(originalLength: original, keptLength: kept))
        }
        if text.startsLikeFormula, style.holdsText { usesTextFormat = true }
        let format = styles.format(style, asText: text.startsLikeFormula)
        let status: lxw_error
        if text.value.isEmpty {
            // An empty header cell keeps its look; an empty data cell is simply not written (its
            // column's format already applies).
            guard let format, style == .header || style == .title || style == .subtitle else { return }
            status = worksheet_write_blank(worksheet, lxw_row_t(row), lxw_col_t(column), format)
        } else {
            status = text.value.withCString {
                worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), $0, format)
            }
        }
        try checkCell(status, row: row, column: column, on: worksheet)
    }

    /// A number, unless it is NaN or infinite: then the cell stays empty and a notice says so.
    private func writeNumber(_ value: Double, row: Int, column: Int, style: XlsxStyleTable.Style,
                             on worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XlsxError) {
        guard let finite = XlsxCellSafety.finite(value) else {
            noticeLog.record(sheet: sheetName(of: worksheet), row: row, column: column, .nonFiniteNumber)
            return
        }
        let status = worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(column), finite, styles.format(style))
        try checkCell(status, row: row, column: column, on: worksheet)
    }

    private func sheetName(of worksheet: UnsafeMutablePointer<lxw_worksheet>) -> String {
        parts.first { $0.worksheet == worksheet }?.name ?? layout.name
    }

    private func checkCell(_ status: lxw_error, row: Int, column: Int,
                           on worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XlsxError) {
        guard status != LXW_NO_ERROR else { return }
        try XlsxError.check(status, "cannot write cell \(XlsxCellRange.cellName(row: row, column: column)) of sheet '\(sheetName(of: worksheet))'")
    }
}
