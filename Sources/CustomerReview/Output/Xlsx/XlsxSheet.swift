/// A sheet added to an `XlsxWorkbook`, by which rows are appended to it. It is only a handle:
/// the workbook holds the sheet's state, its continuation sheets included.
public struct XlsxSheet: Hashable, Sendable {
    let index: Int
    /// The name the sheet was given after it was made safe and unique: at most 31
    /// characters, none of `[]:*?/\`, unique without regard to case.
    public let name: String
}

/// Where an appended row landed: the sheet (a continuation sheet past the row limit) and the
/// 0-based row. Used to point charts at rows.
public struct XlsxRowPosition: Hashable, Sendable {
    public let sheetName: String
    public let row: Int
}
