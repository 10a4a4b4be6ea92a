import Foundation

/// The house style every report workbook shares: how it is opened, the manager's review
/// columns, the notes on the summary, and how a failure becomes an exit status.
struct ReportWorkbook {
    let book: XlsxWorkbook
    let language: ReportLanguage
    let writing: SheetWriting

    /// Above this many rows in all, sheets are written in libxlsxwriter's constant-memory mode.
    static let constantMemoryRows = 100_000

    /// How the list sheets are written: on how many threads (two, in constant-memory mode),
    /// and whether in constant-memory mode whatever the size (tests).
    struct SheetWriting: Sendable {
        var threads: Int
        var constantMemory: Bool?

        init(threads: Int = 2, constantMemory: Bool? = nil) {
            self.threads = threads
            self.constantMemory = constantMemory
        }

        /// Two threads; `CUSTOMER_REVIEW_XLSX_THREADS=1` asks for one (to compare the files, or
        /// to measure). The file is the same bytes either way.
        static var standard: SheetWriting {
            SheetWriting(threads: ProcessInfo.processInfo.environment["CUSTOMER_REVIEW_XLSX_THREADS"] == "1" ? 1 : 2)
        }
    }

    /// - Parameter rowLimit: rows a sheet holds before it continues on a numbered sheet
    ///   (Excel's 1,048,576; smaller only in tests).
    init(path: String, title: String, asOf: CalendarDate, language: ReportLanguage, rows: Int,
         rowLimit: Int = XlsxWorkbookOptions.excelRowLimit, writing: SheetWriting = .standard) throws {
        self.language = language
        self.writing = writing
        let folder = (path as NSString).deletingLastPathComponent
        let options = XlsxWorkbookOptions(created: asOf, constantMemory: writing.constantMemory ?? (rows > Self.constantMemoryRows),
                                          temporaryDirectory: folder.isEmpty ? nil : folder,
                                          title: title, author: "customer-review", maximumRowsPerSheet: rowLimit)
        book = try Self.mapping { try XlsxWorkbook(path: path, options: options) }
    }

    func label(_ l: Label) -> String { l.text(language) }

    @discardableResult
    func append(_ cells: [XlsxCell], to sheet: XlsxSheet) throws -> XlsxRowPosition {
        try Self.mapping { try book.append(cells, to: sheet) }
    }

    func chart(_ chart: XlsxChart, on sheet: XlsxSheet, row: Int, column: Int) throws {
        try Self.mapping { try book.insertChart(chart, on: sheet, row: row, column: column) }
    }

    /// A new printed page above each row, so that no chart is split across pages.
    func pageBreaks(on sheet: XlsxSheet, beforeRows rows: [Int]) throws {
        try Self.mapping { try book.setPageBreaks(on: sheet, beforeRows: rows) }
    }

    /// Whether anything needs a note: a sheet continued past the row limit, a cell changed.
    var hasNotes: Bool { !book.continuedSheets.isEmpty || !book.notices.isEmpty }

    /// The summary's closing notes: sheets continued past the row limit, cells changed to fit.
    func appendNotes(to summary: inout TableSheet<SummaryLine>, coverage: PeriodCoverage? = nil) throws {
        if let note = coverage?.note(language) {
            try summary.append(SummaryLine(.text(label(.periodNotice)), .text(note)))
        }
        for continued in book.continuedSheets {
            try summary.append(SummaryLine(.text(label(.headlineContinuedSheets)), .text(continued.name),
                                           .text(label(.continuedOn) + " " + continued.continuations.joined(separator: ", "))))
        }
        for notice in book.notices {
            let reason: String = switch notice.reason {
            case .truncated: label(.noticeTruncated)
            case .charactersRemoved: label(.noticeCharactersRemoved)
            case .nonFiniteNumber: label(.noticeNonFinite)
            }
            try summary.append(SummaryLine(.text(label(.cellNotices)), .text(notice.sheet + "!" + notice.cell), .text(reason)))
        }
    }

    /// Writes the planned sheets' rows, on two threads when the workbook allows it
    /// (`XlsxWorkbook.writeSheets`).
    func writeSheets(_ jobs: [XlsxSheetJob]) throws {
        try Self.mapping { try book.writeSheets(jobs, threads: writing.threads) }
    }

    /// Packs the file (libxlsxwriter deflates every part, on one core).
    func close() throws {
        try Self.mapping { try book.close() }
    }

    /// A workbook that cannot be written is an output failure (exit 73).
    static func mapping<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as XlsxError {
            throw ReviewError.output("workbook: \(error)")
        }
    }
}
