internal import CXlsxWriter
import Glibc

/// An `.xlsx` file being written with libxlsxwriter: the one owner of every call into it.
///
/// Sheets are added with a layout (title lines, columns, highlights), then rows of typed cells
/// are appended in order; a sheet that reaches the row limit continues on a numbered sheet. A
/// sheet added with its number of rows (`addSheet(_:rows:)`) has all its worksheets from the
/// start, and such sheets can be written on two threads (`writeSheets`).
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
    /// Every cell format, made when the workbook opens.
    let styles: XlsxStyleTable
    var sheetNames = XlsxSheetName()
    var sheets: [XlsxSheetState] = []
    /// Every worksheet's name in the order it was added, continuations included.
    var worksheetNames: [String] = []
    /// C strings handed to libxlsxwriter, freed only after close (some of its structs keep
    /// the pointer rather than a copy).
    var retainedStrings: [UnsafeMutablePointer<CChar>] = []
    /// Which thread wrote each planned sheet in the last `writeSheets` (0 is the calling
    /// thread), by the sheet's index; for tests and measurements.
    var threadOfSheet: [Int: Int] = [:]

    /// Opens a workbook to be written at `path`.
    ///
    /// libxlsxwriter only opens the file at close, so a missing folder would otherwise be
    /// found after every row was written; it is checked here. The file itself can still fail
    /// at close (the folder removed meanwhile, a full disk), and `close()` throws then.
    public init(path: String, options: XlsxWorkbookOptions) throws(XlsxError) {
        self.path = path
        self.options = options

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
        let opened = workbook_new_opt(path, &settings)
        free(temporary)
        guard let opened else {
            throw XlsxError(.cannotCreate, "cannot start workbook '\(path)'", libraryMessage: "out of memory")
        }
        do throws(XlsxError) {
            styles = try XlsxStyleTable(in: opened)
        } catch {
            lxw_workbook_free(opened)
            throw error
        }
        handle = opened
        try setProperties(opened)
    }

    deinit {
        discard()
    }

    /// Adds a sheet that grows as rows are appended, writes its title lines and header, and
    /// returns the handle to append rows. Past the row limit it continues on a numbered sheet
    /// added then — after every sheet added so far.
    ///
    /// The name is made safe and unique first (`XlsxSheet.name` tells the result), because
    /// libxlsxwriter returns no sheet at all for a name Excel refuses.
    public func addSheet(_ layout: XlsxSheetLayout) throws(XlsxError) -> XlsxSheet {
        let handle = try openHandle()
        try check(layout)
        let name = sheetNames.claim(layout.name)
        let state = XlsxSheetState(layout: layout, styles: styles, rowLimit: options.maximumRowsPerSheet,
                                   plannedRows: nil, noticeLimit: options.maximumNoticesKept)
        state.parts.append(try openPart(named: name, of: state, in: handle))
        try state.begin(0)
        sheets.append(state)
        return XlsxSheet(index: sheets.count - 1, name: name)
    }

    /// Adds a sheet of `rows` data rows with every worksheet it needs: the first and, past the
    /// row limit, its numbered continuations right after it, each with its filter, drop-downs
    /// and highlights over the rows it will hold. Its rows are appended later — by
    /// `append(_:to:)` or, on another thread, by `writeSheets` — and must be exactly `rows`.
    public func addSheet(_ layout: XlsxSheetLayout, rows: Int) throws(XlsxError) -> XlsxSheet {
        let handle = try openHandle()
        try check(layout)
        guard rows >= 0 else {
            throw XlsxError(.invalidArgument, "sheet '\(layout.name)' is planned for \(rows) rows")
        }
        let state = XlsxSheetState(layout: layout, styles: styles, rowLimit: options.maximumRowsPerSheet,
                                   plannedRows: rows, noticeLimit: options.maximumNoticesKept)
        let first = sheetNames.claim(layout.name)
        let count = XlsxSheetState.partsNeeded(rows: rows, rowsPerPart: state.rowsPerPart)
        for number in 1...count {
            let name = number == 1 ? first : sheetNames.claim(first, number: number)
            state.parts.append(try openPart(named: name, of: state, in: handle))
            let held = min(state.rowsPerPart, rows - (number - 1) * state.rowsPerPart)
            try finish(state.parts[number - 1], of: state, lastRow: state.firstDataRow + held - 1)
            state.parts[number - 1].finished = true
        }
        sheets.append(state)
        return XlsxSheet(index: sheets.count - 1, name: first)
    }

    /// Appends one row of cells, in column order, below the rows written so far; fewer cells
    /// than columns leave the rest empty. Past the row limit the row goes to a numbered sheet
    /// with the same title lines and header.
    @discardableResult
    public func append(_ cells: [XlsxCell], to sheet: XlsxSheet) throws(XlsxError) -> XlsxRowPosition {
        let handle = try openHandle()
        let state = try self.state(of: sheet)
        if state.plannedRows == nil, state.isFull {
            try continueSheet(state, in: handle)
        }
        return try state.append(cells)
    }

    /// Sheets that passed the row limit, with the numbered sheets they continue on.
    public var continuedSheets: [XlsxContinuedSheet] {
        sheets.compactMap { (state: XlsxSheetState) -> XlsxContinuedSheet? in
            guard let first = state.parts.first, state.parts.count > 1 else { return nil }
            return XlsxContinuedSheet(name: first.name, continuations: state.parts.dropFirst().map(\.name))
        }
    }

    /// Values changed to keep the file valid (cut, cleaned, left out), sheet by sheet in the
    /// order the sheets were added, each sheet's in row order; at most
    /// `options.maximumNoticesKept` of them. The same whichever thread wrote which sheet.
    public var notices: [XlsxCellNotice] {
        var kept: [XlsxCellNotice] = []
        for state in sheets where kept.count < options.maximumNoticesKept {
            kept.append(contentsOf: state.noticeLog.kept.prefix(options.maximumNoticesKept - kept.count))
        }
        return kept
    }

    /// Writes the file at `path`. Afterwards the workbook is closed whatever the outcome;
    /// when writing failed, a partial file at `path` is removed.
    public func close() throws(XlsxError) {
        let handle = try openHandle()
        do throws(XlsxError) {
            for state in sheets {
                if state.plannedRows != nil {
                    try state.complete()
                    continue
                }
                for part in state.parts.indices where !state.parts[part].finished {
                    try finish(state.parts[part], of: state, lastRow: state.parts[part].nextRow - 1)
                    state.parts[part].finished = true
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
        if sheets.contains(where: \.usesTextFormat) {
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

    func state(of sheet: XlsxSheet) throws(XlsxError) -> XlsxSheetState {
        guard sheets.indices.contains(sheet.index), sheets[sheet.index].parts.first?.name == sheet.name else {
            throw XlsxError(.invalidArgument, "sheet '\(sheet.name)' is not in workbook '\(path)'")
        }
        return sheets[sheet.index]
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
