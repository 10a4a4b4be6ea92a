/// The name a column goes by in its sheet's table: the label of its header (`visitShortfall`),
/// or that label and a member for a column of a group read from the settings
/// (`agingBucket.days_0_30`, `profile.address`). Highlights, the columns kept in view and the
/// charts name a column by it, never by its position.
struct ColumnID: Hashable, Sendable, CustomStringConvertible {
    let name: String

    init(_ label: Label) {
        name = label.rawValue
    }

    init(_ label: Label, _ member: String) {
        name = label.rawValue + "." + member
    }

    /// A column of a group without a label of its own (`profile.address`).
    init(group: String, _ member: String) {
        name = group + "." + member
    }

    var description: String { name }
}

/// A highlight a column carries: when a cell of the column meets the condition, the cell —
/// or the line from the first column through a named one — is shown in the style.
struct ColumnHighlight {
    enum Span {
        /// The tested cell alone.
        case cell
        /// The line from the first column through the tested one.
        case lineThroughHere
        /// The line from the first column through the named one.
        case lineThrough(ColumnID)
    }

    var condition: XlsxHighlight.Condition
    var span: Span
    var style: XlsxHighlight.Style

    init(_ condition: XlsxHighlight.Condition, _ span: Span = .cell, _ style: XlsxHighlight.Style = .bad) {
        self.condition = condition
        self.span = span
        self.style = style
    }
}

/// One column of a sheet: its id, its header, kind, width and input rule (`XlsxColumn`), its
/// highlights, and how the cell is read from a row.
struct SheetColumn<Row> {
    let id: ColumnID
    let format: XlsxColumn
    let highlights: [ColumnHighlight]
    let value: (Row) -> XlsxCell
}

/// The one description of a sheet: its columns in order. The header, every cell (and with
/// it the number format), the highlights and the columns kept in view and printed on every
/// page follow from it; a column is added in one place.
///
/// Columns are named by id. An id named twice, or a highlight, chart or frozen span naming an
/// id the table lacks, is a programming error and stops the program at once — never a silent
/// fall back to some other column.
struct SheetTable<Row> {
    let language: ReportLanguage
    private(set) var columns: [SheetColumn<Row>] = []
    /// The columns kept in view when scrolling right and repeated on every printed page: the
    /// first through this one (the customer's id and name).
    var keptInView: ColumnID?

    init(_ language: ReportLanguage) {
        self.language = language
    }

    /// A column headed by `label`, which is also its id.
    mutating func add(_ label: Label, _ kind: XlsxColumn.Kind = .text, width: Double? = nil,
                      validation: XlsxValidation? = nil, highlights: [ColumnHighlight] = [],
                      _ value: @escaping (Row) -> XlsxCell) {
        add(ColumnID(label), title: label.text(language), kind, width: width, validation: validation,
            highlights: highlights, value)
    }

    /// A column with its own id and header (a group from the settings: an aging bucket, a
    /// profile field, an indicator).
    mutating func add(_ id: ColumnID, title: String, _ kind: XlsxColumn.Kind = .text, width: Double? = nil,
                      validation: XlsxValidation? = nil, highlights: [ColumnHighlight] = [],
                      _ value: @escaping (Row) -> XlsxCell) {
        precondition(!columns.contains { $0.id == id }, "column '\(id)' is twice in one table")
        columns.append(SheetColumn(id: id, format: XlsxColumn(title, kind, width: width, validation: validation),
                                   highlights: highlights, value: value))
    }

    /// The position (0-based) of a column in the sheet.
    func index(of id: ColumnID) -> Int {
        guard let index = columns.firstIndex(where: { $0.id == id }) else {
            preconditionFailure("no column '\(id)' in the table (\(columns.map(\.id.name).joined(separator: ", ")))")
        }
        return index
    }

    func index(of label: Label) -> Int { index(of: ColumnID(label)) }

    /// The sheet's layout: the header, the highlights in column order, the columns kept in view.
    func layout(name: String, titleLines: [String]) -> XlsxSheetLayout {
        var highlights: [XlsxHighlight] = []
        for (tested, column) in columns.enumerated() {
            for h in column.highlights {
                let span: ClosedRange<Int>? = switch h.span {
                case .cell: nil
                case .lineThroughHere: 0...tested
                case .lineThrough(let last): 0...index(of: last)
                }
                highlights.append(XlsxHighlight(h.condition, column: tested, highlighting: span, style: h.style))
            }
        }
        return XlsxSheetLayout(name: name, titleLines: titleLines, columns: columns.map(\.format), highlights: highlights,
                               frozenColumns: keptInView.map { index(of: $0) + 1 } ?? 0)
    }
}

/// A sheet being written from its table, row by row, through one reusable row of cells.
///
/// - Complexity: each row calls every column's closure once and allocates nothing.
struct TableSheet<Row> {
    /// Where the rows go: the workbook (a growing sheet, on the workbook's thread), or a
    /// planned sheet's rows on the thread that writes them.
    enum Target {
        case workbook(ReportWorkbook)
        case planned(XlsxSheetRows)
    }

