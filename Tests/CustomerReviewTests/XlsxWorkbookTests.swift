import Foundation
import Testing
@testable import CustomerReview

/// The workbook wrapper, checked by reading the written files back with openpyxl (and the
/// zip's raw XML for what openpyxl does not load).
@Suite struct XlsxWorkbookTests {
    // MARK: - Everything a report uses, read back

    @Test func featuresReadBack() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("review.xlsx")
        let book = try XlsxSample.write(at: path, constantMemory: false)
        #expect(book.notices.isEmpty)
        #expect(book.continuedSheets.isEmpty)

        let read = try XlsxReader.read(path)
        #expect(read.sheets.map(\.name) == ["Summary", "Visits by salesperson", "Aging", "Customers"])
        #expect(read.formulaCells == 0)
        #expect(read.rawFormulaTags == 0)

        let summary = try #require(read.sheet("Summary"))
        #expect(summary.value("A1") == .text("Monthly review 2026-10"))
        #expect(summary.value("A2") == .text("As of 2026-11-15"))
        #expect(summary.value("A3") == .text("Tier"))
        #expect(summary.value("A4") == .text("A"))
        #expect(summary.value("B4") == .number(12))
        #expect(summary.cells["B4"]?.format == "#,##0")
        #expect(summary.freeze == "A4")
        #expect(summary.autofilter == "A3:B6")

        let customers = try #require(read.sheet("Customers"))
        #expect(customers.value("A3") == .text("Customer"))
        #expect(customers.cells["A3"]?.type == "s")
        #expect(customers.value("D4") == .number(87.5))
        #expect(customers.cells["D4"]?.format == "0.00")
        #expect(customers.value("E4") == .number(1234.5))
        #expect(customers.cells["E4"]?.format == "#,##0.00")
        #expect(customers.value("E5") == .number(-12))
        #expect(customers.value("F4") == .number(0.25))
        #expect(customers.cells["F4"]?.format == "0.0%")
        #expect(customers.value("G4") == .number(0.015))
        #expect(customers.cells["G4"]?.format == "0.0%")
        #expect(customers.value("H4") == .text("2026-10-05T00:00:00"))
        #expect(customers.cells["H4"]?.type == "d")
        #expect(customers.cells["H4"]?.format == "yyyy-mm-dd")
        #expect(customers.value("I4") == .bool(true))
        #expect(customers.value("I5") == .bool(false))
        #expect(customers.value("J4") == .number(12.345))
        #expect(customers.cells["J4"]?.format == "General")
        #expect(customers.value("K4") == .text("line one\nline two"))
        #expect(customers.value("B6") == .text("王五物流有限公司"))
        #expect(customers.cells["B6"]?.format == "General")
        #expect(customers.freeze == "A4")
        #expect(customers.autofilter == "A3:M6")
        #expect(customers.maxRow == 6)
        #expect(abs((customers.widths["B"] ?? 0) - 28) < 1)
        #expect(abs((customers.widths["K"] ?? 0) - 40) < 1)

        #expect(customers.validations.count == 2)
        let marks = try #require(customers.validations.first { $0.type == "list" })
        #expect(marks.sqref == "L4:L6")
        #expect(marks.formula1 == "\"通过,需跟进,不通过\"")
        let dates = try #require(customers.validations.first { $0.type == "date" })
        #expect(dates.sqref == "M4:M6")
        // "between" is the default, which the file leaves unsaid.
        #expect(dates.operator ?? "between" == "between")
        #expect(dates.formula1 == String(try XlsxTestFolder.date(2026, 1, 1).excelSerial))
        #expect(dates.formula2 == String(try XlsxTestFolder.date(2027, 12, 31).excelSerial))

