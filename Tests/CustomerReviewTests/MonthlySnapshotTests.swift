import Foundation
import Testing
@testable import CustomerReview

@Suite("The monthly snapshot: written by every monthly run, read back exactly, damage stops the run")
struct MonthlySnapshotTests {
    static func row(_ id: String, name: String = "x", status: CustomerStatus = .signed, salesperson: String? = "张伟",
                    tier: Tier? = .a, onSite: Int = 2, required: Int? = 2, over3: Int64 = 0,
                    findings: [PolicyFinding.Rule] = []) -> MonthlySnapshot.Row {
        var set = PolicyFinding.RuleSet()
        for rule in findings { set.insert(rule) }
        return MonthlySnapshot.Row(customerID: id, name: name, status: status, salesperson: salesperson, department: "华东",
                                   tier: tier, onSite: onSite, required: required,
                                   shortfall: required.map { max(0, $0 - onSite) }, invoiced: Money(fen: 123_45),
                                   outstanding: Money(fen: -1_00), currentMonth: .zero, overThreeMonths: Money(fen: over3),
                                   overdue: Money(fen: 999_999_999_999_99), findings: set)
    }

    /// Names as customers.csv can give them: trimmed at both ends (as every input value is),
    /// with anything inside.
    static let hostileNames = [
        "a,b", "say \"hi\"", "line\nbreak", "cr\ronly", "crlf\r\nend", "\"", "\"\u{301}quote with a combining mark",
        "e\u{301}\n\u{301}", "tab\there", "semi;colon", "=HYPERLINK(\"http://x\")", "上海鸿运, 物流", "x\r\n\u{301}", "\u{301}\rx", "a\u{3000}b",
    ]

    @Test func hostileNamesRoundTrip() throws {
        let folder = try TemporaryFolder("snapshot")
        var rows = Self.hostileNames.enumerated().map { Self.row("ID\($0.offset)", name: $0.element) }
        rows.append(Self.row("id, with \"quotes\"\r\nend", name: "n", status: .eliminated, salesperson: "王\n芳",
                             tier: nil, required: nil, findings: [.abnormalRelationship, .unscored, .noSalesperson]))
        let snapshot = MonthlySnapshot(month: YearMonth(year: 2026, month: 10), rows: rows)
        let path = try folder.write("monthly-2026-10.csv", bytes: SnapshotFile.bytes(snapshot))
        let back = try MonthlySnapshot.read(path, month: snapshot.month)
        #expect(back == snapshot)
        #expect(back.rows.map(\.name) == rows.map(\.name))
        #expect(back["id, with \"quotes\"\r\nend"]?.findings.rules == [.abnormalRelationship, .unscored, .noSalesperson])
    }

