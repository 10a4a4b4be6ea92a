internal import CXlsxWriter

/// Sheets and their continuation sheets: set-up (columns, frozen header,
/// print settings) when a worksheet starts, and the range-wide rules (filter, drop-downs,
/// highlights) once its last row is known.
extension XlsxWorkbook {
    /// Excel's columns per worksheet.
    static let excelColumnLimit = 16_384

    /// Refuses a layout the file cannot hold, before anything is written.
    func check(_ layout: XlsxSheetLayout) throws(XlsxError) {
        let name = layout.name
        guard !layout.columns.isEmpty, layout.columns.count <= Self.excelColumnLimit else {
            throw XlsxError(.invalidArgument,
                            "sheet '\(name)' has \(layout.columns.count) columns; 1 to \(Self.excelColumnLimit) are possible")
        }
        guard layout.headerRow + 2 <= options.maximumRowsPerSheet else {
            throw XlsxError(.invalidArgument,
                            "sheet '\(name)' has \(layout.titleLines.count) title lines, leaving no row for data under the limit of \(options.maximumRowsPerSheet)")
        }
        for column in layout.columns {
            guard let width = column.width else { continue }
            guard width.isFinite, (0...255).contains(width) else {
                throw XlsxError(.invalidArgument, "column '\(column.title)' of sheet '\(name)' has width '\(width)'; 0 to 255 are possible")
            }
        }
        for column in layout.columns {
            guard case .list(let entries) = column.validation else { continue }
            try Self.checkList(entries, column: column.title, sheet: name)
        }
        for highlight in layout.highlights {
            let columns = 0..<layout.columns.count
            guard columns.contains(highlight.testedColumn),
                  columns.contains(highlight.highlightedColumns.lowerBound),
                  columns.contains(highlight.highlightedColumns.upperBound) else {
                throw XlsxError(.invalidArgument, "a highlight of sheet '\(name)' names a column outside its \(layout.columns.count) columns")
            }
            switch highlight.condition {
            case .greaterThan(let bound), .lessThan(let bound):
                guard bound.isFinite else {
                    throw XlsxError(.invalidArgument, "a highlight of sheet '\(name)' compares with '\(bound)'")
                }
            case .textEquals(let text):
                guard XlsxCellSafety.plainText(text, maximumLength: .max).utf16.count <= 255 else {
                    throw XlsxError(.invalidArgument, "a highlight of sheet '\(name)' compares with a text longer than 255 characters")
                }
            case .isTrue:
                break
            }
        }
    }

    /// Excel stores a list as `"a,b,c"`; libxlsxwriter 1.1.4 overflows its buffer past 255
    /// bytes of UTF-8 (it counts characters), so the bound is checked here in bytes.
    static func checkList(_ entries: [String], column: String, sheet: String) throws(XlsxError) {
        let clean = entries.map { XlsxCellSafety.plainText($0, maximumLength: .max) }
        guard !clean.isEmpty, clean.allSatisfy({ !$0.isEmpty }) else {
            throw XlsxError(.invalidArgument, "the drop-down of column '\(column)' on sheet '\(sheet)' has an empty entry or none")
        }
        if let bad = clean.first(where: { $0.contains(",") || $0.contains("\"") }) {
            throw XlsxError(.invalidArgument, "drop-down entry '\(bad)' of column '\(column)' on sheet '\(sheet)' holds a comma or a double quote")
        }
        let bytes = clean.reduce(clean.count - 1) { $0 + $1.utf8.count }
        guard bytes <= XlsxValidation.maximumListBytes else {
            throw XlsxError(.invalidArgument,
                            "the drop-down of column '\(column)' on sheet '\(sheet)' takes \(bytes) bytes; Excel holds \(XlsxValidation.maximumListBytes)")
        }
    }

    /// Adds a worksheet and sets everything that comes before the rows: the columns, the
    /// frozen header, the print settings. The title lines and the header are cells, written
    /// by the thread that writes the part's rows (`XlsxSheetState.begin`).
    func openPart(named name: String, of state: XlsxSheetState,
                  in handle: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) -> XlsxSheetState.Part {
        let layout = state.layout
        let validity = name.withCString { workbook_validate_sheet_name(handle, $0) }
        try XlsxError.check(validity, "sheet name '\(name)' is not accepted", code: .invalidSheetName)
        guard let worksheet = name.withCString({ workbook_add_worksheet(handle, $0) }) else {
            throw XlsxError(.invalidSheetName, "cannot add sheet '\(name)'")
        }
        worksheetNames.append(name)
        let part = XlsxSheetState.Part(name: name, worksheet: worksheet, nextRow: state.firstDataRow)

        for (index, column) in layout.columns.enumerated() {
            let format = styles.format(XlsxStyleTable.Style(column.kind))
            let status = worksheet_set_column(worksheet, lxw_col_t(index), lxw_col_t(index),
                                              column.effectiveWidth, format)
            try XlsxError.check(status, "cannot set column '\(column.title)' of sheet '\(name)'")
        }
        let header = lxw_row_t(layout.headerRow)
        worksheet_freeze_panes(worksheet, header + 1, lxw_col_t(layout.frozenColumns))
        // Printing: landscape A4, as many pages wide as keeps the text readable, the header
        // (and the frozen columns) on every page.
        worksheet_set_landscape(worksheet)
        worksheet_set_paper(worksheet, 9)
        worksheet_fit_to_pages(worksheet, UInt16(clamping: layout.printPagesWide), 0)
        try XlsxError.check(worksheet_repeat_rows(worksheet, header, header),
                            "cannot repeat the header of sheet '\(name)' on printed pages")
        if layout.frozenColumns > 0 {
            try XlsxError.check(worksheet_repeat_columns(worksheet, 0, lxw_col_t(layout.frozenColumns - 1)),
                                "cannot repeat the first columns of sheet '\(name)' on printed pages")
        }
        return part
    }

