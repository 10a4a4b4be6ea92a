/// How a workbook is written: memory mode, where libxlsxwriter keeps its temporary files, the
/// document properties, and the row limit at which a sheet continues on a new one.
public struct XlsxWorkbookOptions: Hashable, Sendable {
    /// Excel's rows per worksheet.
    public static let excelRowLimit = 1_048_576

    /// The date stored as the file's creation time (midnight UTC). It is also what makes the
    /// same content give byte-identical files: libxlsxwriter otherwise stamps the current time
    /// into `docProps/core.xml`. (Zip entries are always dated 1980-01-01 by libxlsxwriter.)
    public var created: CalendarDate
    /// libxlsxwriter's constant-memory mode: each row is flushed to a temporary file once the
    /// next row starts, so memory stays flat for a million rows. Rows must come in order,
    /// which `XlsxWorkbook.append` guarantees. Charts then carry no cached values.
    public var constantMemory: Bool
    /// The folder for libxlsxwriter's temporary files; nil uses the system's (`TMPDIR`, /tmp).
    /// It must exist: libxlsxwriter would otherwise fall back silently.
    public var temporaryDirectory: String?
    public var title: String
    public var author: String
    public var company: String
    /// Rows per sheet, title lines and header included, before the sheet continues on a
    /// numbered one ("Visits (2)"). Excel's limit by default; a test may set a small one.
    public var maximumRowsPerSheet: Int
    /// How many cell notices are kept (all are counted), so that a file with a stray control
    /// character on every row cannot make memory grow with the rows.
    public var maximumNoticesKept: Int

    public init(created: CalendarDate,
                constantMemory: Bool = false,
                temporaryDirectory: String? = nil,
                title: String = "",
                author: String = "",
                company: String = "",
                maximumRowsPerSheet: Int = XlsxWorkbookOptions.excelRowLimit,
                maximumNoticesKept: Int = 1_000) {
        self.created = created
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.title = title
        self.author = author
        self.company = company
        self.maximumRowsPerSheet = maximumRowsPerSheet
        self.maximumNoticesKept = maximumNoticesKept
    }

    /// Seconds since 1970-01-01 at midnight UTC of `created`, as libxlsxwriter's `time_t`.
    var createdUnixTime: Int { created.dayNumber * 86_400 }
}