        #expect(customers.conditional.contains(
            XlsxReader.Conditional(sqref: "A4:M6", type: "expression", formulas: ["$C4=\"C\""], hasFill: true)))
        #expect(customers.conditional.contains(
            XlsxReader.Conditional(sqref: "I4:I6", type: "expression", formulas: ["$I4=TRUE"], hasFill: true)))
        let visits = try #require(read.sheet("Visits by salesperson"))
        #expect(visits.conditional == [
            XlsxReader.Conditional(sqref: "D4:D6", type: "expression", formulas: ["AND(ISNUMBER($D4),$D4>0)"], hasFill: true),
        ])

        for sheet in read.sheets {
            #expect(sheet.print.orientation == "landscape", "sheet \(sheet.name)")
            #expect(sheet.print.paperSize == "9", "sheet \(sheet.name)")
            #expect(sheet.print.fitToPage, "sheet \(sheet.name)")
            // One page wide up to about 150 characters of columns, then as many as it needs.
            #expect(sheet.print.fitToWidth ?? 1 == (sheet.name == "Customers" ? 2 : 1), "sheet \(sheet.name)")
            #expect(sheet.print.fitToHeight == 0, "sheet \(sheet.name)")
            #expect(sheet.print.titleRows == "$3:$3", "sheet \(sheet.name)")
        }

        #expect(read.properties.title == "月度客户评审")
        #expect(read.properties.creator == "customer-review")
        #expect(read.properties.company == "Example Logistics")
        #expect(read.properties.created?.hasPrefix("2026-11-15T00:00:00") == true)
    }

    @Test func chartsAreNativeChartsOverTheirRanges() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("charts.xlsx")
        try XlsxSample.write(at: path, constantMemory: false)
        let charts = try XlsxReader.read(path).charts
        try #require(charts.count == 3)

        let pie = charts[0]
        #expect(pie.kinds == ["pieChart"])
        #expect(pie.title == "Tier mix")
        #expect(pie.references == ["Summary!$A$4:$A$6", "Summary!$B$4:$B$6"])
        #expect(pie.showPercent)

        let compliance = charts[1]
        #expect(compliance.kinds == ["barChart"])
        #expect(compliance.barDirection == "col")
        #expect(compliance.grouping == "clustered")
        #expect(compliance.seriesNames == ["Required", "Done"])
        #expect(compliance.references == [
            "'Visits by salesperson'!$A$4:$A$6", "'Visits by salesperson'!$B$4:$B$6",
            "'Visits by salesperson'!$A$4:$A$6", "'Visits by salesperson'!$C$4:$C$6",
        ])
        #expect(compliance.axisTitles == ["Salesperson", "Visits"])
        #expect(compliance.hasLegend)

        let aging = charts[2]
        #expect(aging.barDirection == "bar")
        #expect(aging.title == "Receivables by age")
        // A bar chart's category axis is the vertical one; the names follow the meaning.
        #expect(aging.axisTitles == ["Days", "Outstanding (yuan)"])
        #expect(!aging.hasLegend)
    }

    // MARK: - Determinism

    @Test(arguments: [false, true])
    func sameContentGivesSameBytes(constantMemory: Bool) throws {
        let folder = try XlsxTestFolder()
        let first = folder.path("first.xlsx")
        let second = folder.path("second.xlsx")
        try XlsxSample.write(at: first, constantMemory: constantMemory)
        // Past a second, so a clock anywhere in the file would show.
        Thread.sleep(forTimeInterval: 1.1)
        try XlsxSample.write(at: second, constantMemory: constantMemory)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first))
        let secondBytes = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(!firstBytes.isEmpty)
        #expect(firstBytes == secondBytes)

        let read = try XlsxReader.read(first)
        #expect(read.zipDates == ["1980-01-01 00:00:00"])
        #expect(read.properties.created?.hasPrefix("2026-11-15T00:00:00") == true)

        // The created date is what is stored: another date, other bytes.
        let third = folder.path("third.xlsx")
        try XlsxSample.write(at: third, constantMemory: constantMemory, created: try XlsxTestFolder.date(2026, 12, 15))
        #expect(try Data(contentsOf: URL(fileURLWithPath: third)) != firstBytes)
    }

    // MARK: - Cell safety

    @Test func formulaLikeTextStaysInertText() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("injection.xlsx")
        let attacks = ["=1+1", "+1", "-1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
                       "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "-12.00"]
        let book = try XlsxWorkbook(path: path, options: XlsxTestFolder.options())
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Input", columns: [XlsxColumn("Value"), XlsxColumn("Wrapped", .wrappedText)]))
        for attack in attacks { try book.append([.text(attack), .text(attack)], to: sheet) }
        try book.append(["plain text", "plain text"], to: sheet)
        try book.close()

        let read = try XlsxReader.read(path)
        #expect(read.formulaCells == 0)
        #expect(read.rawFormulaTags == 0)
        let input = try #require(read.sheet("Input"))
        for (offset, attack) in attacks.enumerated() {
            for column in ["A", "B"] {
                let cell = input.cells["\(column)\(offset + 2)"]
                // libxlsxwriter stores a carriage return as Excel's escape `_x000D_`, which
                // Excel reads back as the character and openpyxl leaves as it is.
                let stored = attack.replacingOccurrences(of: "\r", with: "_x000D_")
                #expect(cell?.value == .text(stored), "\(column)\(offset + 2)")
                #expect(cell?.type == "s", "\(column)\(offset + 2)")
                // Shown as Text with Excel's quote prefix: Excel keeps it text even when the
                // cell is edited.
                #expect(cell?.format == "@", "\(column)\(offset + 2)")
                #expect(cell?.quotePrefix == true, "\(column)\(offset + 2)")
            }
        }
        let plain = input.cells["A\(attacks.count + 2)"]
        #expect(plain?.value == .text("plain text"))
        #expect(plain?.format == "General")
        #expect(plain?.quotePrefix == false)
        // The rewritten zip is sound: every part's CRC checks, the styles part among them.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: try XlsxReader.python())
        check.arguments = ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(1 if z.testzip() else 0)", path]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
        // Written twice, the same bytes.
        let again = folder.path("injection-again.xlsx")
        let second = try XlsxWorkbook(path: again, options: XlsxTestFolder.options())
        let secondSheet = try second.addSheet(XlsxSheetLayout(name: "Input", columns: [XlsxColumn("Value"), XlsxColumn("Wrapped", .wrappedText)]))
        for attack in attacks { try second.append([.text(attack), .text(attack)], to: secondSheet) }
        try second.append(["plain text", "plain text"], to: secondSheet)
        try second.close()
        #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: again))
    }

    @Test func charactersXMLCannotHoldAreRemoved() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("controls.xlsx")
        let book = try XlsxWorkbook(path: path, options: XlsxTestFolder.options())
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Input", columns: [XlsxColumn("Value")]))
        try book.append([.text("a\u{0}b\u{1}c\u{FFFE}d\u{FFFF}e\u{1F}f\tg\nh\u{7F}i")], to: sheet)
        try book.append([.text("A_x0041_B _x00e9_ _x12_")], to: sheet)
        try book.append([.text("\u{0}=1+1")], to: sheet)
        try book.close()

        #expect(book.notices == [
            XlsxCellNotice(sheet: "Input", cell: "A2", reason: .charactersRemoved(count: 5)),
            XlsxCellNotice(sheet: "Input", cell: "A4", reason: .charactersRemoved(count: 1)),
        ])
        let read = try XlsxReader.read(path)
        let input = try #require(read.sheet("Input"))
        #expect(input.value("A2") == .text("abcdef\tg\nh\u{7F}i"))
        // Excel would read `_x0041_` as "A"; the underscore is escaped so the text stays as typed.
        let strings = try #require(read.raw["xl/sharedStrings.xml"])
        #expect(strings.contains("A_x005F_x0041_B _x005F_x00e9_ _x12_"))
        // Once the NUL is gone the text starts with "=", so it is shown as text.
        #expect(input.value("A4") == .text("=1+1"))
        #expect(input.cells["A4"]?.format == "@")
    }

    @Test func textBeyondTheCellLimitIsCutAndReported() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("long.xlsx")
        let book = try XlsxWorkbook(path: path, options: XlsxTestFolder.options())
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Notes", columns: [XlsxColumn("Note", .wrappedText)]))
        let exact = String(repeating: "a", count: 32_767)
        let over = String(repeating: "b", count: 40_000)
        // An emoji is two Excel characters: it cannot straddle the limit.
        let emoji = String(repeating: "c", count: 32_766) + "😀"
        let chinese = String(repeating: "客", count: 32_768)
        for text in [exact, over, emoji, chinese] { try book.append([.text(text)], to: sheet) }
        try book.close()

        #expect(book.notices == [
            XlsxCellNotice(sheet: "Notes", cell: "A3", reason: .truncated(originalLength: 40_000, keptLength: 32_767)),
            XlsxCellNotice(sheet: "Notes", cell: "A4", reason: .truncated(originalLength: 32_768, keptLength: 32_766)),
            XlsxCellNotice(sheet: "Notes", cell: "A5", reason: .truncated(originalLength: 32_768, keptLength: 32_767)),
        ])
        let notes = try #require(try XlsxReader.read(path).sheet("Notes"))
        #expect(notes.value("A2")?.text == exact)
        #expect(notes.value("A3")?.text == String(repeating: "b", count: 32_767))
        #expect(notes.value("A4")?.text == String(repeating: "c", count: 32_766))
        #expect(notes.value("A5")?.text == String(repeating: "客", count: 32_767))
    }

    @Test func nonFiniteNumbersAreNeverWritten() throws {
        let folder = try XlsxTestFolder()
        let path = folder.path("nan.xlsx")
        let book = try XlsxWorkbook(path: path, options: XlsxTestFolder.options())
        let sheet = try book.addSheet(XlsxSheetLayout(name: "Ratios", columns: [XlsxColumn("Ratio", .percent), XlsxColumn("Other")]))
        try book.append([.percent(.nan), .number(.infinity)], to: sheet)
        try book.append([.percent(-.infinity), .number(2.5)], to: sheet)
        try book.close()

        #expect(book.notices == [
            XlsxCellNotice(sheet: "Ratios", cell: "A2", reason: .nonFiniteNumber),
            XlsxCellNotice(sheet: "Ratios", cell: "B2", reason: .nonFiniteNumber),
            XlsxCellNotice(sheet: "Ratios", cell: "A3", reason: .nonFiniteNumber),
        ])
        let read = try XlsxReader.read(path)
        let ratios = try #require(read.sheet("Ratios"))
        #expect(ratios.cells["A2"] == nil)
        #expect(ratios.cells["B2"] == nil)
        #expect(ratios.cells["A3"] == nil)
        #expect(ratios.value("B3") == .number(2.5))
        #expect(read.raw.values.allSatisfy { !$0.contains("NAN") && !$0.contains("INF") })
    }
}