    /// Finishes the full worksheet of a growing sheet and starts the next numbered one, with
    /// its title lines and header.
    func continueSheet(_ state: XlsxSheetState, in handle: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) {
        let count = state.parts.count
        if let last = state.parts.last, !last.finished {
            try finish(last, of: state, lastRow: last.nextRow - 1)
            state.parts[count - 1].finished = true
        }
        let firstName = state.parts.first?.name ?? state.layout.name
        let name = sheetNames.claim(firstName, number: count + 1)
        state.parts.append(try openPart(named: name, of: state, in: handle))
        try state.begin(count)
    }

    /// Sets the autofilter over the header and the rows through `lastRow`, and the drop-downs
    /// and highlights over those rows.
    func finish(_ part: XlsxSheetState.Part, of state: XlsxSheetState, lastRow: Int) throws(XlsxError) {
        let header = state.layout.headerRow
        let status = worksheet_autofilter(part.worksheet, lxw_row_t(header), 0,
                                          lxw_row_t(max(lastRow, header)), lxw_col_t(state.lastColumn))
        try XlsxError.check(status, "cannot set the filter of sheet '\(part.name)'")
        guard lastRow >= state.firstDataRow else { return }
        let rows = state.firstDataRow...lastRow

        for (column, spec) in state.layout.columns.enumerated() {
            guard let validation = spec.validation else { continue }
            try addValidation(validation, rows: rows, column: column, on: part)
        }
        for highlight in state.layout.highlights {
            try addHighlight(highlight, rows: rows, on: part)
        }
    }

    private func addValidation(_ validation: XlsxValidation, rows: ClosedRange<Int>, column: Int,
                               on part: XlsxSheetState.Part) throws(XlsxError) {
        let first = lxw_row_t(rows.lowerBound)
        let last = lxw_row_t(rows.upperBound)
        let col = lxw_col_t(column)
        let status: lxw_error
        switch validation {
        case .list(let entries):
            var pointers: [UnsafeMutablePointer<CChar>?] = []
            for entry in entries { pointers.append(try retained(XlsxCellSafety.plainText(entry, maximumLength: .max))) }
            pointers.append(nil)
            status = pointers.withUnsafeMutableBufferPointer { buffer in
                var rule = lxw_data_validation()
                rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                rule.value_list = buffer.baseAddress
                return worksheet_data_validation_range(part.worksheet, first, col, last, col, &rule)
            }
        case .dateBetween(let from, let to):
            var rule = lxw_data_validation()
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DATE_NUMBER.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = Double(min(from, to).excelSerial)
            rule.maximum_number = Double(max(from, to).excelSerial)
            status = worksheet_data_validation_range(part.worksheet, first, col, last, col, &rule)
        case .numberBetween(let low, let high, let title, let message):
            guard low.isFinite, high.isFinite else {
                throw XlsxError(.invalidArgument, "the number rule of column \(XlsxCellRange.columnName(column)) has no finite bounds")
            }
            var rule = lxw_data_validation()
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = min(low, high)
            rule.maximum_number = max(low, high)
            rule.error_title = try retained(XlsxCellSafety.plainText(title, maximumLength: 32))
            rule.error_message = try retained(XlsxCellSafety.plainText(message, maximumLength: 255))
            rule.input_title = try retained(XlsxCellSafety.plainText(title, maximumLength: 32))
            rule.input_message = try retained(XlsxCellSafety.plainText(message, maximumLength: 255))
            status = worksheet_data_validation_range(part.worksheet, first, col, last, col, &rule)
        }
        try XlsxError.check(status, "cannot set the drop-down or date rule of column \(XlsxCellRange.columnName(column)) on sheet '\(part.name)'")
    }

    private func addHighlight(_ highlight: XlsxHighlight, rows: ClosedRange<Int>,
                              on part: XlsxSheetState.Part) throws(XlsxError) {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
        rule.value_string = try retained("=" + Self.formula(highlight, firstRow: rows.lowerBound))
        rule.format = styles.highlight(highlight.style)
        let status = worksheet_conditional_format_range(
            part.worksheet, lxw_row_t(rows.lowerBound), lxw_col_t(highlight.highlightedColumns.lowerBound),
            lxw_row_t(rows.upperBound), lxw_col_t(highlight.highlightedColumns.upperBound), &rule)
        try XlsxError.check(status, "cannot set a highlight on sheet '\(part.name)'")
    }

    /// The rule's formula for the range's first row; Excel moves it down row by row. It is
    /// built only from the typed condition: a text is a quoted literal with quotes doubled.
    static func formula(_ highlight: XlsxHighlight, firstRow: Int) -> String {
        let cell = "$" + XlsxCellRange.columnName(highlight.testedColumn) + String(firstRow + 1)
        switch highlight.condition {
        case .greaterThan(let bound):
            return "AND(ISNUMBER(\(cell)),\(cell)>\(number(bound)))"
        case .lessThan(let bound):
            return "AND(ISNUMBER(\(cell)),\(cell)<\(number(bound)))"
        case .textEquals(let text):
            let literal = XlsxCellSafety.plainText(text, maximumLength: .max)
                .split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
            return "\(cell)=\"\(literal)\""
        case .isTrue:
            return "\(cell)=TRUE"
        }
    }

    /// A finite number as Excel's formula parser reads it, whatever the locale.
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
