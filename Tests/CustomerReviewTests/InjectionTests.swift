import Foundation
import Testing
@testable import CustomerReview

/// Input that tries to become something else: a formula in a workbook, markup or script in a
/// page, a path out of the output folder, an escape sequence on a terminal. Every report
/// (monthly, quarterly, weekly, the `--split` handover workbooks) is run on a fixture whose
/// every text field starts with `=`, `+`, `-`, `@`, a tab, a CR or holds markup, and read
/// back: openpyxl for the workbooks, a tag scan for the pages.
@Suite("Injection: formulas, markup, paths and escape sequences from input stay inert text")
struct InjectionTests {
    static let asOf = "2026-11-15"
    /// What spreadsheet formula injection starts with.
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A data folder whose every text field is hostile. Each customer has visits, invoices
    /// and contracts, some are abnormal or unassigned (so they reach every exception list),
    /// and some values are invalid on purpose (so they reach the data issues raw).
    static func hostileData() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("hostile")
        let names = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1:A2)", "<img src=x onerror=alert(1)>",
                     "\"><script>alert(1)</script>", "\t=TAB()", "\r=CR()"]
        let ids = ["=C1", "+C2", "-C3", "@C4", "<C5>", "C6", "C7", "C8"]
        let salespeople = ["=SP()", "+SP", "-SP", "@SP", "<b onmouseover=alert(1)>SP</b>", "=SP()", "", "@SP"]
        let departments = ["=DEPT()", "@DEPT", "-DEPT", "+DEPT", "<svg onload=alert(1)>", "=DEPT()", "@DEPT", ""]
        var customers = [["customer_id", "name", "status", "salesperson", "department", "tier", "relationship",
                          "created_date", "first_business_date", "company_scale", "credit", "cargo_volume",
                          "industry_influence", "address", "phone", "contact", "email", "notes"]]
        for index in ids.indices {
            customers.append([
                ids[index], names[index], index == 5 ? "potential" : "signed", salespeople[index], departments[index],
                index == 7 ? "=A" : ["A", "B", "C"][index % 3], index % 2 == 0 ? "abnormal" : "normal",
                index == 0 ? "\t=1+1" : index == 1 ? "\r@x" : "2026-10-0\(index + 1)", "",
                index == 3 ? "=9" : "90", "88", "70", "50",
                "=ADDR()", "+86 21 5555", "-CONTACT", "@EMAIL", "=NOTES()",
            ])
        }
        try folder.write("customers.csv", csv(customers))
        var visits = [["customer_id", "visit_date", "salesperson", "visit_type", "location", "companions", "contact",
                       "title", "phone", "planned", "actual", "next_steps", "support_needed", "remarks",
                       "approver", "approval_date"]]
        for index in ids.indices {
            visits.append([
                ids[index], index == 2 ? "=TODAY()" : "2026-10-1\(index)", "=VISITOR()", index == 4 ? "@phone" : "on_site",
                "=LOC()", "+COMP", "-MEET", "@TITLE", "=TEL()", "<i onclick=alert(1)>plan</i>", "=ACT()",
                "+NEXT", "-SUPPORT", "@REMARKS", index % 2 == 0 ? "=APPROVER()" : "", index % 2 == 0 ? "2026-10-20" : "",
            ])
            // One visit this month, for the weekly agenda.
            visits.append([ids[index], "2026-11-0\(index + 2)", "=VISITOR()", "on_site"] + Array(repeating: "-x", count: 12))
        }
        try folder.write("visits.csv", csv(visits))
        var receivables = [["invoice_no", "customer_id", "invoice_date", "amount", "received", "due_date", "kind", "volume"]]
        for index in ids.indices {
            receivables.append(["=INV\(index)()", ids[index], "2026-07-1\(index)", "12,345.67", "0", "", "invoice", "1.5"])
            receivables.append(["+INV\(index)", ids[index], "2026-10-1\(index)", "2000", "", "", index == 3 ? "advance" : "invoice", ""])
        }
        // Invoice numbers reach a workbook only through issues: repeat two.
        receivables.append(["=INV0()", "=C1", "2026-10-01", "1", "", "", "invoice", ""])
        receivables.append(["+INV1", "+C2", "2026-10-01", "1", "", "", "invoice", ""])
        receivables.append(["-INV-BAD", "=C1", "2026-10-01", "=1+1", "", "", "-advance", "@1"])
        receivables.append(["@INV-KIND", "+C2", "2026-10-01", "100", "", "", "-advance", ""])
        try folder.write("receivables.csv", csv(receivables))
        var contracts = [["contract_no", "customer_id", "type", "signed_date", "start_date", "end_date"]]
        for index in ids.indices {
            contracts.append(["=HT\(index)()", ids[index], "contract", "2026-01-01", "2026-01-01", "2026-12-01"])
            contracts.append(["@HT\(index)", ids[index], "long_term_agreement", "2026-01-01", "", ""])
        }
        contracts.append(["-HT-BAD", "-C3", "=contract", "\t2026", "", ""])
        try folder.write("contracts.csv", csv(contracts))
        return folder
    }

    /// RFC 4180 text: every field quoted, so tabs, CRs and quotes survive.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// Every report on the hostile data: the files of each run, by name.
    struct Runs {
        let monthly: ReportRun
        let quarterly: ReportRun
        let weekly: ReportRun
        let bySalesperson: ReportRun
        let byDepartment: ReportRun
        let history: TemporaryFolder

        var all: [ReportRun] { [monthly, quarterly, weekly, bySalesperson, byDepartment] }

        /// Every workbook written, as a path.
        var workbooks: [String] {
            all.flatMap { run in run.files.filter { $0.hasSuffix(".xlsx") }.map(run.out.file) }
        }

        var pages: [String] {
            [monthly.out.file("monthly-2026-10.html"), quarterly.out.file("quarterly-2026Q3.html"),
             weekly.out.file("weekly-2026-W47.html")]
        }
    }

    static func runEverything() throws -> Runs {
        let data = try hostileData()
        let history = try TemporaryFolder("hostile-history")
        let common = ["--data", data.path, "--as-of", asOf, "--quiet"]
        let runs = Runs(
            monthly: try ReportRun(["monthly"] + common, label: "inj-monthly"),
            quarterly: try ReportRun(["quarterly", "--history", history.path] + common, label: "inj-quarterly"),
            weekly: try ReportRun(["weekly"] + common, label: "inj-weekly"),
            bySalesperson: try ReportRun(["monthly", "--formats", "json", "--split", "salesperson"] + common, label: "inj-sp"),
            byDepartment: try ReportRun(["monthly", "--formats", "json", "--split", "department"] + common, label: "inj-dept"),
            history: history)
        for run in runs.all {
            #expect(run.result.status == 0, "\(run.result.stderr)")
        }
        return runs
    }

    @Test func noWorkbookCellIsAFormulaAndEveryFormulaLikeTextIsAString() throws {
        let runs = try Self.runEverything()
        let books = runs.workbooks
        // monthly, quarterly, weekly, and one handover workbook per salesperson and department.
        #expect(books.count >= 3 + 5 + 5, "\(books)")
        var texts: Set<String> = []
        for path in books {
            let book = try XlsxReader.read(path)
            let name = (path as NSString).lastPathComponent
            #expect(book.formulaCells == 0, "\(name) has formula cells")
            #expect(book.rawFormulaTags == 0, "\(name) has <f> elements")
            for sheet in book.sheets {
                for (reference, cell) in sheet.cells {
                    guard let raw = cell.value.text else { continue }
                    // libxlsxwriter writes a CR as OOXML's `_x000D_`, which Excel reads as a CR
                    // and openpyxl leaves as it is.
                    let text = raw.hasPrefix("_x000D_") ? "\r" + raw.dropFirst(7) : raw
                    texts.insert(text)
                    guard let first = text.unicodeScalars.first.map(Character.init), Self.formulaTriggers.contains(first) else { continue }
                    #expect(cell.type == "s", "\(name) \(sheet.name)!\(reference) '\(text)' is \(cell.type), not a string")
                    #expect(cell.format == "@", "\(name) \(sheet.name)!\(reference) '\(text)' is not shown as text")
                    #expect(cell.quotePrefix, "\(name) \(sheet.name)!\(reference) '\(text)' has no quote prefix")
                }
            }
        }
        // The hostile values did reach the workbooks (or the checks above prove nothing):
        // names, people, departments, profile and visit form fields, invoice and contract
        // numbers, and the raw values of data issues.
        for expected in ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1:A2)", "=TAB()", "=SP()", "@SP", "-SP",
                         "=DEPT()", "@DEPT", "=ADDR()", "-CONTACT", "=LOC()", "+COMP", "-MEET", "@TITLE", "=TEL()",
                         "=ACT()", "+NEXT", "-SUPPORT", "@REMARKS", "=APPROVER()", "=INV0()", "+INV1", "=HT0()", "@HT1",
                         "=TODAY()", "=1+1", "=9", "-advance", "=A", "=contract"] {
            #expect(texts.contains(expected), "'\(expected)' is in no workbook")
        }
        // Raw values of issues keep their leading tab and CR.
        #expect(texts.contains("\t=1+1"), "the tab-led issue value is in no workbook")
        #expect(texts.contains("\r@x"), "the CR-led issue value is in no workbook")
    }

    @Test func everyPageValueIsEscaped() throws {
        let runs = try Self.runEverything()
        let allowed = try Self.ownTagNames()
        for path in runs.pages {
            let page = try String(contentsOfFile: path, encoding: .utf8)
            let name = (path as NSString).lastPathComponent
            // The helper looks for `src=` anywhere, text included: the escaped `<img src=x` of a
            // customer's name is text, which the tag scan below checks.
            expectSelfContained(page.replacingOccurrences(of: "&lt;img src=x", with: "&lt;img"))
            for tag in Self.tags(in: page) {
                #expect(allowed.contains(tag.name), "\(name): tag <\(tag.name)> comes from no template")
                for attribute in tag.attributes {
                    #expect(!attribute.hasPrefix("on"), "\(name): <\(tag.name)> has an event attribute '\(attribute)'")
                }
            }
            for raw in ["<img", "<script", "<svg onload", "<b onmouseover", "<i onclick", "<C5>"] {
                #expect(!page.contains(raw), "\(name) holds '\(raw)' unescaped")
            }
            #expect(!page.unicodeScalars.contains { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) },
                    "\(name) holds a control character")
        }
        // The hostile markup did reach the pages, escaped.
        let monthly = try String(contentsOfFile: runs.pages[0], encoding: .utf8)
        #expect(monthly.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(monthly.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(monthly.contains("&lt;b onmouseover=alert(1)&gt;SP&lt;/b&gt;"))
        let weekly = try String(contentsOfFile: runs.pages[2], encoding: .utf8)
        #expect(weekly.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func theJSONHoldsTheValuesExactly() throws {
        let runs = try Self.runEverything()
        let json = try JSONParser.parse(runs.monthly.text("monthly-2026-10.json"))
        guard case .array(let customers)? = json["customers"] else {
            Issue.record("no customers")
            return
        }
        let names = customers.compactMap { customer -> String? in
            if case .string(let name)? = customer["name"] { return name }
            return nil
        }
        #expect(Set(names).isSuperset(of: ["=cmd|' /C calc'!A0", "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>"]))
    }

    // MARK: File names

    /// Salesperson and department names that try to leave the folder, hide, clash or
    /// overflow a file name.
    static let pathNames = [
        "../../etc/passwd", "..", ".", "/abs", "/", "a/b", "a_b", "A_B", "a\\b", ".hidden", "...",
        String(repeating: "名", count: 300), "-rf", "con", "\u{202E}gpj.exe", "bell\u{7}", "tab\tname", "  ", "x:y*z?",
    ]

    static func pathData(nulToo: Bool) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("paths")
        var customers = [["customer_id", "name", "status", "salesperson", "department"]]
        for (index, name) in pathNames.enumerated() {
            customers.append(["P\(index)", "公司\(index)", "signed", name, name])
        }
        if nulToo { customers.append(["P-NUL", "公司NUL", "signed", "nul\u{0}name", "nul\u{0}name"]) }
        try folder.write("customers.csv", csv(customers))
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\nP0,2026-10-05,../../etc/passwd\n")
        try folder.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount\nI1,P1,2026-10-05,100\n")
        return folder
    }

    @Test(arguments: HandoverWorkbook.Split.allCases)
    func splitFileNamesCannotLeaveTheOutputFolder(split: HandoverWorkbook.Split) throws {
        let data = try Self.pathData(nulToo: true)
        let parent = try TemporaryFolder("paths-parent")
        let out = parent.file("out")
        let result = try runBinary(["monthly", "--data", data.path, "--as-of", Self.asOf, "--formats", "json",
                                    "--split", split.rawValue, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        // The NUL row is an issue, not a file; its salesperson never reaches a file name.
        #expect(result.stderr.contains("customers.csv line \(Self.pathNames.count + 2)"), "\(result.stderr)")
        // Nothing beside the output folder, nothing outside it, no link.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
        let folderName = "monthly-2026-10-\(split.rawValue)"
        let subfolder = (out as NSString).appendingPathComponent(folderName)
        let all = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        let resolvedOut = URL(fileURLWithPath: out).resolvingSymlinksInPath().path
        for path in all {
            let full = (out as NSString).appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            #expect(attributes[.type] as? FileAttributeType != .typeSymbolicLink, "\(path) is a link")
            #expect(URL(fileURLWithPath: full).resolvingSymlinksInPath().path.hasPrefix(resolvedOut + "/"), "\(path) is outside")
        }
        #expect(Set(all.filter { !$0.hasPrefix(folderName + "/") }) == [".customer-review.lock", "monthly-2026-10.json", folderName])
        let names = try FileManager.default.contentsOfDirectory(atPath: subfolder).sorted()
        // One workbook per name: every name above is a group of its own (the blank one is
        // the unassigned group), and none was merged into another by cleaning.
        #expect(names.count == Self.pathNames.count, "\(names)")
        #expect(Set(names.map { $0.lowercased() }).count == names.count, "two names differ only in case: \(names)")
        for name in names {
            #expect(name.hasSuffix(".xlsx"), "\(name)")
            #expect(!name.hasPrefix(".") && !name.hasPrefix("-") && !name.hasPrefix(" "), "\(name)")
            #expect(!name.contains("/") && !name.contains("\\"), "\(name)")
            #expect(!name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.properties.generalCategory == .format },
                    "\(name) holds a control or format character")
            #expect(name.utf8.count <= 255 - 20, "\(name) is too long for a file system with the temporary suffix")
        }
        // Each workbook is its group's: its title line names the person or department.
        var titled: Set<String> = []
        for name in names {
            let book = try XlsxReader.read((subfolder as NSString).appendingPathComponent(name))
            guard let title = book.sheets.first?.value("A1")?.text, let who = title.components(separatedBy: " — ").last else {
                Issue.record("\(name) has no title")
                continue
            }
            titled.insert(who)
        }
        let expected = Set(Self.pathNames.map { name -> String in
            let shown = String(String.UnicodeScalarView(name.unicodeScalars.filter { XlsxCellSafety.isAllowedInXML($0) }))
            return shown.trimmingCharacters(in: .whitespaces).isEmpty ? Label.unassigned.text(.zh) : shown
        })
        #expect(titled == expected, "titles \(titled.subtracting(expected)) vs names \(expected.subtracting(titled))")
    }

    @Test func safeFileNamesOfHostileNames() {
        #expect(SafeFileName.component("nul\u{0}name", fallback: "x") == "nul_name")
        #expect(SafeFileName.component("\u{202E}gpj.exe", fallback: "x") == "_gpj.exe")
        #expect(SafeFileName.component("/", fallback: "x") == "_")
        #expect(SafeFileName.component("...", fallback: "x") == "x")
        let long = SafeFileName.component(String(repeating: "名", count: 300), fallback: "x")
        #expect(long.utf8.count <= SafeFileName.maximumBytes && long.utf8.count > SafeFileName.maximumBytes - 3)
        // Names that clash only after cleaning, or only in case, stay apart.
        #expect(SafeFileName.distinct(["nul\u{0}name", "nul_name", "nul/name", "NUL_NAME"], fallback: "x")
                == ["nul_name", "nul_name (2)", "nul_name (3)", "NUL_NAME (4)"])
        // Cut names that clash get their number after the cut, still within the limit.
        let cut = SafeFileName.distinct([String(repeating: "名", count: 300), String(repeating: "名", count: 301)], fallback: "x")
        #expect(cut[0] != cut[1] && cut.allSatisfy { $0.utf8.count <= SafeFileName.maximumBytes + 8 })
    }

    // MARK: Terminal

    @Test func issueLinesCarryNoControlCharacters() throws {
        let issue = DataIssue(file: "visits.csv", line: 4, column: "visit\u{1B}[31m_date", value: "2026\u{1B}]0;owned\u{7}\n-10\u{0}\u{9B}",
                              problem: .notADate, effect: .rowLeftOut)
        let line = issue.line(.en)
        #expect(!line.unicodeScalars.contains { ConsoleText.needsEscape($0) }, "\(line)")
        #expect(line.contains("'2026\\u{1B}]0;owned\\u{7}\\n-10\\u{0}\\u{9B}'"), "\(line)")
        #expect(line.contains("visit\\u{1B}[31m_date"), "\(line)")
        #expect(ConsoleText.oneLine("张伟 \u{202E}abc") == "张伟 \\u{202E}abc")
        #expect(ConsoleText.oneLine("plain 文字") == "plain 文字")
    }

    @Test func validateAndErrorsPrintNoControlCharactersFromTheFiles() throws {
        let folder = try TemporaryFolder("escape")
        try folder.write("customers.csv", "customer_id,name,status\nC1,\u{1B}[2J\u{1B}]0;title\u{7},signed\nC2,x,\u{1B}[31mred\n")
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\nC1,\"2026-10\n-01\",张伟\n")
        try folder.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount\n")
        let result = try runBinary(["validate", "--data", folder.path, "--as-of", Self.asOf])
        #expect(result.status == 0)
        #expect(result.stdout.contains("customers.csv line 3, status: '\\u{1B}[31mred' is not a customer status"), "\(result.stdout)")
        #expect(result.stdout.contains("visits.csv line 2, visit_date: '2026-10\\n-01' is not a date"), "\(result.stdout)")
        #expect(!result.stdout.unicodeScalars.contains { $0 != "\n" && ConsoleText.needsEscape($0) })
        // An error naming a header shows it the same way.
        try folder.write("visits.csv", "customer_id,\u{1B}[8mvisit_date,salesperson\n")
        let failed = try runBinary(["validate", "--data", folder.path, "--as-of", Self.asOf])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("'\\u{1B}[8mvisit_date'"), "\(failed.stderr)")
        #expect(!failed.stderr.unicodeScalars.contains { $0 != "\n" && ConsoleText.needsEscape($0) })
        // So does `inspect` listing the columns.
        let inspected = try runBinary(["inspect", folder.file("visits.csv")])
        #expect(inspected.stdout.contains("\\u{1B}[8mvisit_date"), "\(inspected.stdout)")
        #expect(!inspected.stdout.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && ConsoleText.needsEscape($0) })
    }

    @Test func controlCharactersInPageValuesBecomeReplacementCharacters() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{9B}f") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f")
        #expect(HTMLEscaping.escape("tab\tline\nfeed\u{C}cr\r¢é") == "tab\tline\nfeed\u{C}cr\r¢é")
        #expect(HTMLEscaping.escape("<\u{0}>") == "&lt;\u{FFFD}&gt;")
    }

    // MARK: Page scanning

    struct Tag {
        var name: String
        var attributes: [String]
    }

    /// Start tags of a page (comments, the doctype and end tags skipped), with their
    /// attribute names, lowercased.
    static func tags(in page: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = page[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first.isLetter else { continue }
            let end = rest.firstIndex(of: ">") ?? rest.endIndex
            let inside = rest[..<end]
            let name = String(inside.prefix { $0.isLetter || $0.isNumber }).lowercased()
            var attributes: [String] = []
            var body = inside.dropFirst(name.count)
            // Attribute values are quoted in every template; skip them whole.
            while let character = body.first {
                if character == "\"" || character == "'" {
                    body = body.dropFirst()
                    body = body.drop { $0 != character }.dropFirst()
                } else if character.isLetter {
                    let attribute = body.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }
                    attributes.append(attribute.lowercased())
                    body = body.dropFirst(attribute.count)
                } else {
                    body = body.dropFirst()
                }
            }
            tags.append(Tag(name: name, attributes: attributes))
            rest = rest[end...]
        }
        return tags
    }

    /// Every element name our templates and page code write: a tag in a page that is not
    /// one of these came from input.
    static func ownTagNames() throws -> Set<String> {
        var names: Set<String> = []
        let folders = ["templates", "Sources/CustomerReview/Output/Html"]
        for folder in folders {
            let path = (repositoryRoot as NSString).appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: path) {
                let text = try String(contentsOfFile: (path as NSString).appendingPathComponent(file), encoding: .utf8)
                for tag in tags(in: text) { names.insert(tag.name) }
            }
        }
        return names
    }
}
