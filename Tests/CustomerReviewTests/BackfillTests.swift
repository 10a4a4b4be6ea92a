import Foundation
import Testing
@testable import CustomerReview

@Suite("Backfill: past months' snapshots and reports in one read of the inputs")
struct BackfillTests {
    static let common = ["--data", smallFixture, "--as-of", "2026-11-15", "--quiet"]

    @Test func backfillIsTheSameAsEachMonthRunInTurn() throws {
        let history = try TemporaryFolder("history")
        let backfill = try ReportRun(["monthly"] + Self.common + ["--backfill", "2026-08..2026-10", "--history", history.path,
                                                                  "--formats", "json,html"])
        #expect(backfill.result.status == 0, "\(backfill.result.stderr)")
        let sequential = try TemporaryFolder("history-one-by-one")
        var last: ReportRun?
        for month in ["2026-08", "2026-09", "2026-10"] {
            let run = try ReportRun(["monthly"] + Self.common + ["--period", month, "--history", sequential.path,
                                                                 "--formats", "json,html"])
            #expect(run.result.status == 0, "\(run.result.stderr)")
            for name in ["monthly-\(month).json", "monthly-\(month).html"] {
                #expect(try backfill.data(name) == run.data(name), "\(name)")
            }
            #expect(try history.read("monthly-\(month).csv") == sequential.read("monthly-\(month).csv"), "\(month)")
            last = run
        }
        // October compares with the September the backfill computed.
        let json = try JSONParser.parse(try backfill.text("monthly-2026-10.json"))
        #expect(json["changes"]?["previous_period"] == .string("2026-09"))
        #expect(last != nil)
    }

    @Test func withoutOutOnlyTheSnapshotsAreWritten() throws {
        let history = try TemporaryFolder("history")
        let scratch = try TemporaryFolder("cwd")
        let result = try runBinary(["monthly"] + Self.common + ["--backfill", "2026-09..2026-10", "--history", history.path],
                                   currentDirectory: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: history.path).filter { !$0.hasPrefix(".") }.sorted()
                == ["monthly-2026-09.csv", "monthly-2026-10.csv"])
        #expect(!FileManager.default.fileExists(atPath: scratch.file("reports")))
    }

    @Test(arguments: [
        ["--backfill", "2026-10..2026-09"],
        ["--backfill", "2026-09..2026-11"],     // November is not over on 2026-11-15
        ["--backfill", "2026-09"],
        ["--backfill", "2023-01..2026-10"],     // more than 36 months
        ["--backfill", "2026-09..2026-10", "--period", "2026-10"],
    ])
    func badRangesAreUsageErrors(arguments: [String]) throws {
        let history = try TemporaryFolder("history")
        let run = try ReportRun(["monthly"] + Self.common + arguments + ["--history", history.path])
        #expect(run.result.status == 64, "\(run.result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: history.path).isEmpty)
    }

    @Test func monthsOfARange() throws {
        let asOf = CalendarDate(dayNumber: CalendarDate.dayNumber(year: 2026, month: 2, day: 1))
        #expect(try ReportPeriod.backfill("2025-11..2026-01", asOf: asOf).map(\.description) == ["2025-11", "2025-12", "2026-01"])
    }
}
