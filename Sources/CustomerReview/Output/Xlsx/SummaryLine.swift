/// One line of a summary sheet: an item and its figure, a caption and the names of a small
/// table's series, or a note (what, where, why). Every summary has the same three columns.
struct SummaryLine {
    var item: XlsxCell
    var figure: XlsxCell
    /// A second figure (the visits done beside those required) or the last part of a note.
    var second: XlsxCell

    init(_ item: XlsxCell, _ figure: XlsxCell = .blank, _ second: XlsxCell = .blank) {
        self.item = item
        self.figure = figure
        self.second = second
    }

    /// An empty line between the summary's parts.
    static let gap = SummaryLine(.blank)

    static let itemColumn = ColumnID(.item)
    static let figureColumn = ColumnID(.figure)
    static let secondColumn = ColumnID(group: "summary", "second")
}

extension ReportWorkbook {
    /// The table of a summary sheet: the item, the figure (its kind and width, its header or
    /// none), and a third column for a second figure or a note.
    func summaryTable(figure kind: XlsxColumn.Kind, width: Double, titled: Bool = true,
                      second secondKind: XlsxColumn.Kind = .text, width secondWidth: Double = 24) -> SheetTable<SummaryLine> {
        var t = table(of: SummaryLine.self)
        t.add(.item, width: 34) { $0.item }
        t.add(SummaryLine.figureColumn, title: titled ? label(.figure) : "", kind, width: width) { $0.figure }
        t.add(SummaryLine.secondColumn, title: "", secondKind, width: secondWidth) { $0.second }
        return t
    }
}
