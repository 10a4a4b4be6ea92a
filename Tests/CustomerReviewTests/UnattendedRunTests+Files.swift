import Foundation
import Glibc
import Testing
@testable import CustomerReview

/// Issue 10's faults of files and folders: a target that cannot be replaced, handover folders
/// from an earlier run, symlinks planted in the output folder, and FIFOs, sockets and devices
/// in place of an input.
extension UnattendedRunTests {
    /// Every file under `folder` but the lock, by path, for before-and-after comparisons.
    static func reports(in folder: String) throws -> [String: Data] {
        try snapshot(of: folder).filter { !$0.key.hasSuffix(".customer-review.lock") }
    }

    // MARK: 4. A failed run leaves every earlier report as it was

    @Test func aTargetThatCannotBeReplacedLeavesEveryEarlierReport() throws {
        let out = try TemporaryFolder("out")
        let first = try runBinary(MonthlyReportTests.arguments + ["--quiet", "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        try FileManager.default.removeItem(atPath: out.file("monthly-2026-10.json"))
        try FileManager.default.createDirectory(atPath: out.file("monthly-2026-10.json/inside"), withIntermediateDirectories: true)
        let before = try Self.reports(in: out.path)
        // A different as-of date changes the workbook and the page.
        let second = try runBinary(["monthly", "--data", smallFixture, "--as-of", "2026-11-20", "--quiet", "--out", out.path])
        MonthlyReportTests.expectOneLine(second, status: 73, saying: "monthly-2026-10.json")
        #expect(try Self.reports(in: out.path) == before, "an earlier report changed or a file was left")
    }

    @Test func aBlockedSnapshotLeavesTheEarlierQuarterlyReports() throws {
        let data = try Self.data(names: ["上海鸿运", "杭州顺达"])
        let out = try TemporaryFolder("out")
        let first = try Self.run("quarterly", data, asOf: "2026-10-01", ["--quarter", "2026Q3"], out: out)
        #expect(first.status == 0, "\(first.stderr)")
        try FileManager.default.removeItem(atPath: data.file("history/tiers-2026Q3.csv"))
        try FileManager.default.createDirectory(atPath: data.file("history/tiers-2026Q3.csv/inside"), withIntermediateDirectories: true)
        let before = try Self.reports(in: out.path)
        let history = try Self.reports(in: data.file("history"))
        let second = try Self.run("quarterly", data, asOf: "2026-10-02", ["--quarter", "2026Q3"], out: out)
        MonthlyReportTests.expectOneLine(second, status: 73, saying: "tiers-2026Q3.csv")
        #expect(try Self.reports(in: out.path) == before)
        #expect(try Self.reports(in: data.file("history")) == history)
    }

    /// A rename that fails after the check (the folder went away meanwhile) puts back what
    /// was already replaced.
    @Test func aRenameThatFailsPutsBackWhatWasReplaced() throws {
        let out = try TemporaryFolder("out")
        try out.write("a.json", "old")
        let folder = try OutputFolder(path: out.path)
        try folder.stage("a.json", data: Data("new".utf8))
        try folder.stage("new.json", data: Data("new".utf8))
        let sub = out.file("sub")
        try folder.makeFolder(sub, what: "handover folder")
        try folder.stage(targetPath: (sub as NSString).appendingPathComponent("b.json"), data: Data("new".utf8))
        try FileManager.default.removeItem(atPath: sub)
        #expect(throws: ReviewError.self) { try folder.commit() }
        #expect(try String(contentsOfFile: out.file("a.json"), encoding: .utf8) == "old")
        folder.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [".customer-review.lock", "a.json"])
    }

    // MARK: 5. Handover folders are exact

    @Test func aRerunOfSplitLeavesNoWorkbookOfAnEarlierSalesperson() throws {
        let data = try Self.data(names: ["上海鸿运", "杭州顺达", "南京长江"], salespeople: ["张伟", "李娜", "张伟"])
        let out = try TemporaryFolder("out")
        let first = try Self.run("monthly", data, asOf: "2026-11-15", ["--split", "salesperson", "--formats", "json"], out: out)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.file("monthly-2026-10-salesperson/李娜.xlsx")))
        let moved = try Self.data(names: ["上海鸿运", "杭州顺达", "南京长江"], salespeople: ["张伟", "张伟", "张伟"])
        let second = try Self.run("monthly", moved, asOf: "2026-11-15", ["--split", "salesperson", "--formats", "json"], out: out)
        #expect(second.status == 0, "\(second.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.file("monthly-2026-10-salesperson"))
        #expect(names == ["张伟.xlsx"])
    }

    @Test func aNameStartingWithACombiningMarkWritesItsWorkbookAndHidesNothing() throws {
        let data = try Self.data(names: ["上海鸿运", "杭州顺达", "南京长江"], salespeople: ["\u{301}李娜", ".\u{301}secret", "-\u{301}x"])
        let out = try TemporaryFolder("out")
        let result = try Self.run("monthly", data, asOf: "2026-11-15", ["--split", "salesperson", "--formats", "json"], out: out)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.file("monthly-2026-10-salesperson")).sorted()
        #expect(names.count == 3, "\(names)")
        for name in names {
            #expect(!name.hasPrefix("."), "\(Array(name.unicodeScalars))")
            #expect(name.unicodeScalars.first?.properties.generalCategory != .nonspacingMark, "\(Array(name.unicodeScalars))")
        }
        #expect(SafeFileName.component("\u{301}李娜", fallback: "x") == "李娜")
        #expect(SafeFileName.component(".\u{301}secret", fallback: "x") == "secret")
        #expect(SafeFileName.component("\u{301}\u{301}", fallback: "x") == "x")
    }

    // MARK: 6. The run touches nothing outside its output folder

    @Test func aSymlinkInPlaceOfTheLockIsRefused() throws {
        let outside = try TemporaryFolder("outside")
        let victim = outside.file("victim")
        try "keep".write(toFile: victim, atomically: false, encoding: .utf8)
        let out = try TemporaryFolder("out")
        try FileManager.default.createSymbolicLink(atPath: out.file(".customer-review.lock"), withDestinationPath: victim)
        let dangling = outside.file("created-through-the-lock")
        let other = try TemporaryFolder("out2")
        try FileManager.default.createSymbolicLink(atPath: other.file(".customer-review.lock"), withDestinationPath: dangling)
        for folder in [out, other] {
            let result = try runBinary(MonthlyReportTests.arguments + ["--quiet", "--out", folder.path])
            MonthlyReportTests.expectOneLine(result, status: 73, saying: ".customer-review.lock is a symbolic link")
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
        #expect(!FileManager.default.fileExists(atPath: dangling))
    }

    @Test func aSymlinkInPlaceOfAStagedFileIsRefused() throws {
        let outside = try TemporaryFolder("outside")
        let victim = outside.file("victim")
        try "keep".write(toFile: victim, atomically: false, encoding: .utf8)
        let out = try TemporaryFolder("out")
        let folder = try OutputFolder(path: out.path)
        let planted = out.file(".monthly-2026-10.json.tmp-\(getpid())")
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        try folder.stage("monthly-2026-10.json", data: Data("{}".utf8))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: planted)) == nil)
        // The workbook's temporary name is written by libxlsxwriter; it is cleared first.
        let workbook = out.file(".monthly-2026-10.xlsx.tmp-\(getpid())")
        try FileManager.default.createSymbolicLink(atPath: workbook, withDestinationPath: victim)
        let staged = folder.stage(targetPath: out.file("monthly-2026-10.xlsx"))
        #expect(staged == workbook)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: workbook)) == nil)
        folder.discard()
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
    }

    // MARK: 7. Never stuck

    static func fifo(_ path: String) throws {
        #expect(mkfifo(path, 0o644) == 0, "mkfifo: \(String(cString: strerror(errno)))")
    }

    @Test(arguments: ["customers.csv", "contracts.csv", "history/tiers-2026Q2.csv"])
    func aFIFOInPlaceOfAnInputIsRefusedAtOnce(name: String) throws {
        let data = try Self.data(names: ["上海鸿运"])
        try? FileManager.default.removeItem(atPath: data.file(name))
        try FileManager.default.createDirectory(atPath: data.file("history"), withIntermediateDirectories: true)
        try Self.fifo(data.file(name))
        let out = try TemporaryFolder("out")
        let result = try BoundedRun.run(["quarterly", "--data", data.path, "--as-of", "2026-10-01", "--out", out.path, "--quiet"],
                                        seconds: 20)
        expectHandled(result, status: 65, mentions: [(name as NSString).lastPathComponent, "is a FIFO, not a regular file"])
    }

    @Test func aFIFOOrADeviceGivenToInspectIsRefused() throws {
        let folder = try TemporaryFolder("inspect-fifo")
        try Self.fifo(folder.file("export.csv"))
        for path in [folder.file("export.csv"), "/dev/zero"] {
            let result = try BoundedRun.run(["inspect", path], seconds: 20)
            expectHandled(result, status: 65, mentions: ["not a regular file"])
        }
    }

    @Test func aFIFOAsTheSettingsFileIsRefused() throws {
        let folder = try TemporaryFolder("config-fifo")
        try Self.fifo(folder.file("policy.json"))
        let result = try BoundedRun.run(["config", "--print", "--config", folder.file("policy.json")], seconds: 20)
        expectHandled(result, status: 65, mentions: ["policy.json", "is a FIFO, not a regular file"])
    }

    @Test func aContractsFileThatCannotBeReadIsNotMissing() throws {
        for kind in ["dangling", "loop"] {
            let data = try Self.data(names: ["上海鸿运"])
            if kind == "dangling" {
                try FileManager.default.createSymbolicLink(atPath: data.file("contracts.csv"), withDestinationPath: data.file("gone.csv"))
            } else {
                try FileManager.default.createSymbolicLink(atPath: data.file("contracts.csv"), withDestinationPath: data.file("loop.csv"))
                try FileManager.default.createSymbolicLink(atPath: data.file("loop.csv"), withDestinationPath: data.file("contracts.csv"))
            }
            let result = try runBinary(["validate", "--data", data.path, "--as-of", "2026-11-15"])
            #expect(result.status == 65, "\(kind): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("contracts.csv: cannot be read"), "\(kind): \(result.stderr)")
        }
    }
}