    @Test(arguments: [
        ("C1,x,signed,,,Z,2,2,0,1.00,1.00,0.00,0.00,0.00,", "tier 'Z' is not A, B or C"),
        ("C1,x,maybe,,,A,2,2,0,1.00,1.00,0.00,0.00,0.00,", "status 'maybe'"),
        ("C1,x,signed,,,A,-1,2,0,1.00,1.00,0.00,0.00,0.00,", "on_site '-1' is not a count"),
        ("C1,x,signed,,,A,2,2,0,1.0,1.00,0.00,0.00,0.00,", "invoiced '1.0' is not an amount"),
        ("C1,x,signed,,,A,2,2,0,1.00,1.00,0.00,0.00,0.00,overdue made_up", "finding 'made_up' is not a rule code"),
        ("C1,x,signed,,,A,2,2,0,1.00,1.00,0.00,0.00", "fields"),
        ("C0,again,signed,,,A,2,2,0,1.00,1.00,0.00,0.00,0.00,", "customer 'C0' is listed twice"),
    ])
    func damageNamesFileAndLine(row: String, message: String) throws {
        let header = MonthlySnapshot.header.joined(separator: ",")
        let folder = try TemporaryFolder("snapshot")
        let path = try folder.write("monthly-2026-09.csv", "\(header)\nC0,ok,signed,,,A,2,2,0,1.00,1.00,0.00,0.00,0.00,\n\(row)\n")
        // Read whole as last month, and for its figures as an older month of the history
        // (where a customer listed twice is found by its place).
        let reads: [() throws -> Void] = [
            { _ = try MonthlySnapshot.read(path, month: YearMonth(year: 2026, month: 9)) },
            { _ = try MonthlyHistory.read(folder: folder.path, window: MonthWindow(last: YearMonth(year: 2026, month: 10)),
                                          indexByID: ["C0": 0, "C1": 1]) },
        ]
        for read in reads {
            do {
                try read()
                Issue.record("a damaged snapshot was read")
            } catch let error as ReviewError {
                #expect(error.message.contains("history/monthly-2026-09.csv line 3: the monthly snapshot is damaged"), "\(error.message)")
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
    }

    /// In the history, a customer listed twice is found whether or not it is one of the
    /// report's customers.
    @Test func historyFindsACustomerListedTwiceWhoIsNotACustomerNow() throws {
        let header = MonthlySnapshot.header.joined(separator: ",")
        let folder = try TemporaryFolder("snapshot-twice")
        let line = "GONE,x,signed,,,A,2,2,0,1.00,1.00,0.00,0.00,0.00,"
        _ = try folder.write("monthly-2026-09.csv", "\(header)\nC0,ok,signed,,,A,2,2,0,1.00,1.00,0.00,0.00,0.00,\n\(line)\n\(line)\n")
        do {
            _ = try MonthlyHistory.read(folder: folder.path, window: MonthWindow(last: YearMonth(year: 2026, month: 10)),
                                        indexByID: ["C0": 0])
            Issue.record("a damaged snapshot was read")
        } catch let error as ReviewError {
            #expect(error.message.contains("line 4: the monthly snapshot is damaged: customer 'GONE' is listed twice"), "\(error.message)")
        }
    }

    @Test func moneyOfTheSnapshot() {
        #expect(SnapshotMoney.parse("0.00") == .zero)
        #expect(SnapshotMoney.parse("-12.05") == Money(fen: -1205))
        #expect(SnapshotMoney.parse("92233720368547758.07") == Money(fen: Int64.max))
        #expect(SnapshotMoney.parse("92233720368547758.08") == nil)
        for bad in ["", "1", "1.0", "1,000.00", "¥1.00", "1.00 ", "+1.00", "1.000", "--1.00", ".00"] {
            #expect(SnapshotMoney.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func everyMonthlyRunWritesItsMonthAndOnlyIt() throws {
        let history = try TemporaryFolder("history")
        // Another month's snapshot (read for the streaks and trends, never written).
        let older = "\u{FEFF}" + MonthlySnapshot.header.joined(separator: ",") + "\r\nC001,x,signed,,,A,2,2,0,1.00,0.00,0.00,0.00,0.00,\r\n"
        let other = try history.write("monthly-2026-08.csv", older)
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                 "--formats", "json", "--quiet"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let first = try history.read("monthly-2026-10.csv")
        let snapshot = try MonthlySnapshot.read(history.file("monthly-2026-10.csv"), month: YearMonth(year: 2026, month: 10))
        let json = try JSONParser.parse(try run.text("monthly-2026-10.json"))
        guard case .array(let customers)? = json["customers"] else { Issue.record("no customers"); return }
        #expect(snapshot.rows.count == customers.count)
        for (row, customer) in zip(snapshot.rows, customers) {
            #expect(customer["customer_id"] == .string(row.customerID))
            #expect(customer["receivables"]?["over_3_months"] == .number(row.overThreeMonths.description))
            #expect(customer["receivables"]?["outstanding"] == .number(row.outstanding.description))
            #expect(customer["visits"]?["on_site"] == .number(String(row.onSite)))
            guard case .array(let flags)? = customer["flags"] else { continue }
            #expect(flags.compactMap { if case .string(let s) = $0 { s } else { nil } } == row.findings.rules.map(\.rawValue))
        }
        // A rerun of the month replaces it (same bytes here); another month's file is untouched.
        let again = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                   "--formats", "json", "--quiet"])
        #expect(again.result.status == 0)
        #expect(try history.read("monthly-2026-10.csv") == first)
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == Data(older.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: history.path).sorted() == ["monthly-2026-08.csv", "monthly-2026-10.csv"])
    }

