import Foundation
import Testing
@testable import CustomerReview

/// 客户评估 end to end: evaluations.csv through the quarterly report, and the committee's
/// forms filled in, saved as CSV and read back.
@Suite struct EvaluationReportTests {
    /// A copy of the small fixture without its evaluations.csv.
    static func fixtureWithoutEvaluations() throws -> TemporaryFolder {
        let data = try TemporaryFolder("evaluation-data")
        for name in ["customers.csv", "visits.csv", "receivables.csv", "contracts.csv"] {
            try data.write(name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: (smallFixture as NSString).appendingPathComponent(name)))))
        }
        return data
    }

    @Test func quarterlyReportShowsTheCommittee() throws {
        let history = try TemporaryFolder("history")
        let run = try ReportRun(["quarterly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let json = try JSONParser.parse(run.text("quarterly-2026Q3.json"))
        let committee = try #require(json["committee"])
        // C001 by all four groups; C003 without 公司高层; C004 and C005 by one group; the rest not at all.
        #expect(committee["evaluated"] == .integer(4))
        #expect(committee["complete"] == .integer(1))
        #expect(committee["to_evaluate"] == .integer(7))
        #expect(committee["blank_form_rows"] == .integer(1))
        guard case .array(let incomplete)? = committee["incomplete"], case .array(let disagreements)? = committee["disagreements"] else {
            Issue.record("no lists")
            return
        }
        #expect(incomplete.first == .object([("customer_id", .string("C003")), ("missing_groups", .array([.string("management")]))]))
        // C003's credit standing: 运管中心 40, 营销中心 80, 财务部 62 — 40 points apart.
        #expect(disagreements.first?["customer_id"] == .string("C003"))
        #expect(disagreements.first?["indicator"] == .string("credit"))
        #expect(disagreements.first?["spread"] == .number("40.00"))
        // Company scale: the committee for C001, C003, C004, C005; the export for C002 and C007;
        // nothing for C008, whose score 101 was refused (and there is no capital to measure).
        let sources = try jsonArray(json["score_sources"], "score_sources")
        #expect(sources.first == .object([("indicator", .string("company_scale")), ("committee", .integer(4)),
                                          ("export", .integer(2)), ("criteria", .integer(0)), ("none", .integer(1))]))
        let c004 = try #require(Self.customer("C004", in: json))
        // 运管中心's two evaluators of industry influence: (85 + 85.01) / 2 = 85.005 → 85.01.
        #expect(Self.indicator(3, of: c004)?["committee"]?["score"] == .number("85.01"))
        #expect(Self.indicator(3, of: c004)?["source"] == .string("committee"))
        let workbook = try XlsxReader.read(run.out.file("quarterly-2026Q3.xlsx"))
        for name in ["客户评估表", "评估小组", "临界客户", "界限测算"] {
            #expect(workbook.sheet(name) != nil, "\(name)")
        }
        // The highlights test the columns they are about, found by their headers (row 3).
        for (sheetName, header, formula) in [("客户", "调整", "=\"降级\""), ("评估小组", "分差", ">30"),
                                             ("客户评估表", "来源", "=\"无得分\"")] {
            let sheet = try #require(workbook.sheet(sheetName))
            let cell = try #require(sheet.cells.first { $0.key.hasSuffix("3") && $0.key.dropLast().allSatisfy(\.isLetter)
                && $0.value.value == .text(header) }, "\(sheetName): no column '\(header)'")
            let column = String(cell.key.dropLast())
            #expect(sheet.conditional.contains { $0.formulas.contains { $0.contains("$\(column)4\(formula)") } },
                    "\(sheetName): no highlight on \(header) (column \(column)): \(sheet.conditional)")
        }
        let page = try run.text("quarterly-2026Q3.html")
        for id in ["evaluation-incomplete", "evaluation-disagreements", "near-bound", "chart-bound-sensitivity"] {
            #expect(page.contains("id=\"\(id)"), "\(id)")
        }
    }

    static func customer(_ id: String, in json: JSONValue) -> JSONValue? {
        guard case .array(let customers)? = json["customers"] else { return nil }
        return customers.first { $0["customer_id"] == .string(id) }
    }

    static func indicator(_ k: Int, of customer: JSONValue) -> JSONValue? {
        guard case .array(let items)? = customer["score_breakdown"]?["indicators"], k < items.count else { return nil }
        return items[k]
    }

    @Test func withoutEvaluationsTheExportScoresStand() throws {
        let data = try Self.fixtureWithoutEvaluations()
        let history = try TemporaryFolder("history")
        let run = try ReportRun(["quarterly", "--data", data.path, "--as-of", "2026-11-15", "--history", history.path,
                                 "--quiet", "--formats", "json"])
        let json = try JSONParser.parse(run.text("quarterly-2026Q3.json"))
        #expect(json["committee"]?["evaluations_file"] == .bool(false))
        let c001 = try #require(Self.customer("C001", in: json))
        #expect(Self.indicator(0, of: c001)?["source"] == .string("export"))
        // C005 lacks company_scale and no measure gives one: unscored, never 0.
        #expect(Self.customer("C005", in: json)?["score"] == .null)
    }

    /// The form of one group, filled in with openpyxl, saved as CSV — GBK like Excel's "CSV" on a
    /// Chinese Windows, or UTF-8 with a byte order mark like its "CSV UTF-8" — and read back by
    /// the quarterly run.
    @Test(arguments: ["gbk", "utf-8-sig"])
    func formsRoundTripThroughSaveAsCSV(encoding: String) throws {
        let data = try Self.fixtureWithoutEvaluations()
        let forms = try ReportRun(["evaluation-forms", "--data", data.path, "--as-of", "2026-11-15", "--quiet"])
        #expect(forms.result.status == 0, "\(forms.result.stderr)")
        #expect(forms.files.filter { $0.hasSuffix(".xlsx") } == [
            "evaluation-form-2026Q3-公司高层.xlsx", "evaluation-form-2026Q3-营销中心.xlsx",
            "evaluation-form-2026Q3-财务部.xlsx", "evaluation-form-2026Q3-运管中心.xlsx",
        ])
        let form = forms.out.file("evaluation-form-2026Q3-财务部.xlsx")
        let book = try XlsxReader.read(form)
        let sheet = try #require(book.sheets.first)
        #expect(sheet.name == "客户评估表")
        #expect(sheet.value("A1") == .text("客户编号"))
        #expect(sheet.validations.contains { $0.type == "decimal" && $0.formula1 == "0" && $0.formula2 == "100" })
        let csv = try Self.fillAndSaveAsCSV(form, to: data.file("evaluations.csv"), encoding: encoding)
        #expect(csv.count > 3)
        let history = try TemporaryFolder("history")
        let run = try ReportRun(["quarterly", "--data", data.path, "--as-of", "2026-11-15", "--history", history.path,
                                 "--formats", "json"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(!run.result.stderr.contains("evaluations.csv line"), "\(run.result.stderr)")
        let json = try JSONParser.parse(run.text("quarterly-2026Q3.json"))
        let c001 = try #require(Self.customer("C001", in: json))
        // Filled in: 77.5 for company scale, 66 for credit standing, cargo volume left empty.
        #expect(Self.indicator(0, of: c001)?["committee"]?["score"] == .number("77.50"))
        #expect(Self.indicator(0, of: c001)?["source"] == .string("committee"))
        #expect(Self.indicator(2, of: c001)?["source"] == .string("export"))
        // Every signed and potential customer is on the form: all seven were evaluated.
        #expect(json["committee"]?["evaluated"] == .integer(7))
        // The finance group's rows only: every other group is missing.
        let incomplete = try jsonArray(json["committee"]?["incomplete"], "committee.incomplete")
        #expect(incomplete.first?["missing_groups"] == .array([.string("operations"), .string("marketing"), .string("management")]))
    }

    @Test func groupNamesMakeSafeDistinctFileNames() throws {
        let data = try Self.fixtureWithoutEvaluations()
        let config = try data.write("policy.json", #"{"evaluation": {"groups": [{"id": "a", "name": "../财务"}, {"id": "b", "name": "..\\财务"}]}}"#)
        let forms = try ReportRun(["evaluation-forms", "--data", data.path, "--as-of", "2026-11-15", "--config", config, "--quiet"])
        #expect(forms.result.status == 0, "\(forms.result.stderr)")
        let written = forms.files.filter { $0.hasSuffix(".xlsx") }
        #expect(written.count == 2, "\(written)")
        #expect(written.allSatisfy { !$0.contains("/") && $0.hasPrefix("evaluation-form-2026Q3-") }, "\(written)")
    }

    /// Fills the form's evaluator, date and two scores on every row, and writes the first
    /// sheet as CSV (dates as the cells show them, numbers as Excel writes them).
    static func fillAndSaveAsCSV(_ form: String, to csv: String, encoding: String) throws -> [UInt8] {
        let script = #"""
import sys, csv, datetime, openpyxl
form, out, encoding = sys.argv[1], sys.argv[2], sys.argv[3]
book = openpyxl.load_workbook(form)
sheet = book.worksheets[0]
header = [c.value for c in sheet[1]]
col = {name: i for i, name in enumerate(header)}
for row in sheet.iter_rows(min_row=2):
    row[col["评估人"]].value = "冯洁"
    row[col["评估日期"]].value = datetime.datetime(2026, 9, 18)
    row[col["公司规模"]].value = 77.5
    row[col["资信状况"]].value = 66
book.save(form)
book = openpyxl.load_workbook(form)
sheet = book.worksheets[0]
def text(v):
    if v is None: return ""
    if isinstance(v, datetime.datetime): return v.strftime("%Y/%m/%d")
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)
with open(out, "w", encoding=encoding, newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for row in sheet.iter_rows(values_only=True):
        w.writerow([text(v) for v in row])
"""#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XlsxReader.python())
        process.arguments = ["-c", script, form, csv, encoding]
        let (_, errors) = try runCapturingOutput(process)
        guard process.terminationStatus == 0 else {
            throw XlsxReader.Failure(description: "filling the form failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: csv)))
    }
}
