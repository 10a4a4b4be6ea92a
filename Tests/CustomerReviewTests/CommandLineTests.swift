import Foundation
import Testing
@testable import CustomerReview

let smallFixture = (repositoryRoot as NSString).appendingPathComponent("Tests/CustomerReviewTests/Fixtures/small")

@Suite("The binary: validate, inspect, config, exit statuses")
struct CommandLineTests {
    @Test func validateListsEveryIssueWithACountByFile() throws {
        let result = try runBinary(["validate", "--data", smallFixture, "--as-of", "2026-11-15"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("customers.csv line 9, customer_id: the customer id was already used on line 8; the first row is kept (value 'C007') (row left out)"))
        #expect(lines.contains { $0.hasPrefix("visits.csv line 10, visit_date: '2026-10-32' is not a date") })
        #expect(lines.contains { $0.hasPrefix("visits.csv line 11, visit_date: the visit is dated after the as-of date 2026-11-15") })
        #expect(lines.contains { $0.hasPrefix("receivables.csv line 11, amount: '12.345' has more than two decimals") })
        #expect(lines.contains { $0.hasPrefix("receivables.csv line 13, amount: '1,5' is not an amount") })
        #expect(lines.contains("customers.csv: 8 usable rows, 4 issues"))
        #expect(lines.contains("visits.csv: 7 usable rows, 4 issues"))
        #expect(lines.contains("receivables.csv: 9 usable rows, 4 issues"))
        #expect(lines.contains("contracts.csv: 6 usable rows, 0 issues"))
        #expect(lines.contains("evaluations.csv: 10 usable rows, 5 issues"))
        #expect(lines.contains { $0.hasPrefix("evaluations.csv line 12, group: '销售部' is not a group of the evaluation committee") })
        #expect(lines.last == "17 data issues in all")
    }

    @Test func validateStrictExitsSixtyFive() throws {
        let result = try runBinary(["validate", "--data", smallFixture, "--as-of", "2026-11-15", "--strict", "--quiet"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("17 data issues"))
    }

    @Test func missingRequiredFileNamesIt() throws {
        let folder = try TemporaryFolder("missing")
        try folder.write("customers.csv", "customer_id,name,status\nC1,A,signed\n")
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\n")
        let result = try runBinary(["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("receivables.csv (应收明细) is missing"))
    }

    @Test(arguments: ["customer_id", "name", "status"])
    func missingRequiredColumnNamesIt(column: String) throws {
        let folder = try TemporaryFolder("column")
        let header = ["customer_id", "name", "status"].filter { $0 != column }.joined(separator: ",")
        try folder.write("customers.csv", header + "\nx,y\n")
        try folder.write("visits.csv", "customer_id,visit_date,salesperson\n")
        try folder.write("receivables.csv", "invoice_no,customer_id,invoice_date,amount\n")
        let result = try runBinary(["validate", "--data", folder.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("customers.csv: required column \(column)"), "\(result.stderr)")
    }

    @Test func badSettingsFileNamesTheKey() throws {
        let folder = try TemporaryFolder("settings")
        let config = try folder.write("policy.json", #"{"visit_minimums": {"signed": {"A": -2}}}"#)
        let result = try runBinary(["validate", "--data", smallFixture, "--config", config])
        #expect(result.status == 65)
        #expect(result.stderr.contains("policy.json: visit_minimums.signed.A: must be 0 or more, not -2"))
    }

    @Test func configPrintShowsWhatIsInForce() throws {
        let folder = try TemporaryFolder("print")
        let config = try folder.write("policy.json", #"{"contract_expiry_days": 45}"#)
        let result = try runBinary(["config", "--print", "--config", config])
        #expect(result.status == 0)
        let printed = try JSONParser.parse(result.stdout)
        #expect(printed["contract_expiry_days"] == .number("45"))
        #expect(printed["indicators"] != nil)
        let reread = try SettingsFile.apply(printed, to: .defaults, fileName: "printed")
        #expect(reread.contractExpiryDays == 45)
    }

    @Test func inspectShowsTheMappingAndJSONTheRecords() throws {
        let text = try runBinary(["inspect", (smallFixture as NSString).appendingPathComponent("customers.csv")])
        #expect(text.status == 0)
        #expect(text.stdout.contains("encoding: UTF-8 (detected)"))
        #expect(text.stdout.contains("delimiter: comma"))
        #expect(text.stdout.contains("→ customer_id"))
        let json = try runBinary(["inspect", (smallFixture as NSString).appendingPathComponent("customers.csv"), "--json"])
        #expect(json.status == 0)
        guard case .array(let records) = try JSONParser.parse(json.stdout) else {
            Issue.record("not an array")
            return
        }
        #expect(records.count == 10)
        #expect(records[6] == .array(["C006", "=HYPERLINK(\"http://x\")", "eliminated", "王芳", "华南业务部", "B", "normal",
                                      "2021-05-05", "", "60", "60", "60", "60", "广州市天河区, 体育西路", "020-3333-0106"].map(JSONValue.string)))
    }

    @Test func inspectOfAMalformedFileExitsSixtyFiveWithTheLine() throws {
        let folder = try TemporaryFolder("inspect")
        let path = try folder.write("visits.csv", "customer_id,visit_date,salesperson\nC1,2026-10-01,\"open\n")
        let result = try runBinary(["inspect", path, "--json"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("visits.csv line 2"))
        #expect(result.stderr.contains("never closed"))
    }

    @Test func usageErrorsExitSixtyFourAndSuggest() throws {
        let option = try runBinary(["validate", "--data", smallFixture, "--as-off", "2026-11-15"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("did you mean '--as-of'?"))
        let command = try runBinary(["valdate"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("did you mean 'validate'?"))
        let date = try runBinary(["validate", "--data", smallFixture, "--as-of", "2026-02-30"])
        #expect(date.status == 64)
    }
}

@Suite("Help for every command and option")
struct HelpTests {
    static let commands = ["monthly", "quarterly", "weekly", "validate", "inspect", "sample", "config"]

    @Test func overviewListsEveryCommand() throws {
        let help = try runBinary(["--help"])
        #expect(help.status == 0)
        for command in Self.commands { #expect(help.stdout.contains("\n  \(command) "), "\(command)") }
        #expect(help.stdout.contains("exit statuses: 0 written; 64 usage"))
        let nothing = try runBinary([])
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("usage: customer-review COMMAND"))
    }

    @Test(arguments: commands)
    func everyCommandDescribesItsOptionsWithAnExample(command: String) throws {
        let viaHelp = try runBinary(["help", command])
        let viaFlag = try runBinary([command, "--help"])
        #expect(viaHelp.status == 0 && viaFlag.status == 0)
        #expect(viaHelp.stdout == viaFlag.stdout)
        #expect(viaHelp.stdout.contains("usage: customer-review \(command)"))
        #expect(viaHelp.stdout.contains("example"))
        #expect(viaHelp.stdout.contains("\n  customer-review \(command) "))
        // Every option the command accepts is described.
        let options = viaHelp.stdout.split(separator: "\n").filter { $0.hasPrefix("  --") }
        #expect(options.count >= 3, "\(command)")
        for line in options {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(parts.count >= 3, "\(line) has no description")
        }
    }
}
