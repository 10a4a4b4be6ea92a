import Foundation
import Glibc
import Testing
@testable import CustomerReview

/// Faults of the output folder, with real file systems: read-only and full tmpfs mounts (which
/// fail for root too), and a second run racing the first. Each gives its exit status (73, 75)
/// and one line on stderr, leaves the earlier reports byte for byte, and leaves no temporary
/// file. (The output path that is a file and the lock held by another process are in
/// `MonthlyReportTests.swift`.)
extension MonthlyReportTests {
    static var hasNoPermissionBits: Bool { geteuid() == 0 }

    /// The earlier reports of a successful run into `folder`.
    static func writeEarlierReports(into folder: String) throws -> [String: Data] {
        let first = try runBinary(arguments + ["--quiet", "--out", folder])
        #expect(first.status == 0, "\(first.stderr)")
        let files = try snapshot(of: folder)
        #expect(files.keys.contains("monthly-2026-10.xlsx"))
        return files
    }

    static func expectOneLine(_ result: RunResult, status: Int32, saying text: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "exit \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: ScratchMount.isAvailable, "needs a tmpfs mount (root with CAP_SYS_ADMIN)"))
    func aReadOnlyOutputFolderExitsSeventyThreeAndKeepsTheEarlierReports() throws {
        let mount = try ScratchMount(kibibytes: 4096)
        let out = (mount.path as NSString).appendingPathComponent("reports")
        let before = try Self.writeEarlierReports(into: out)
        try mount.remount(readOnly: true)
        defer { try? mount.remount(readOnly: false) }
        let result = try runBinary(Self.arguments + ["--quiet", "--out", out])
        Self.expectOneLine(result, status: 73, saying: "\(out): the output folder is not writable (read-only file system)")
        #expect(try snapshot(of: out) == before)
        // A folder that does not exist yet cannot be made there either.
        let fresh = (mount.path as NSString).appendingPathComponent("new/reports")
        let created = try runBinary(Self.arguments + ["--quiet", "--out", fresh])
        Self.expectOneLine(created, status: 73, saying: "the output folder cannot be created")
    }

    @Test(.enabled(if: !MonthlyReportTests.hasNoPermissionBits, "root ignores permission bits; the tmpfs variant covers root"))
    func aFolderWithoutWritePermissionExitsSeventyThree() throws {
        let folder = try TemporaryFolder("readonly")
        let out = folder.file("reports")
        let before = try Self.writeEarlierReports(into: out)
        chmod(out, 0o555)
        defer { chmod(out, 0o755) }
        let result = try runBinary(Self.arguments + ["--quiet", "--out", out])
        Self.expectOneLine(result, status: 73, saying: "the output folder is not writable (permission denied)")
        #expect(try snapshot(of: out) == before)
    }

    /// A full disk, for each writer: the JSON and HTML staging and libxlsxwriter.
    @Test(.enabled(if: ScratchMount.isAvailable, "needs a tmpfs mount (root with CAP_SYS_ADMIN)"),
          arguments: ["json", "html", "xlsx", "xlsx,html,json"])
    func aFullDiskExitsSeventyThreeAndKeepsTheEarlierReports(formats: String) throws {
        let mount = try ScratchMount(kibibytes: 1024)
        let out = (mount.path as NSString).appendingPathComponent("reports")
        let before = try Self.writeEarlierReports(into: out)
        let filled = try mount.fill()
        #expect(filled > 0)
        let result = try runBinary(Self.arguments + ["--quiet", "--out", out, "--formats", formats])
        #expect(result.status == 73, "exit \(result.status): \(result.stderr)")
        // Ours is the last line. libxlsxwriter prints its own `[ERROR]` lines before it, which
        // no option of 1.1.4 turns off; the JSON and HTML writers say it in one line.
        let lines = result.stderr.split(separator: "\n")
        #expect(formats.hasPrefix("xlsx") || lines.count == 1, "\(result.stderr)")
        let last = String(lines.last ?? "")
        #expect(last.hasPrefix("customer-review monthly: "), "\(result.stderr)")
        #expect(last.contains(out), "the message does not name the folder: \(last)")
        #expect(last.contains("no space left on device"), "the message does not say why: \(last)")
        #expect(try snapshot(of: out) == before, "the earlier reports changed or a file was left")
    }

    @Test(.enabled(if: ScratchMount.isAvailable, "needs a tmpfs mount (root with CAP_SYS_ADMIN)"))
    func aFullDiskDuringTheHandoverWorkbooksLeavesNoneOfThem() throws {
        let mount = try ScratchMount(kibibytes: 1024)
        let out = (mount.path as NSString).appendingPathComponent("reports")
        let before = try Self.writeEarlierReports(into: out)
        try mount.fill()
        let result = try runBinary(Self.arguments + ["--quiet", "--out", out, "--formats", "json", "--split", "salesperson"])
        #expect(result.status == 73, "exit \(result.status): \(result.stderr)")
        let after = try snapshot(of: out)
        // Nothing of the run is left, not even the folder of the handovers it created.
        #expect(after.filter { before[$0.key] == nil }.isEmpty, "\(after.keys.sorted())")
        #expect(after.filter { before[$0.key] != nil } == before)
    }

    /// A run killed while writing (power cut, OOM killer) leaves its temporary files; the next
    /// run on the folder, holding the lock, removes them, in the handover folders too.
    @Test func theNextRunRemovesAKilledRunsTemporaryFiles() throws {
        let out = try TemporaryFolder("killed")
        let stale = [".monthly-2026-10.xlsx.tmp-99999", "monthly-2026-10-salesperson/.张伟.xlsx.tmp-99999",
                     "monthly-2026-10-department/.华东业务部.xlsx.tmp-99998"]
        for name in stale { try out.write(name, "half a file") }
        try out.write("notes/.mine.tmp-1", "not ours")
        let result = try runBinary(Self.arguments + ["--quiet", "--out", out.path, "--formats", "json", "--split", "salesperson"])
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.contains(".tmp-") }
        #expect(left == ["notes/.mine.tmp-1"], "temporary files left: \(left)")
    }

