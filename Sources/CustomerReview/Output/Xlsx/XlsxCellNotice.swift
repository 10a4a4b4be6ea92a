/// Something the workbook did to a value to keep the file valid, for the report to list:
/// text cut at Excel's 32,767 characters, characters XML cannot hold removed, a non-finite
/// number left out.
public struct XlsxCellNotice: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The text was longer than a cell holds. Lengths are in Excel's characters (UTF-16
        /// code units); `keptLength` is what the cell now holds.
        case truncated(originalLength: Int, keptLength: Int)
        /// Control characters other than tab, line feed and carriage return, or U+FFFE/U+FFFF,
        /// were removed (`count` of them).
        case charactersRemoved(count: Int)
        /// NaN or an infinity: the cell was left empty.
        case nonFiniteNumber
    }

    /// The sheet as named in the file (a continuation sheet when the row landed there).
    public let sheet: String
    /// `C5`.
    public let cell: String
    public let reason: Reason
}
