internal import CXlsxWriter
import Glibc

/// An `.xlsx` file being written with libxlsxwriter: the one owner of every call into it.
///
/// Sheets are added with a layout (title lines, columns, highlights), then rows of typed cells
/// are appended in order; a sheet that reaches the row limit continues on a numbered sheet.
/// Nothing is on disk until `close()`, which writes the whole file at `path` — a temporary
/// name beside the final one, which the caller renames (this class never renames).
///
/// `close()` must be called and its error handled. A workbook dropped without `close()` is
/// discarded in `deinit`: its memory and temporary files are released and no file is written.
///
/// The same content and options give a byte-identical file: the creation time comes from
/// `options.created`, and libxlsxwriter dates every zip entry 1980-01-01.
public final class XlsxWorkbook {
    public let path: String
    public let options: XlsxWorkbookOptions

    /// nil once closed or discarded.
    var handle: UnsafeMutablePointer<lxw_workbook>?
    var styles = XlsxStyleCache()
    var sheetNames = XlsxSheetName()
    var sheets: [XlsxSheetState] = []
    /// Every worksheet's name in the order it was added, continuations included.
    var worksheetNames: [String] = []
    var noticeLog: XlsxNoticeLog
    /// C strings handed to libxlsxwriter, freed only after close (some of its structs keep
    /// the pointer rather than a copy).
    var retainedStrings: [UnsafeMutablePointer<CChar>] = []

    /// Opens a workbook to be written at `path`.
    ///
    /// libxlsxwriter only opens the file at close, so a missing folder would otherwise be
    /// found after every row was written; it is checked here. The file itself can still fail
    /// at close (the folder removed meanwhile, a full disk), and `close()` throws then.
    public init(path: String, options: XlsxWorkbookOptions) throws(XlsxError) {
        self.path = path
        self.options = options
        self.noticeLog = XlsxNoticeLog(limit: options.maximumNoticesKept)

        guard (2...XlsxWorkbookOptions.excelRowLimit).contains(options.maximumRowsPerSheet) else {
            throw XlsxError(.invalidArgument,
                            "maximum rows per sheet '\(options.maximumRowsPerSheet)' is not between 2 and \(XlsxWorkbookOptions.excelRowLimit)")
        }
        guard !path.isEmpty, !path.utf8.contains(0) else {
            throw XlsxError(.cannotCreate, "workbook path '\(path)' is not a file name")
        }
        let folder = Self.folder(of: path)
        guard Self.isDirectory(folder) else {
            throw XlsxError(.cannotCreate, "folder '\(folder)' for workbook '\(path)' does not exist")
        }
        guard !Self.isDirectory(path) else {
            throw XlsxError(.cannotCreate, "workbook path '\(path)' is a folder")
        }
        if let temporary = options.temporaryDirectory, !Self.isDirectory(temporary) {
            throw XlsxError(.cannotCreate, "temporary folder '\(temporary)' does not exist")
        }

        var settings = lxw_workbook_options()
        settings.constant_memory = options.constantMemory ? 1 : 0
        // libxlsxwriter copies tmpdir.
        let temporary = options.temporaryDirectory.flatMap { strdup($0) }
        settings.tmpdir = temporary
        handle = workbook_new_opt(path, &settings)
        free(temporary)
        guard let handle else {
            throw XlsxError(.cannotCreate, "cannot start workbook '\(path)'", libraryMessage: "out of memory")
        }
        try setProperties(handle)
    }

    deinit {
        discard()
    }

    /// Adds a sheet, writes its title lines and header, and returns the handle to append rows.
    ///
    /// The name is made safe and unique first (`XlsxSheet.name` tells the result), because
    /// libxlsxwriter returns no sheet at all for a name Excel refuses.
    public func addSheet(_ layout: XlsxSheetLayout) throws(XlsxError) -> XlsxSheet {
        let handle = try openHandle()
        try check(layout)
        let name = sheetNames.claim(layout.name)
        var state = XlsxSheetState(layout: layout)
        state.parts.append(try openPart(named: name, of: state, in: handle))
        sheets.append(state)
        return XlsxSheet(index: sheets.count - 1, name: name)
    }

    /// Appends one row of cells, in column order, below the rows written so far; fewer cells
    /// than columns leave the rest empty. Past the row limit the row goes to a new numbered
    /// sheet with the same title lines and header.
    @discardableResult
    public func append(_ cells: [XlsxCell], to sheet: XlsxSheet) throws(XlsxError) -> XlsxRowPosition {
        let handle = try openHandle()
        let index = try stateIndex(of: sheet)
        let columns = sheets[index].layout.columns
        guard cells.count <= columns.count else {
            throw XlsxError(.invalidArgument,
                            "row has \(cells.count) cells but sheet '\(sheet.name)' has \(columns.count) columns")
        }
        if let last = sheets[index].parts.last, last.nextRow >= options.maximumRowsPerSheet {
            try continueSheet(at: index, in: handle)
        }
        guard let part = sheets[index].parts.last else {
            throw XlsxError(.invalidArgument, "sheet '\(sheet.name)' has no worksheet")
        }
        for (column, cell) in cells.enumerated() {
            try write(cell, row: part.nextRow, column: column, kind: columns[column].kind, on: part, in: handle)
        }
        sheets[index].parts[sheets[index].parts.count - 1].nextRow += 1
        return XlsxRowPosition(sheetName: part.name, row: part.nextRow)
    }

