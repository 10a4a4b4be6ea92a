import Foundation
import Testing
@testable import CustomerReview

func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) }
}

@Suite("One table of labels, complete in both languages")
struct LabelsTests {
    @Test func everyLabelHasBothLanguages() {
        for label in Label.allCases {
            let zh = label.text(.zh)
            let en = label.text(.en)
            #expect(!zh.isEmpty && !en.isEmpty, "\(label)")
            #expect(!hasCJK(en), "\(label): English text '\(en)' holds Chinese")
            #expect(hasCJK(zh), "\(label): Chinese text '\(zh)' holds no Chinese")
        }
    }

    @Test func sheetNamesFitExcelAndAreDistinct() {
        let sheets = Label.allCases.filter { $0.rawValue.hasPrefix("sheet") }
        for language in ReportLanguage.allCases {
            let names = sheets.map { $0.text(language) }
            #expect(Set(names.map { $0.lowercased() }).count == names.count, "\(language)")
            for name in names {
                #expect(name.utf16.count <= 31 && !name.contains { "[]:*?/\\".contains($0) }, "\(name)")
            }
        }
    }

    @Test func findingsAndFormFieldsInBothLanguages() {
        let customer = Customer(id: "C1", name: "Acme", status: .signed, salesperson: "Zhang")
        for rule in PolicyFinding.Rule.allCases {
            let finding = PolicyFinding(rule: rule, customer: customer, amount: Money(fen: 12_345), required: 2, done: 1,
                                        date: CalendarDate(year: 2026, month: 12, day: 1), reference: "HT-1")
            #expect(!hasCJK(FindingText.title(rule, .en)) && !hasCJK(FindingText.detail(finding, .en)), "\(rule)")
            #expect(hasCJK(FindingText.title(rule, .zh)) && hasCJK(FindingText.detail(finding, .zh)), "\(rule)")
        }
        for field in ProfileField.allCases {
            #expect(!hasCJK(ProfileNames.title(field, .en)) && hasCJK(ProfileNames.title(field, .zh)), "\(field)")
        }
        for field in VisitFormField.allCases {
            #expect(!hasCJK(VisitFormNames.title(field, .en)) && hasCJK(VisitFormNames.title(field, .zh)), "\(field)")
        }
        // The data problems' messages: WordsTests, every kind enumerated.
    }

    @Test func anEnglishRunHasNoChineseOutsideTheData() throws {
        // ASCII-only data, so any Chinese in the output comes from the program's own words.
        let data = try TemporaryFolder("ascii")
        try data.write("customers.csv", """
            customer_id,name,status,salesperson,department,tier,relationship,company_scale,credit,cargo_volume,industry_influence
            A1,Acme Freight,signed,Zhang,East,A,abnormal,90,90,90,90
            A2,Beta Logistics,potential,,East,,normal,50,50,,50
            """)
        try data.write("visits.csv", "customer_id,visit_date,salesperson,visit_type\nA1,2026-10-03,Zhang,phone\nA9,2026-10-03,Zhang,on_site\n")
        try data.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount\nI1,A1,2026-06-01,1000000.00\n")
        try data.write("contracts.csv", "contract_no,customer_id,type,signed_date,end_date\nK1,A1,contract,2025-01-01,2026-12-01\n")
        for command in ["monthly", "quarterly", "weekly"] {
            let run = try ReportRun([command, "--data", data.path, "--as-of", "2026-11-15", "--lang", "en", "--quiet",
                                     "--split", "salesperson"].filter { command == "monthly" || ($0 != "--split" && $0 != "salesperson") })
            #expect(run.result.status == 0, "\(command): \(run.result.stderr)")
            for file in run.files where file.hasSuffix(".html") || file.hasSuffix(".json") {
                let text = try run.text(file)
                let chinese = text.unicodeScalars.filter { hasCJK(String($0)) }
                #expect(chinese.isEmpty, "\(file) holds \(String(String.UnicodeScalarView(chinese.prefix(20))))")
            }
            for file in run.files where file.hasSuffix(".xlsx") {
                let book = try XlsxReader.read(run.out.file(file))
                for sheet in book.sheets {
                    #expect(!hasCJK(sheet.name), "\(file): \(sheet.name)")
                    for (reference, cell) in sheet.cells {
                        if let text = cell.value.text { #expect(!hasCJK(text), "\(file) \(sheet.name)!\(reference): \(text)") }
                    }
                }
            }
        }
    }
}
