internal import CXlsxWriter

/// Native charts placed on a sheet, drawn from cell ranges of the workbook.
extension XlsxWorkbook {
    /// Places `chart` with its top-left corner at a cell (0-based) of the sheet's first
    /// worksheet.
    ///
    /// Every range must lie on a sheet of this workbook (a chart pointing at a missing sheet
    /// opens broken in Excel, libxlsxwriter only warns). In constant-memory mode libxlsxwriter
    /// cannot read the cells back, so the chart carries no cached values and Excel fills it
    /// from the cells when the file opens.
    public func insertChart(_ chart: XlsxChart, on sheet: XlsxSheet, row: Int, column: Int) throws(XlsxError) {
        let handle = try openHandle()
        guard let part = try state(of: sheet).parts.first else {
            throw XlsxError(.invalidArgument, "sheet '\(sheet.name)' has no worksheet")
        }
        try check(chart, at: row, column: column)

        guard let drawn = workbook_add_chart(handle, Self.chartType(chart.kind)) else {
            throw XlsxError(.library, "cannot add chart '\(chart.title)'", libraryMessage: "out of memory")
        }
        for series in chart.series {
            guard let added = chart_add_series(drawn, nil, nil) else {
                throw XlsxError(.library, "cannot add series '\(series.name)' to chart '\(chart.title)'",
                                libraryMessage: "out of memory")
            }
            let categories = series.categories
            categories.sheetName.withCString {
                chart_series_set_categories(added, $0, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                                            lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
            }
            let values = series.values
            values.sheetName.withCString {
                chart_series_set_values(added, $0, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                                        lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
            }
            let name = XlsxCellSafety.chartText(series.name)
            if !name.isEmpty { name.withCString { chart_series_set_name(added, $0) } }
            if chart.kind == .line {
                // A marker shows a month alone between two gaps, which a line cannot.
                chart_series_set_marker_type(added, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            }
            if chart.showsValues {
                if chart.kind == .pie {
                    chart_series_set_labels_options(added, 0, 0, 0)
                    chart_series_set_labels_percentage(added)
                } else {
                    chart_series_set_labels(added)
                }
            }
        }
        let title = XlsxCellSafety.chartText(chart.title)
        if !title.isEmpty { title.withCString { chart_title_set_name(drawn, $0) } }
        if chart.kind == .line {
            // A month without a figure is an empty cell: a gap in the line, never a zero.
            chart_show_blanks_as(drawn, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
        }
        if chart.kind != .pie {
            // libxlsxwriter's X axis is the horizontal one: categories for a column chart,
            // values for a (horizontal) bar chart.
            let categoryAxis = chart.kind == .bar ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X
            let valueAxis = chart.kind == .bar ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y
            Self.name(axis: chart_axis_get(drawn, categoryAxis), chart.categoryAxisName)
            Self.name(axis: chart_axis_get(drawn, valueAxis), chart.valueAxisName)
            if let format = chart.valueFormat { format.withCString { chart_axis_set_num_format(chart_axis_get(drawn, valueAxis), $0) } }
            // Every category labelled, however many; a horizontal bar chart reads top down
            // in the table's order (Excel draws the first category at the bottom otherwise).
            chart_axis_set_interval_unit(chart_axis_get(drawn, categoryAxis), 1)
            if chart.kind == .bar { chart_axis_set_reverse(chart_axis_get(drawn, categoryAxis)) }
            if chart.series.count == 1 {
                // One series needs no legend: the title says what it is.
                chart_legend_set_position(drawn, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
            }
        }
        var placement = lxw_chart_options()
        placement.x_scale = chart.scale
        placement.y_scale = chart.scale
        // A few pixels into its row: a chart that starts a printed page does not draw its top
        // edge at the foot of the page before.
        placement.y_offset = 4
        let status = worksheet_insert_chart_opt(part.worksheet, lxw_row_t(row), lxw_col_t(column), drawn, &placement)
        try XlsxError.check(status, "cannot place chart '\(chart.title)' on sheet '\(part.name)'")
    }

    /// Starts a new printed page above each of `rows` (0-based) of the sheet's first
    /// worksheet, so that a chart placed there is never split across two pages.
    public func setPageBreaks(on sheet: XlsxSheet, beforeRows rows: [Int]) throws(XlsxError) {
        guard let part = try state(of: sheet).parts.first else {
            throw XlsxError(.invalidArgument, "sheet '\(sheet.name)' has no worksheet")
        }
        guard rows.allSatisfy({ (1..<XlsxWorkbookOptions.excelRowLimit).contains($0) }) else {
            throw XlsxError(.invalidArgument, "a page break of sheet '\(sheet.name)' is outside the sheet")
        }
        // libxlsxwriter copies the zero-terminated list.
        var breaks = rows.map { lxw_row_t($0) } + [0]
        let status = breaks.withUnsafeMutableBufferPointer { worksheet_set_h_pagebreaks(part.worksheet, $0.baseAddress) }
        try XlsxError.check(status, "cannot set the page breaks of sheet '\(part.name)'")
    }

    private func check(_ chart: XlsxChart, at row: Int, column: Int) throws(XlsxError) {
        guard !chart.series.isEmpty else {
            throw XlsxError(.invalidArgument, "chart '\(chart.title)' has no series")
        }
        guard (0..<XlsxWorkbookOptions.excelRowLimit).contains(row), (0..<Self.excelColumnLimit).contains(column) else {
            throw XlsxError(.invalidArgument, "chart '\(chart.title)' is placed outside the sheet")
        }
        guard chart.scale.isFinite, chart.scale > 0, chart.scale <= 10 else {
            throw XlsxError(.invalidArgument, "chart '\(chart.title)' has scale '\(chart.scale)'")
        }
        let known = Set(worksheetNames)
        for range in chart.series.flatMap({ [$0.categories, $0.values] }) {
            guard known.contains(range.sheetName) else {
                throw XlsxError(.invalidArgument, "chart '\(chart.title)' reads sheet '\(range.sheetName)', which is not in the workbook")
            }
            guard range.firstRow >= 0, range.lastRow < XlsxWorkbookOptions.excelRowLimit,
                  range.firstColumn >= 0, range.lastColumn < Self.excelColumnLimit else {
                throw XlsxError(.invalidArgument, "chart '\(chart.title)' reads cells outside sheet '\(range.sheetName)'")
            }
        }
    }

    private static func chartType(_ kind: XlsxChart.Kind) -> UInt8 {
        switch kind {
        case .pie: UInt8(LXW_CHART_PIE.rawValue)
        case .column: UInt8(LXW_CHART_COLUMN.rawValue)
        case .bar: UInt8(LXW_CHART_BAR.rawValue)
        case .line: UInt8(LXW_CHART_LINE.rawValue)
        }
    }

    private static func name(axis: UnsafeMutablePointer<lxw_chart_axis>?, _ text: String?) {
        guard let axis, let text else { return }
        let name = XlsxCellSafety.chartText(text)
        guard !name.isEmpty else { return }
        name.withCString { chart_axis_set_name(axis, $0) }
    }
}
