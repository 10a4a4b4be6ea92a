/// One list of an HTML page — an exception list or the per-salesperson table — as the
/// `report-list` template shows it: headers, at most `limit` rows of cells already formatted
/// as text, "N more in the workbook" when rows were left out, and the words for an empty list.
///
/// Each list is described by one `PageTable`: a column is its header and how its cell is read
/// from an item, so headers and cells cannot drift apart. Only the rows shown are formatted, so a list of a hundred thousand findings costs its
/// count, not its text.
struct PageList {
    /// How a column's cells are laid out: short words kept on one line, figures right-aligned,
    /// names and long text (findings, messages) wrapped, a list of items one a line (the
    /// cell's text joined with line breaks), dates never broken; an empty column to write in
    /// by hand appears on paper only.
    enum Kind {
        case short, number, name, long, lines, date, writeIn

        /// The CSS class of the column's header and cells (`num`, `name`, `long`, `date`, `write-in`).
        var className: String {
            switch self {
            case .short: ""
            case .number: "num"
            case .name: "name"
            case .long: "long"
            case .lines: "long lines"
            case .date: "date"
            case .writeIn: "write-in"
            }
        }
    }

    struct Column {
        var text: String
        var kind: Kind

        init(text: String, kind: Kind = .short) {
            self.text = text
            self.kind = kind
        }
    }

    struct Cell {
        var text: String
        /// A second, smaller line (the customer id under the name).
        var sub: String?
        /// Shown in the alert colour (a shortfall, an amount over a limit).
        var alert: Bool

        static func text(_ text: String, sub: String? = nil, alert: Bool = false) -> Cell {
            Cell(text: text, sub: sub, alert: alert)
        }

        static func count(_ value: Int, alert: Bool = false) -> Cell {
            Cell(text: PageFormat.count(value), sub: nil, alert: alert)
        }

        static func money(_ value: Money, alert: Bool = false) -> Cell {
            Cell(text: PageFormat.money(value), sub: nil, alert: alert)
        }

        /// An empty cell (a figure the report does not have).
        static let blank = Cell(text: "", sub: nil, alert: false)

        func value(in column: Column?) -> TemplateValue {
            let kind = column?.kind ?? .short
            let classes = [kind.className, alert ? "alert" : ""].filter { !$0.isEmpty }.joined(separator: " ")
            return .object([
                "text": .text(text),
                "sub": TemplateValue(sub),
                "numeric": .bool(kind == .number),
                "alert": .bool(alert),
                "class": .text(classes),
                // The column's title beside the value when a phone stacks the row.
                "label": .text(column?.text ?? ""),
            ])
        }
    }

    /// The anchor of the list on the page (`escalations`).
    var id: String
    var title: String
    var columns: [Column]
    var rows: [[Cell]]
    /// The rows in all, before the cap (what the workbook lists).
    var total: Int
    /// A line under the title (no contract data).
    var note: String?
    /// What an empty list says.
    var empty: String
    /// A totals row.
    var footer: [Cell]?
    private var moreText: String?

    /// A list of `items` described by `table`, of which the first `limit` become rows.
    init<Item>(id: String, title: String, table: PageTable<Item>, items: [Item], limit: Int, language: ReportLanguage,
               empty: String? = nil) {
        self.id = id
        self.title = title
        self.columns = table.columns.map(\.header)
        let shown = max(0, limit)
        rows = items.prefix(shown).map(table.cells)
        total = items.count
        self.empty = empty ?? Label.nothingToReport.text(language)
        moreText = items.count > shown ? PageFormat.more(items.count - shown, language) : nil
    }

    var value: TemplateValue {
        .object([
            "id": .text(id),
            "title": .text(title),
            "count": .text(PageFormat.count(total)),
            "columns": .list(columns.map {
                ["text": .text($0.text), "numeric": .bool($0.kind == .number), "class": .text($0.kind.className)]
            }),
            "rows": .list(rows.map { ["cells": cells($0)] }),
            "footer": footer.map(cells) ?? .null,
            "more": TemplateValue(moreText),
            "note": TemplateValue(note),
            "empty": .text(empty),
        ])
    }

    /// A row's cells, each laid out as its column.
    private func cells(_ row: [Cell]) -> TemplateValue {
        .list(row.enumerated().map { index, cell in cell.value(in: index < columns.count ? columns[index] : nil) })
    }
}

/// One column of a page list: its header and how its cell is read from an item.
struct PageColumn<Item> {
    let header: PageList.Column
    let value: (Item) -> PageList.Cell
}

/// The one description of a page list: its columns in order. The headers, every row's cells
/// and the totals row's follow from it, so a column is added in one place.
struct PageTable<Item> {
    let language: ReportLanguage
    private(set) var columns: [PageColumn<Item>] = []

    init(_ language: ReportLanguage) {
        self.language = language
    }

    /// A column headed by `label`.
    mutating func add(_ label: Label, _ kind: PageList.Kind = .short, _ value: @escaping (Item) -> PageList.Cell) {
        add(title: label.text(language), kind, value)
    }

    /// A column with a header of its own (two labels in one, a sheet's name).
    mutating func add(title: String, _ kind: PageList.Kind = .short, _ value: @escaping (Item) -> PageList.Cell) {
        columns.append(PageColumn(header: PageList.Column(text: title, kind: kind), value: value))
    }

    /// An item's row of cells (or the totals row's), in column order.
    func cells(_ item: Item) -> [PageList.Cell] { columns.map { $0.value(item) } }
}
