internal import CXlsxWriter

/// Writing one typed cell: the type picks the format, `XlsxCellSafety` decides what may be
/// written, and every libxlsxwriter status is checked.
extension XlsxWorkbook {
    /// Excel's 1900 date system counts a 1900-02-29 that never was, so serials before
    /// 1900-03-01 are off by one; such dates are written as text instead.
    private static let firstDateWithTrueSerial = CalendarDate(dayNumber: -25_508)

    func write(_ cell: XlsxCell, row: Int, column: Int, kind: XlsxColumn.Kind,
               on part: XlsxSheetState.Part, in handle: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) {
        switch cell {
        case .blank:
            return
        case .text(let text):
            try writeText(text, row: row, column: column, style: kind == .wrappedText ? .wrappedText : .text,
                          on: part, in: handle)
        case .integer(let value):
            if let exact = XlsxCellSafety.exactDouble(value) {
                try writeNumber(exact, row: row, column: column, style: .integer, on: part, in: handle)
            } else {
                try writeText(String(value), row: row, column: column, style: .text, on: part, in: handle)
            }
        case .money(let amount):
            if XlsxCellSafety.exactDouble(amount.fen) != nil {
                try writeNumber(amount.yuanForDisplay, row: row, column: column, style: .money, on: part, in: handle)
            } else {
                try writeText(amount.description, row: row, column: column, style: .text, on: part, in: handle)
            }
        case .decimal(let value):
            try writeNumber(XlsxCellSafety.nearestDouble(value), row: row, column: column, style: .decimal,
                            on: part, in: handle)
        case .score(let score):
            try writeNumber(score.valueForDisplay, row: row, column: column, style: .score, on: part, in: handle)
        case .percent(let ratio):
            try writeNumber(ratio, row: row, column: column, style: .percent, on: part, in: handle)
        case .rate(let rate):
            try writeNumber(XlsxCellSafety.nearestDouble(rate), row: row, column: column, style: .percent,
                            on: part, in: handle)
        case .number(let value):
            try writeNumber(value, row: row, column: column, style: .decimal, on: part, in: handle)
        case .date(let date):
            if date >= Self.firstDateWithTrueSerial {
                try writeNumber(Double(date.excelSerial), row: row, column: column, style: .date, on: part, in: handle)
            } else {
                try writeText(date.description, row: row, column: column, style: .text, on: part, in: handle)
            }
        case .bool(let value):
            let status = worksheet_write_boolean(part.worksheet, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, nil)
            try checkCell(status, row: row, column: column, on: part)
        }
    }

    /// Text through the safety rules, always as a string cell (`worksheet_write_string`), so
    /// that nothing from the input can become a formula.
    func writeText(_ raw: String, row: Int, column: Int, style: XlsxStyleCache.Style,
                   on part: XlsxSheetState.Part, in handle: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) {
        let text = XlsxCellSafety.cellText(raw)
        if text.removedCharacters > 0 {
            noticeLog.record(sheet: part.name, row: row, column: column, .charactersRemoved(count: text.removedCharacters))
        }
        if let original = text.originalLength, let kept = text.keptLength {
            noticeLog.record(sheet: part.name, row: row, column: column, .truncated(originalLength: original, keptLength: kept))
        }
        let format = try styles.format(style, asText: text.startsLikeFormula, in: handle)
        let status: lxw_error
        if text.value.isEmpty {
            // An empty header cell keeps its look; an empty data cell is simply not written (its
            // column's format already applies).
            guard let format, style == .header || style == .title || style == .subtitle else { return }
            status = worksheet_write_blank(part.worksheet, lxw_row_t(row), lxw_col_t(column), format)
        } else {
            status = text.value.withCString {
                worksheet_write_string(part.worksheet, lxw_row_t(row), lxw_col_t(column), $0, format)
            }
        }
        try checkCell(status, row: row, column: column, on: part)
    }

    /// A number, unless it is NaN or infinite: then the cell stays empty and a notice says so.
    private func writeNumber(_ value: Double, row: Int, column: Int, style: XlsxStyleCache.Style,
                             on part: XlsxSheetState.Part, in handle: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) {
        guard let finite = XlsxCellSafety.finite(value) else {
            noticeLog.record(sheet: part.name, row: row, column: column, .nonFiniteNumber)
            return
        }
        let format = try styles.format(style, in: handle)
        let status = worksheet_write_number(part.worksheet, lxw_row_t(row), lxw_col_t(column), finite, format)
        try checkCell(status, row: row, column: column, on: part)
    }

    private func checkCell(_ status: lxw_error, row: Int, column: Int, on part: XlsxSheetState.Part) throws(XlsxError) {
        try XlsxError.check(status, "cannot write cell \(XlsxCellRange.cellName(row: row, column: column)) of sheet '\(part.name)'")
    }
}