    @Test func damagedPreviousMonthStopsTheRunBeforeAnythingIsWritten() throws {
        let history = try TemporaryFolder("history")
        try history.write("monthly-2026-09.csv", MonthlySnapshot.header.joined(separator: ",") + "\nC001,x,signed,,,A,2,2,0,1.00,abc,0.00,0.00,0.00,\n")
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(run.result.status == 65)
        #expect(run.result.stderr.contains("history/monthly-2026-09.csv line 2: the monthly snapshot is damaged: outstanding 'abc'"),
                "\(run.result.stderr)")
        #expect(run.files.filter { !$0.hasPrefix(".") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: history.file("monthly-2026-10.csv")))
    }

    @Test func amountsPastTheRunsCeilingAreDamageNotATrap() throws {
        let history = try TemporaryFolder("history")
        let huge = "C001,x,signed,,,A,2,2,0,1.00,92233720368547758.07,0.00,0.00,0.00,\r\n"
        try history.write("monthly-2026-09.csv", "\u{FEFF}" + MonthlySnapshot.header.joined(separator: ",") + "\r\n" + huge
                          + huge.replacingOccurrences(of: "C001", with: "C002"))
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(run.result.status == 65)
        #expect(run.result.stderr.contains("history/monthly-2026-09.csv line 2: the monthly snapshot is damaged: outstanding"),
                "\(run.result.stderr)")
    }

    @Test func damagedOlderMonthIsExit65Too() throws {
        // Read for the running streaks and the trends: a wrong month would change them silently.
        let history = try TemporaryFolder("history")
        try history.write("monthly-2026-06.csv", "not even a snapshot\n")
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path, "--quiet"])
        #expect(run.result.status == 65)
        #expect(run.result.stderr.contains("history/monthly-2026-06.csv"), "\(run.result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: history.file("monthly-2026-10.csv")))
    }

    /// The older months are read while the exports are, but the run tells what it finds in the
    /// order the two would run in turn: the data issues (and --strict's stop) first, then a
    /// damaged month.
    @Test func dataIssuesAreToldBeforeADamagedOlderMonth() throws {
        let history = try TemporaryFolder("history")
        try history.write("monthly-2026-06.csv", "not even a snapshot\n")
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path])
        #expect(run.result.status == 65)
        let issue = try #require(run.result.stderr.range(of: "customers.csv line 9"), "\(run.result.stderr)")
        let damage = try #require(run.result.stderr.range(of: "history/monthly-2026-06.csv"), "\(run.result.stderr)")
        #expect(issue.lowerBound < damage.lowerBound)
        let strict = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                    "--strict", "--quiet"])
        #expect(strict.result.status == 65)
        #expect(strict.result.stderr.contains("data issues and --strict was given"), "\(strict.result.stderr)")
        #expect(!strict.result.stderr.contains("monthly-2026-06.csv"), "\(strict.result.stderr)")
    }

    @Test func aFixtureOfTheRepositoryStaysAsCommitted() throws {
        let run = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--formats", "json", "--quiet"])
        #expect(run.result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: (smallFixture as NSString).appendingPathComponent("history")))
    }

    /// The history's snapshots are read on both cores, every other month each: the history is
    /// the same as adding them one after another, and of two damaged snapshots the earlier
    /// month's is told.
    @Test func historyReadOnTwoCoresIsTheSameAsInTurn() throws {
        let header = MonthlySnapshot.header.joined(separator: ",")
        let folder = try TemporaryFolder("history-two-cores")
        let ids = ["C0", "C1", "C2"]
        let indexByID = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let window = MonthWindow(last: YearMonth(year: 2026, month: 10))
        var inTurn = MonthlyHistory(window: window, customers: ids.count)
        for m in 1...9 {
            let month = YearMonth(year: 2026, month: m)
            var text = header + "\n"
            for (i, id) in ids.enumerated() where (i + m) % 4 != 0 {  // some customers absent some months
                text += "\(id),x,signed,甲\(i % 2),,A,\(m % 3),\(i == 2 ? "" : "2"),,1.00,\(m).00,0.00,\(m * 10 + i).00,0.00,\n"
            }
            let path = try folder.write(MonthlySnapshot.fileName(month), text)
            inTurn.add(try MonthlySnapshot.read(path, month: month), indexByID: indexByID)
        }
        let both = try MonthlyHistory.read(folder: folder.path, window: window, indexByID: indexByID)
        try expectSame(both, inTurn, window: window, customers: ids)
        #expect(both.hasSnapshot(YearMonth(year: 2026, month: 4)) && !both.hasSnapshot(YearMonth(year: 2026, month: 10)))
        // Damage in May (read by the core that starts with January) and in February (by the
        // other): February is told.
        for m in [5, 2] {
            _ = try folder.write(MonthlySnapshot.fileName(YearMonth(year: 2026, month: m)), header + "\nC0,x,maybe,,,A,1,2,,1.00,1.00,0.00,0.00,0.00,\n")
        }
        do {
            _ = try MonthlyHistory.read(folder: folder.path, window: window, indexByID: indexByID)
            Issue.record("a damaged snapshot was read")
        } catch let error as ReviewError {
            #expect(error.message.contains("monthly-2026-02.csv line 2"), "\(error.message)")
        }
    }

    /// While customers.csv is still being read, the older months are placed by last month's
    /// rows and moved onto the report's customers at the end: the same history as reading each
    /// month against the customers, for customers in every month, in older months only (not
    /// last month), in last month only, and new this month.
    @Test func olderMonthsPlacedByLastMonthsRowsAreTheSameAsByTheCustomers() throws {
        let header = MonthlySnapshot.header.joined(separator: ",")
        let folder = try TemporaryFolder("history-by-last-month")
        let customers = ["NEW", "ALL", "BACK", "C3", "C4"]  // BACK: in older months, not in September
        let indexByID = Dictionary(uniqueKeysWithValues: customers.enumerated().map { ($1, $0) })
        let window = MonthWindow(last: YearMonth(year: 2026, month: 10))
        var inTurn = MonthlyHistory(window: window, customers: customers.count)
        for m in 1...9 {
            let month = YearMonth(year: 2026, month: m)
            var ids = ["C4", "ALL", "GONE", "C3"]  // another order than customers.csv's; GONE no longer a customer
            if m < 9 { ids.append("BACK") }
            var text = header + "\n"
            for (i, id) in ids.enumerated() where !(id == "C3" && m % 3 == 0) {
                text += "\(id),x,signed,甲\(i % 2),,A,\(m % 3),\(i == 1 ? "" : "2"),,1.00,\(m).00,0.00,\(m * 10 + i).00,0.00,\n"
            }
            let path = try folder.write(MonthlySnapshot.fileName(month), text)
            inTurn.add(try MonthlySnapshot.read(path, month: month), indexByID: indexByID)
        }
        // With the thread, without one, and with one that stops on the month it took (a
        // thread of idle priority that never gets a core): the run reads what it must itself,
        // never waiting on the thread.
        for thread in [MonthlyHistory.Reading.ThreadRole.reads, .none, .stallsOnItsFirstOlderMonth] {
            let reading = MonthlyHistory.Reading(folder: folder.path, window: window, previousMonth: YearMonth(year: 2026, month: 9),
                                                 includingLast: false, skipping: [], thread: thread)
            defer { reading.stop() }
            let previous = try #require(try reading.previousSnapshot())
            #expect(previous.rows.map(\.customerID) == ["C4", "ALL", "GONE"])  // C3 not in September either
            // The older months may well be read by now, before the customers are known.
            reading.place(on: indexByID)
            let history = try reading.history()
            try expectSame(history, inTurn, window: window, customers: customers)
            #expect(history.overThreeMonths(customer: 2, month: YearMonth(year: 2026, month: 8)) == Money(fen: 84_00))  // BACK
            #expect(history.requirement(customer: 2, month: YearMonth(year: 2026, month: 9)) == .absent)
            #expect(history.requirement(customer: 0, month: YearMonth(year: 2026, month: 5)) == .absent)  // NEW
        }
    }

    /// January to October 2026 (the tests' window ends in October): the same snapshots, company figures
    /// and per-customer figures.
    private func expectSame(_ history: MonthlyHistory, _ inTurn: MonthlyHistory, window: MonthWindow, customers: [String]) throws {
        for m in 1...10 {
            let month = YearMonth(year: 2026, month: m)
            #expect(history.hasSnapshot(month) == inTurn.hasSnapshot(month), "\(month)")
            let k = try #require(window.offset(of: month))
            #expect(history.figures[k] == inTurn.figures[k], "\(month)")
            for i in customers.indices {
                #expect(history.overThreeMonths(customer: i, month: month) == inTurn.overThreeMonths(customer: i, month: month),
                        "\(customers[i]) \(month)")
                #expect(history.requirement(customer: i, month: month) == inTurn.requirement(customer: i, month: month),
                        "\(customers[i]) \(month)")
            }
        }
    }
}
