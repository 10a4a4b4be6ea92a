import Foundation
import Testing
@testable import CustomerReview

@Suite("Since last month (环比): money changes, findings new and resolved, compliance change")
struct MonthOverMonthTests {
    typealias Row = MonthlySnapshot.Row

    static func current(_ id: String, _ status: CustomerStatus = .signed, _ rules: [PolicyFinding.Rule]) -> MonthOverMonth.Current {
        var set = PolicyFinding.RuleSet()
        for r in rules { set.insert(r) }
        return MonthOverMonth.Current(customerID: id, name: "n" + id, status: status, salesperson: "张伟",
                                      receivables: ReceivablePosition(bucketCount: 5), rules: set)
    }

    static let previous = MonthlySnapshot(month: YearMonth(year: 2026, month: 9), rows: [
        MonthlySnapshotTests.row("KEEP", findings: [.visitShortfall, .overdue]),
        MonthlySnapshotTests.row("ELIM", findings: [.visitShortfall, .abnormalRelationship]),
        MonthlySnapshotTests.row("GONE", name: "gone", findings: [.overCreditLimit]),
        MonthlySnapshotTests.row("CLEAN"),
    ])

    @Test func findingsNewAndResolvedByCustomerAndRule() {
        let (new, resolved) = MonthOverMonth.findingChanges([
            Self.current("KEEP", .signed, [.overdue, .unscored]),      // overdue kept, unscored new, shortfall resolved
            Self.current("ELIM", .eliminated, [.abnormalRelationship]), // eliminated since: shortfall resolved
            Self.current("NEW", .signed, [.visitShortfall]),            // new this month: every finding new
            Self.current("CLEAN", .signed, []),
        ], previous: Self.previous)
        #expect(new.map { "\($0.customerID) \($0.rule.rawValue)" } == ["KEEP unscored", "NEW visit_shortfall"])
        #expect(resolved.map { "\($0.customerID) \($0.rule.rawValue) \($0.customerGone?.rawValue ?? "-")" } == [
            "KEEP visit_shortfall -", "ELIM visit_shortfall eliminated", "GONE over_credit_limit not_in_customers",
        ])
    }

    @Test func moneyChangesAndNewCustomers() {
        var position = ReceivablePosition(bucketCount: 5)
        position.outstanding = Money(fen: 500_00)
        position.overThreeMonths = Money(fen: 100_00)
        position.overdue = Money(fen: 0)
        let previous = MonthlySnapshotTests.row("A", over3: 250_00)
        let change = MonthOverMonth.customerChange(position, status: .signed, previous: previous)
        #expect(change.outstanding == Money(fen: 500_00 + 1_00))
        #expect(change.overThreeMonths == Money(fen: -150_00))
        #expect(change.overdue == Money(fen: 0) - previous.overdue)
        let new = MonthOverMonth.customerChange(position, status: .signed, previous: nil)
        #expect(new.isNew && new.outstanding == nil && new.overThreeMonths == nil)
    }

    @Test(arguments: [(0, 0, nil), (0, 3, 0), (1, 3, 333), (2, 3, 667), (1, 8, 125), (1, 2000, 1), (1, 2001, 0), (3, 3, 1000)] as [(Int, Int, Int?)])
    func complianceIsRoundedHalfUpPerMille(meeting: Int, with: Int, expected: Int?) {
        #expect(MonthOverMonth.compliancePerMille(meeting: meeting, withRequirement: with) == expected)
    }

    @Test func previousComplianceByLastMonthsSalesperson() {
        let snapshot = MonthlySnapshot(month: YearMonth(year: 2026, month: 9), rows: [
            MonthlySnapshotTests.row("1", salesperson: "甲", onSite: 2, required: 2),
            MonthlySnapshotTests.row("2", salesperson: "甲", onSite: 0, required: 1),
            MonthlySnapshotTests.row("3", salesperson: "乙", onSite: 0, required: nil),
            MonthlySnapshotTests.row("4", salesperson: nil, onSite: 1, required: 1),
        ])
        let by = MonthOverMonth.previousCompliance(snapshot) { $0.salesperson }
        #expect(by["甲"] == 500)
        #expect(by["乙"] == nil)
        #expect(by[nil] == 1000)
        let change = MonthOverMonth.ComplianceChange(name: "甲", current: 667, previous: 500)
        #expect(change.change == 167)
        #expect(MonthOverMonth.ComplianceChange(name: "乙", current: 667, previous: nil).change == nil)
    }

    @Test func largestIncreasesFirstTiesInOrder() {
        func c(_ fen: Int64?) -> MonthOverMonth.CustomerChange {
            MonthOverMonth.CustomerChange(previous: fen == nil ? nil : MonthOverMonth.PreviousMonth(MonthlySnapshotTests.row("x")), overThreeMonths: fen.map(Money.init(fen:)))
        }
        #expect(MonthOverMonth.largestIncreases([c(5), c(nil), c(-3), c(9), c(5), c(0)]) == [3, 0, 4])
    }

    /// September then October of the small fixture into one history folder.
    @Test func octoberComparesWithSeptember() throws {
        let history = try TemporaryFolder("history")
        let september = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--period", "2026-09",
                                       "--history", history.path, "--formats", "json", "--quiet"])
        #expect(september.result.status == 0, "\(september.result.stderr)")
        let sepJSON = try JSONParser.parse(try september.text("monthly-2026-09.json"))
        #expect(sepJSON["changes"] == .null)
        let october = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(october.result.status == 0, "\(october.result.stderr)")
        let json = try JSONParser.parse(try october.text("monthly-2026-10.json"))
        let changes = try #require(json["changes"])
        #expect(changes["previous_period"] == .string("2026-09"))
        guard case .array(let customers)? = json["customers"], case .array(let sepCustomers)? = sepJSON["customers"] else {
            Issue.record("no customers"); return
        }
        for (oct, sep) in zip(customers, sepCustomers) {
            let previous = try #require(oct["previous"])
            #expect(previous["over_3_months"] == sep["receivables"]?["over_3_months"])
            #expect(previous["flags"] == sep["flags"])
        }
        // Every new finding is a flag of October not of September, and the reverse for resolved.
        guard case .array(let new)? = changes["findings_new"], case .array(let resolved)? = changes["findings_resolved"] else {
            Issue.record("no finding changes"); return
        }
        func flags(_ list: [JSONValue], _ id: JSONValue?) -> [JSONValue] {
            guard case .array(let f)? = list.first(where: { $0["customer_id"] == id })?["flags"] else { return [] }
            return f
        }
        for f in new { #expect(flags(customers, f["customer_id"]).contains(f["rule"] ?? .null)) }
        for f in resolved { #expect(flags(sepCustomers, f["customer_id"]).contains(f["rule"] ?? .null)) }
        let page = try october.text("monthly-2026-10.html")
        #expect(page.contains(Label.sectionSinceLastMonth.text(.zh)))
        #expect(page.contains("id=\"since-new\""))
        let book = try XlsxReader.read(october.out.file("monthly-2026-10.xlsx"))
        let sheet = try #require(book.sheet("环比"))
        #expect(sheet.value("A3") != nil)
        #expect(book.sheet("客户") != nil)
    }
    /// Counted from last month's snapshot as the file has it: a row dropped from it makes a
    /// customer new this month, a row of a customer no longer in customers.csv departed.
    @Test func newAndDepartedCustomersCountedAgainstTheSnapshot() throws {
        let history = try TemporaryFolder("history")
        let september = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--period", "2026-09",
                                       "--history", history.path, "--formats", "json", "--quiet"])
        #expect(september.result.status == 0, "\(september.result.stderr)")
        let file = history.file("monthly-2026-09.csv")
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: .newlines)
            .filter { !$0.isEmpty }
        #expect(lines.count > 3)
        let dropped = lines.remove(at: 2)
        let gone = "GONE-1,离开的客户,signed,,,B,0,,,0.00,0.00,0.00,0.00,0.00,over_credit_limit"
        lines += [gone, gone.replacingOccurrences(of: "GONE-1", with: "GONE-2")]
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let october = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                     "--formats", "json", "--quiet"])
        #expect(october.result.status == 0, "\(october.result.stderr)")
        let changes = try #require(try JSONParser.parse(try october.text("monthly-2026-10.json"))["changes"])
        #expect(changes["new_customers"] == .number("1"), "dropped \(dropped)")
        #expect(changes["departed_customers"] == .number("2"))
        guard case .array(let resolved)? = changes["findings_resolved"] else { Issue.record("no resolved findings"); return }
        #expect(resolved.filter { $0["customer_gone"] == .string("not_in_customers") }.count == 2)
    }
}