    /// The history folder is not under the output folder's lock: a temporary snapshot is
    /// removed when the run that wrote it is gone, never while it may still be running.
    @Test func aKilledRunsTemporarySnapshotIsRemovedWhenItsProcessIsGone() throws {
        let history = try TemporaryFolder("history")
        try history.write(".tiers-2026Q3.csv.tmp-2147483646", "half a snapshot")
        try history.write(".tiers-2026Q3.csv.tmp-\(getpid())", "a live process's file")
        let out = try TemporaryFolder("out")
        let result = try runBinary(["quarterly", "--data", smallFixture, "--as-of", "2026-11-15", "--history", history.path,
                                    "--out", out.path, "--formats", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: history.path).sorted()
        #expect(names == [".tiers-2026Q3.csv.tmp-\(getpid())", "tiers-2026Q3.csv"])
    }

    /// Two runs at once on one folder: the second finds the first's lock and stops with 75;
    /// the first completes. The first reads a large sample, so that it holds the lock for
    /// seconds while it writes; the second reads the small fixture and reaches the lock at once.
    @Test func aSecondRunAtTheSameTimeExitsSeventyFive() throws {
        let data = try TemporaryFolder("race-data")
        let sample = try runBinary(["sample", "--out", data.path, "--customers", "5000", "--months", "6", "--seed", "7", "--quiet"])
        #expect(sample.status == 0, "\(sample.stderr)")
        let out = try TemporaryFolder("race-out")
        let before = try Self.writeEarlierReports(into: out.path)
        let lockPath = out.file(".customer-review.lock")
        var info = stat()
        #expect(stat(lockPath, &info) == 0)

        let first = Process()
        first.executableURL = URL(fileURLWithPath: binaryPath)
        first.arguments = ["monthly", "--data", data.path, "--as-of", "2026-11-15", "--out", out.path, "--quiet"]
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        // Wait until the first run holds the lock, as the kernel lists it.
        let deadline = Date().addingTimeInterval(600)
        while !Self.holdsLock(pid: first.processIdentifier, inode: UInt64(info.st_ino)), first.isRunning, Date() < deadline {
            usleep(2_000)
        }
        let second = try runBinary(Self.arguments + ["--quiet", "--out", out.path])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        Self.expectOneLine(second, status: 75, saying: "\(out.path): another customer-review run is writing this folder; try again later")
        // The first run's reports replaced the earlier ones; nothing else is there.
        let after = try snapshot(of: out.path)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after["monthly-2026-10.json"] != before["monthly-2026-10.json"])
    }

    /// Whether `pid` holds an flock on the file with `inode` (from /proc/locks).
    static func holdsLock(pid: Int32, inode: UInt64) -> Bool {
        guard let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        return text.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            return fields.count > 5 && fields[1] == "FLOCK" && fields[4] == Substring(String(pid))
                && fields[5].hasSuffix(":\(inode)")
        }
    }
}
