import Foundation
import Testing
@testable import CustomerReview

/// Sheets: the row limit, safe names, constant-memory mode, and failures that must be errors.
extension XlsxWorkbookTests {
    @Test func sheetContinuesPastTheRowLimit() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("split.xlsx")
        // 2 title lines + header + 2 data rows per sheet.
        let book = try XlsxWorkbook(path: path, options: try XlsxTestFolder.options(rowLimit: 5))
        let layout = XlsxSheetLayout(
            name: "Visits", titleLines: ["Visits 2026-10", "As of 2026-11-15"],
            columns: [XlsxColumn("No.", .integer), XlsxColumn("Mark", validation: .list(["ok", "follow up"]))],
            highlights: [XlsxHighlight(.greaterThan(3), column: 0)])
        let visits = try book.addSheet(layout)
        let other = try book.addSheet(XlsxSheetLayout(name: "Other", columns: [XlsxColumn("X")]))
        var positions: [XlsxRowPosition] = []
        for number in 1...7 { positions.append(try book.append([.integer(Int64(number))], to: visits)) }
        try book.append(["x"], to: other)
        #expect(positions.map(\.sheetName) == ["Visits", "Visits", "Visits (2)", "Visits (2)", "Visits (3)", "Visits (3)", "Visits (4)"])
        #expect(positions.map(\.row) == [3, 4, 3, 4, 3, 4, 3])
        #expect(book.continuedSheets == [XlsxContinuedSheet(name: "Visits", continuations: ["Visits (2)", "Visits (3)", "Visits (4)"])])
        try book.close()