    let sheet: XlsxSheet
    let table: SheetTable<Row>
    private let target: Target
    /// The columns' closures, taken out of the table once.
    private let values: [(Row) -> XlsxCell]
    private var cells: [XlsxCell]

    init(sheet: XlsxSheet, table: SheetTable<Row>, target: Target) {
        self.sheet = sheet
        self.table = table
        self.target = target
        values = table.columns.map(\.value)
        cells = []
        cells.reserveCapacity(values.count)
    }

    @discardableResult
    mutating func append(_ row: Row) throws -> XlsxRowPosition {
        cells.removeAll(keepingCapacity: true)
        for value in values { cells.append(value(row)) }
        return try appendCells(cells)
    }

    /// A row of cells that are not the table's (a block under it).
    @discardableResult
    func appendCells(_ cells: [XlsxCell]) throws -> XlsxRowPosition {
        switch target {
        case .workbook(let wb): try wb.append(cells, to: sheet)
        case .planned(let rows): try ReportWorkbook.mapping { try rows.append(cells) }
        }
    }

    /// The cells of one column from one row through another, for a chart.
    func range(_ id: ColumnID, from first: XlsxRowPosition, through last: XlsxRowPosition) -> XlsxCellRange? {
        XlsxCellRange(column: table.index(of: id), from: first, through: last)
    }

    func range(_ label: Label, from first: XlsxRowPosition, through last: XlsxRowPosition) -> XlsxCellRange? {
        range(ColumnID(label), from: first, through: last)
    }
}

extension ReportWorkbook {
    /// A sheet in the house style, described by its table of columns, that grows as rows are
    /// appended on this thread (the summary, filled last).
    func sheet<Row>(_ name: Label, title: [String], table: SheetTable<Row>) throws -> TableSheet<Row> {
        let sheet = try Self.mapping { try book.addSheet(table.layout(name: label(name), titleLines: title)) }
        return TableSheet(sheet: sheet, table: table, target: .workbook(self))
    }

    /// A sheet of `rows`, one line each, planned now (its worksheets, continuations included,
    /// exist from here on) and written by `writeSheets`, on whichever thread it is given.
    /// `rows` is read again then, so it must give the same rows.
    func sheet<Rows: Collection>(_ name: Label, title: [String], table: SheetTable<Rows.Element>,
                                 rows: Rows) throws -> XlsxSheetJob {
        try sheet(name, title: title, table: table, count: rows.count, sample: rows.prefix(Self.sampledRows)) { sheet in
            for row in rows { try sheet.append(row) }
        }
    }

    /// A planned sheet whose rows `write` appends: exactly `count` of them, table rows or
    /// others (`appendCells`). `sample` (some of the table rows) estimates the sheet's share
    /// of the work.
    func sheet<Row>(_ name: Label, title: [String], table: SheetTable<Row>, count: Int, sample: some Sequence<Row>,
                    write: @escaping (inout TableSheet<Row>) throws -> Void) throws -> XlsxSheetJob {
        let sheet = try Self.mapping { try book.addSheet(table.layout(name: label(name), titleLines: title), rows: count) }
        return XlsxSheetJob(sheet: sheet, weight: table.estimatedBytes(rows: count, sample: sample)) { rows in
            var tableSheet = TableSheet(sheet: sheet, table: table, target: .planned(rows))
            try write(&tableSheet)
        }
    }

    /// Rows read ahead of a planned sheet to estimate its size.
    static let sampledRows = 64

    /// A table in the report's language.
    func table<Row>(of row: Row.Type = Row.self) -> SheetTable<Row> { SheetTable(language) }
}

extension SheetTable {
    /// About the bytes of XML `rows` rows make, from the cells of `sample`: a number or a
    /// short text is some 30 bytes of markup, a text its length more. Only the sharing of the
    /// sheets between threads depends on it.
    func estimatedBytes(rows: Int, sample: some Sequence<Row>) -> Int {
        var sampled = 0
        var bytes = 0
        for row in sample {
            sampled += 1
            for column in columns {
                switch column.value(row) {
                case .blank: break
                case .text(let text): bytes += 30 + text.utf8.count
                default: bytes += 30
                }
            }
        }
        let perRow = sampled == 0 ? 30 * columns.count : bytes / sampled
        return rows * max(perRow, 1)
    }
}

extension SheetTable {
    /// The manager's columns (SPEC §2.8), empty for the manager to fill in: a drop-down of
    /// review marks, the reviewer, the date.
    mutating func addReviewColumns(marks: [String], asOf: CalendarDate) {
        add(.reviewMark, validation: .list(marks)) { _ in .blank }
        add(.reviewer, width: 10) { _ in .blank }
        add(.reviewDate, .date, validation: .dateBetween(asOf.adding(days: -366), asOf.adding(days: 366))) { _ in .blank }
    }
}
