/// The cell notices of one workbook: the first `limit` are kept, so that memory does not grow
/// with the rows when every row needs one.
struct XlsxNoticeLog {
    let limit: Int
    private(set) var kept: [XlsxCellNotice] = []

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    mutating func record(sheet: String, row: Int, column: Int, _ reason: XlsxCellNotice.Reason) {
        guard kept.count < limit else { return }
        kept.append(XlsxCellNotice(sheet: sheet, cell: XlsxCellRange.cellName(row: row, column: column),
                                   reason: reason))
    }
}
