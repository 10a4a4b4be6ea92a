/// The cell notices of one workbook: every notice is counted, the first ones are kept, so that
/// memory does not grow with the rows when every row needs one.
struct XlsxNoticeLog {
    let limit: Int
    private(set) var kept: [XlsxCellNotice] = []
    private(set) var count = 0

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    mutating func record(sheet: String, row: Int, column: Int, _ reason: XlsxCellNotice.Reason) {
        count += 1
        guard kept.count < limit else { return }
        kept.append(XlsxCellNotice(sheet: sheet, cell: XlsxCellRange.cellName(row: row, column: column),
                                   reason: reason))
    }
}