    /// Sheets that passed the row limit, with the numbered sheets they continue on.
    public var continuedSheets: [XlsxContinuedSheet] {
        sheets.compactMap { state in
            guard let first = state.parts.first, state.parts.count > 1 else { return nil }
            return XlsxContinuedSheet(name: first.name, continuations: state.parts.dropFirst().map(\.name))
        }
    }

    /// Values changed to keep the file valid (cut, cleaned, left out), in writing order; at
    /// most `options.maximumNoticesKept` of them.
    public var notices: [XlsxCellNotice] { noticeLog.kept }

    /// Writes the file at `path`. Afterwards the workbook is closed whatever the outcome;
    /// when writing failed, a partial file at `path` is removed.
    public func close() throws(XlsxError) {
        let handle = try openHandle()
        do throws(XlsxError) {
            for index in sheets.indices {
                for part in sheets[index].parts.indices where !sheets[index].parts[part].finished {
                    try finishPart(part, ofSheetAt: index)
                }
            }
        } catch {
            discard()
            throw error
        }
        self.handle = nil
        let spoolFiles = sheets.flatMap { $0.parts.compactMap { $0.worksheet.pointee.optimize_tmpfile } }
        let status = workbook_close(handle)
        // libxlsxwriter's text for a failed write says only "zip error"; the system's reason
        // (no space left on device, read-only file system) is in errno when it returns.
        let systemReason = status == LXW_NO_ERROR ? 0 : errno
        releaseStrings()
        guard status == LXW_NO_ERROR else {
            if status == LXW_ERROR_CREATING_XLSX_FILE {
                // The file could not be opened, so no sheet was packed: libxlsxwriter freed
                // the workbook but left the constant-memory temporary files open.
                spoolFiles.forEach { fclose($0) }
            }
            unlink(path)
            var context = "cannot write workbook '\(path)'"
            if systemReason != 0, let text = strerror(systemReason) {
                context += " (\(String(cString: text).lowercased()))"
            }
            try XlsxError.check(status, context, code: .cannotCreate)
            return
        }
        if styles.usesTextFormat {
            do throws(XlsxError) {
                try XlsxQuotePrefix.apply(to: path)
            } catch {
                unlink(path)
                throw error
            }
        }
    }

    // MARK: - Internals shared by the extensions

    func openHandle() throws(XlsxError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XlsxError(.closed, "workbook '\(path)' is already closed") }
        return handle
    }

    func stateIndex(of sheet: XlsxSheet) throws(XlsxError) -> Int {
        guard sheets.indices.contains(sheet.index), sheets[sheet.index].parts.first?.name == sheet.name else {
            throw XlsxError(.invalidArgument, "sheet '\(sheet.name)' is not in workbook '\(path)'")
        }
        return sheet.index
    }

    /// A copy of `text` that stays valid until the workbook is closed or discarded.
    func retained(_ text: String) throws(XlsxError) -> UnsafeMutablePointer<CChar> {
        guard let copy = strdup(text) else {
            throw XlsxError(.library, "cannot copy text for libxlsxwriter", libraryMessage: "out of memory")
        }
        retainedStrings.append(copy)
        return copy
    }

    // MARK: - Private

    private func setProperties(_ handle: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) {
        var properties = lxw_doc_properties()
        let text = { (value: String) -> UnsafeMutablePointer<CChar>? in
            value.isEmpty ? nil : strdup(XlsxCellSafety.plainText(value))
        }
        properties.title = text(options.title)
        properties.author = text(options.author)
        properties.company = text(options.company)
        // 0 would mean "now" to libxlsxwriter; the first second of 1970 keeps it fixed.
        properties.created = time_t(max(options.createdUnixTime, 1))
        let status = workbook_set_properties(handle, &properties)
        free(properties.title)
        free(properties.author)
        free(properties.company)
        try XlsxError.check(status, "cannot set the properties of workbook '\(path)'")
    }

    /// Releases everything without writing a file: after a failed step, or from `deinit`.
    /// libxlsxwriter's own free leaves constant-memory temporary files open, so they are
    /// closed here first.
    private func discard() {
        guard let handle else { return }
        self.handle = nil
        for state in sheets {
            for part in state.parts {
                if let file = part.worksheet.pointee.optimize_tmpfile {
                    fclose(file)
                    part.worksheet.pointee.optimize_tmpfile = nil
                }
            }
        }
        lxw_workbook_free(handle)
        releaseStrings()
    }

    private func releaseStrings() {
        for text in retainedStrings { free(text) }
        retainedStrings.removeAll()
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The folder part of a path: `out` for `out/report.xlsx`, `.` for `report.xlsx`.
    /// By bytes: a "/" followed by a combining mark is one `Character` that is not "/".
    private static func folder(of path: String) -> String {
        var bytes = Array(path.utf8)
        if bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == 0 ? "/" : String(decoding: bytes[..<slash], as: UTF8.self)
    }
}
