import Foundation
import Testing
@testable import CustomerReview

@Suite("The installed program under cron's bare environment")
struct InstalledRunTests {
    /// Lays the program out as `make install PREFIX=…` does: PREFIX/bin and
    /// PREFIX/share/customer-review/templates.
    func install() throws -> TemporaryFolder {
        let prefix = try TemporaryFolder("prefix")
        let bin = prefix.file("bin")
        let templates = prefix.file("share/customer-review/templates")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: binaryPath, toPath: bin + "/customer-review")
        let source = (repositoryRoot as NSString).appendingPathComponent("templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".html") {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: templates + "/" + name)
        }
        return prefix
    }

    @Test func runsFromAnyDirectoryWithNoHomeNoLangAndAShortPath() throws {
        let prefix = try install()
        let out = try TemporaryFolder("cron-out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.file("bin/customer-review"))
        process.arguments = ["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--out", out.path,
                             "--history", out.file("history")]
        process.environment = ["PATH": "/usr/bin:/bin"]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let stderr = String(decoding: try runCapturingOutput(process).stderr, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(stderr)")
        // The same bytes as a run from the build tree: Chinese data, no locale, no HOME.
        let reference = try ReportRun(["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--quiet"])
        for name in ["monthly-2026-10.html", "monthly-2026-10.json", "monthly-2026-10.xlsx"] {
            #expect(try out.read(name) == reference.data(name), "\(name)")
        }
        #expect(stderr.hasSuffix("wrote monthly-2026-10.html, monthly-2026-10.json, monthly-2026-10.xlsx, history/monthly-2026-10.csv\n"))
    }

    @Test func withoutItsTemplatesItSaysWhatToDo() throws {
        let prefix = try install()
        try FileManager.default.removeItem(atPath: prefix.file("share"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.file("bin/customer-review"))
        let out = try TemporaryFolder("cron-out")
        process.arguments = ["monthly", "--data", smallFixture, "--as-of", "2026-11-15", "--out", out.path, "--quiet",
                             "--history", out.file("history")]
        process.environment = ["PATH": "/usr/bin:/bin"]
        let stderr = String(decoding: try runCapturingOutput(process).stderr, as: UTF8.self)
        #expect(process.terminationStatus == 65)
        #expect(stderr.contains("the HTML templates were not found beside the program; pass --templates DIR"))
    }
}
