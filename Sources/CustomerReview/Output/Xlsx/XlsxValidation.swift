/// What may be typed into a column's data cells; Excel refuses anything else.
public enum XlsxValidation: Hashable, Sendable {
    /// A drop-down of these entries (the manager's review marks). Excel stores the list as one
    /// quoted, comma-separated string of at most 255 characters, so an entry may hold neither a
    /// comma nor a double quote, and the whole list must fit in 255 bytes of UTF-8 (the tighter
    /// bound of libxlsxwriter 1.1.4, which overflows its buffer otherwise).
    case list([String])
    /// A real date between the two days, inclusive.
    case dateBetween(CalendarDate, CalendarDate)
    /// A number between the two bounds, inclusive (a score 0–100); Excel refuses anything
    /// else with `title` and `message` (cut to Excel's 32 and 255 characters).
    case numberBetween(Double, Double, title: String, message: String)

    /// libxlsxwriter 1.1.4 copies the list into a 258-byte buffer after counting characters,
    /// not bytes: 90 Chinese characters crash the process. This bound is in bytes.
    static let maximumListBytes = 255
}