        let read = try XlsxReader.read(path)
        #expect(read.sheets.map(\.name) == ["Visits", "Other", "Visits (2)", "Visits (3)", "Visits (4)"])
        for (offset, name) in ["Visits", "Visits (2)", "Visits (3)", "Visits (4)"].enumerated() {
            let sheet = try #require(read.sheet(name))
            let rows = offset == 3 ? 1 : 2
            #expect(sheet.value("A1") == .text("Visits 2026-10"), "\(name)")
            #expect(sheet.value("A3") == .text("No."), "\(name)")
            #expect(sheet.value("B3") == .text("Mark"), "\(name)")
            #expect(sheet.value("A4") == .number(Double(offset * 2 + 1)), "\(name)")
            #expect(sheet.maxRow == 3 + rows, "\(name)")
            #expect(sheet.freeze == "A4", "\(name)")
            #expect(sheet.autofilter == "A3:B\(3 + rows)", "\(name)")
            // openpyxl names a one-cell range by its cell.
            #expect(sheet.validations.map(\.sqref) == [rows == 1 ? "B4" : "B4:B5"], "\(name)")
            #expect(sheet.conditional.map(\.sqref) == [rows == 1 ? "A4" : "A4:A5"], "\(name)")
            #expect(sheet.print.titleRows == "$3:$3", "\(name)")
        }
    }

    @Test func unsafeSheetNamesAreMadeSafe() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("names.xlsx")
        let book = try XlsxWorkbook(path: path, options: try XlsxTestFolder.options())
        let wanted = [
            "客户/拜访:明细*?[2026]\\", "History", "Visits", "visits", "'Quoted'",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "", "Tab\there",
            String(repeating: "x", count: 30) + "😀",
        ]
        var given: [String] = []
        for name in wanted {
            let sheet = try book.addSheet(XlsxSheetLayout(name: name, columns: [XlsxColumn("A")]))
            try book.append(["row"], to: sheet)
            given.append(sheet.name)
        }
        #expect(given == [
            "客户_拜访_明细___2026__", "History (2)", "Visits", "visits (2)", "Quoted",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "Sheet", "Tabhere",
            String(repeating: "x", count: 30),
        ])
        try book.close()
        #expect(try XlsxReader.read(path).sheets.map(\.name) == given)
    }

    @Test func constantMemoryModeWritesTheSameCells() throws {
        let folder = try XlsxTestFolder()
        let inMemory = folder.path("memory.xlsx")
        let constant = folder.path("constant.xlsx")
        try XlsxSample.write(at: inMemory, constantMemory: false)
        try XlsxSample.write(at: constant, constantMemory: true)
        let expected = try XlsxReader.read(inMemory)
        let found = try XlsxReader.read(constant)
        #expect(found.sheets.map(\.name) == expected.sheets.map(\.name))
        for sheet in expected.sheets {
            let other = try #require(found.sheet(sheet.name))
            #expect(other.cells.keys.sorted() == sheet.cells.keys.sorted(), "\(sheet.name)")
            for (reference, cell) in sheet.cells {
                #expect(other.cells[reference]?.value == cell.value, "\(sheet.name)!\(reference)")
                #expect(other.cells[reference]?.format == cell.format, "\(sheet.name)!\(reference)")
            }
            #expect(other.validations == sheet.validations, "\(sheet.name)")
            #expect(other.conditional == sheet.conditional, "\(sheet.name)")
            #expect(other.freeze == sheet.freeze, "\(sheet.name)")
            #expect(other.autofilter == sheet.autofilter, "\(sheet.name)")
        }
        // Constant memory writes strings inline rather than in the shared table.
        #expect(found.raw["xl/sharedStrings.xml"] == nil)
        #expect(found.charts.count == 3)
        #expect(found.formulaCells == 0)
    }

    @Test func aTargetThatCannotBeWrittenFailsAtCloseWithAnError() throws {
        let folder = try XlsxTestFolder()
        let gone = folder.url.appendingPathComponent("gone", isDirectory: true)
        try FileManager.default.createDirectory(at: gone, withIntermediateDirectories: true)
        let path = gone.appendingPathComponent("report.xlsx").path
        let spool = folder.url.appendingPathComponent("spool", isDirectory: true)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        var options = try XlsxTestFolder.options(constantMemory: true)
        options.temporaryDirectory = spool.path
        let book = try XlsxWorkbook(path: path, options: options)
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Rows", columns: [XlsxColumn("N", .integer)]))
        for number in 1...100 { try book.append([.integer(Int64(number))], to: sheet) }
        // libxlsxwriter opens the file only at close: take the folder away before.
        try FileManager.default.removeItem(at: gone)

        let error = try #require(throws: XlsxError.self) { try book.close() }
        #expect(error.code == .cannotCreate)
        #expect(error.message.contains(path))
        #expect(error.libraryMessage == "Error creating output xlsx file. Usually a permissions error.")
        #expect(!FileManager.default.fileExists(atPath: path))
        // No temporary file of the workbook is left open.
        #expect(XlsxTestFolder.openFiles(under: spool.path).isEmpty)
        // Closed whatever the outcome.
        let again = try #require(throws: XlsxError.self) { try book.close() }
        #expect(again.code == .closed)
        #expect(throws: XlsxError.self) { try book.append([.integer(1)], to: sheet) }
    }

    @Test func aMissingFolderIsFoundBeforeAnyRowIsWritten() throws {
        let folder = try XlsxTestFolder()
        let missing = folder.path("no-such-folder/report.xlsx")
        let error = try #require(throws: XlsxError.self) {
            try XlsxWorkbook(path: missing, options: try XlsxTestFolder.options())
        }
        #expect(error.code == .cannotCreate)
        var options = try XlsxTestFolder.options(constantMemory: true)
        options.temporaryDirectory = folder.path("no-such-tmp")
        #expect(throws: XlsxError.self) { try XlsxWorkbook(path: folder.path("a.xlsx"), options: options) }
        #expect(throws: XlsxError.self) { try XlsxWorkbook(path: folder.url.path, options: try XlsxTestFolder.options()) }
    }

    @Test func aDroppedWorkbookWritesNothing() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("dropped.xlsx")
        do {
            var options = try XlsxTestFolder.options(constantMemory: true)
            options.temporaryDirectory = folder.url.path
            let book = try XlsxWorkbook(path: path, options: options)
            let sheet = try book.addSheet(XlsxSheetLayout(name: "Rows", columns: [XlsxColumn("N", .integer)]))
            for number in 1...1_000 { try book.append([.integer(Int64(number))], to: sheet) }
            #expect(!XlsxTestFolder.openFiles(under: folder.url.path).isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(XlsxTestFolder.openFiles(under: folder.url.path).isEmpty)
    }

    @Test func dropDownsExcelCannotHoldAreRefused() throws {
        let folder = try XlsxTestFolder()
        let book = try XlsxWorkbook(path: folder.path("lists.xlsx"), options: try XlsxTestFolder.options())
        // 90 Chinese characters: 90 characters but 270 bytes, which crashes libxlsxwriter 1.1.4.
        let tooLong = [String(repeating: "审", count: 90)]
        for entries in [tooLong, ["a,b"], ["say \"yes\""], [], [""]] {
            let layout = XlsxSheetLayout(name: "Review", columns: [XlsxColumn("Mark", validation: .list(entries))])
            let error = try #require(throws: XlsxError.self) { try book.addSheet(layout) }
            #expect(error.code == .invalidArgument)
        }
        let fits = [String(repeating: "审", count: 85)]
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Review", columns: [XlsxColumn("Mark", validation: .list(fits))]))
        try book.append(["x"], to: sheet)
        let wide = try #require(throws: XlsxError.self) { try book.append(["x", "y"], to: sheet) }
        #expect(wide.code == .invalidArgument)
        try book.close()
    }

    // MARK: - The safety rules alone

    @Test func cellTextBoundaries() {
        #expect(XlsxCellSafety.cellText("plain").startsLikeFormula == false)
        #expect(XlsxCellSafety.cellText("").startsLikeFormula == false)
        #expect(XlsxCellSafety.cellText("a=b").startsLikeFormula == false)
        #expect(XlsxCellSafety.cellText(" =1").startsLikeFormula == false)
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(XlsxCellSafety.cellText(start + "x").startsLikeFormula, "\(start.unicodeScalars.first?.value ?? 0)")
        }
        let exact = XlsxCellSafety.cellText(String(repeating: "é", count: 32_767))
        #expect(exact.originalLength == nil)
        #expect(exact.value.count == 32_767)
        let escapes = XlsxCellSafety.cellText(String(repeating: "_x0041_", count: 5_000))
        // Each escape adds six characters for libxlsxwriter's count, none for Excel's.
        #expect(escapes.value.unicodeScalars.count <= 32_767)
        #expect(escapes.originalLength == 35_000)
        #expect(XlsxCellSafety.finite(.nan) == nil)
        #expect(XlsxCellSafety.finite(-.infinity) == nil)
        #expect(XlsxCellSafety.finite(0) == 0)
        #expect(XlsxCellSafety.exactDouble(1 << 53) == 9_007_199_254_740_992)
        #expect(XlsxCellSafety.exactDouble((1 << 53) + 1) == nil)
        #expect(XlsxCellSafety.chartText("=Sheet1!$A$1") == "Sheet1!$A$1")
    }
}
