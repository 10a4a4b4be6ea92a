import Testing
@testable import CustomerReview

/// A sheet's table of columns is the one description of the sheet: the header, the cells, the
/// highlights and the columns kept in view follow from it, and a column is named by id.
@Suite("One table of columns per sheet")
struct SheetTableTests {
    struct Row {
        var id: String
        var name: String
        var shortfall: Int
        var relationship: String
    }

    static func table() -> SheetTable<Row> {
        var t = SheetTable<Row>(.en)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.id) }
        t.add(.customerName, width: 28) { .text($0.name) }
        t.add(.visitShortfall, .integer, highlights: [ColumnHighlight(.greaterThan(0))]) { .integer(Int64($0.shortfall)) }
        t.add(.compliance, .percent) { _ in .blank }
        t.add(.relationship, highlights: [
            ColumnHighlight(.textEquals("abnormal"), .lineThrough(ColumnID(.customerName)), .warning),
            ColumnHighlight(.textEquals("normal"), .lineThroughHere, .good),
        ]) { .text($0.relationship) }
        return t
    }

    @Test func headerHighlightsAndFrozenColumnsFollowFromTheTable() {
        let layout = Self.table().layout(name: "Customers", titleLines: ["title"])
        #expect(layout.columns.map(\.title) == [Label.customerID, .customerName, .visitShortfall, .compliance, .relationship]
            .map { $0.text(.en) })
        #expect(layout.columns[2].kind == .integer && layout.columns[1].width == 28)
        #expect(layout.frozenColumns == 2)
        // Each highlight tests its own column; a span through a named column ends there.
        #expect(layout.highlights.map(\.testedColumn) == [2, 4, 4])
        #expect(layout.highlights.map { layout.columns[$0.testedColumn].title }
            == [Label.visitShortfall, .relationship, .relationship].map { $0.text(.en) })
        #expect(layout.highlights.map(\.highlightedColumns) == [2...2, 0...1, 0...4])
        #expect(layout.highlights.map(\.style) == [.bad, .warning, .good])
    }

    @Test func cellsFollowTheColumnsInOrder() {
        let t = Self.table()
        let row = Row(id: "C1", name: "Acme", shortfall: 1, relationship: "normal")
        #expect(t.columns.map { $0.value(row) } == [.text("C1"), .text("Acme"), .integer(1), .blank, .text("normal")])
        #expect(t.index(of: .relationship) == 4)
    }

    @Test func aColumnAddedFirstMovesTheHighlightsWithTheirColumns() {
        var t = SheetTable<Row>(.en)
        t.add(ColumnID(group: "profile", "address"), title: "Address") { _ in .blank }
        for column in Self.table().columns {
            t.add(column.id, title: column.format.title, column.format.kind, width: column.format.width,
                  highlights: column.highlights, column.value)
        }
        t.keptInView = ColumnID(.customerName)
        let layout = t.layout(name: "Customers", titleLines: [])
        #expect(layout.highlights.map(\.testedColumn) == [3, 5, 5])
        #expect(layout.highlights.map(\.highlightedColumns) == [3...3, 0...2, 0...5])
        #expect(layout.frozenColumns == 3)
    }

    @Test func aColumnNamedButMissingStopsTheProgram() async {
        await #expect(processExitsWith: .failure) {
            _ = SheetTableTests.table().index(of: ColumnID(.score))
        }
        await #expect(processExitsWith: .failure) {
            var t = SheetTable<Int>(.en)
            t.add(.score, .score) { _ in .blank }
            t.add(.score, .score) { _ in .blank }
        }
    }
}
