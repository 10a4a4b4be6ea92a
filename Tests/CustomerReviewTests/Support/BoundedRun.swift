import Foundation
import Testing

/// A run of the real binary with a time limit and its peak memory measured: what the tests of
/// hostile input need to tell "a clear error" from a crash, a hang or unbounded memory.
///
/// The binary runs under coreutils `timeout` (which stops its whole process group) and GNU
/// `time -f %M` (the peak resident set size, in KiB). Both are needed: without them the tests
/// fail and say which is missing (`apt-get install time`), rather than pass unchecked.
struct BoundedRunResult {
    let status: Int32
    let stdout: String
    let stderr: String
    /// Peak resident set size of the binary, in MiB.
    let peakMiB: Int
    let timedOut: Bool
    /// Killed by a signal (a crash, a trap, an abort): `time` reports it instead of a status.
    let signalled: Bool

    /// Both streams, for checks that do not care which one a message is on.
    var output: String { stdout + stderr }
}

enum BoundedRun {
    static let timeTool = "/usr/bin/time"
    static let timeoutTool = "/usr/bin/timeout"

    /// How long one run may take before it counts as a hang. Generous: the sanitizer builds
    /// (`make check`) run the binary several times slower.
    static let defaultSeconds = 300

    /// The peak memory one run of the hostile-input tests may reach, in MiB. The inputs are
    /// at most ~70 MB; a reader that held them several times over, or grew without bound,
    /// goes past this. `CUSTOMER_REVIEW_RSS_LIMIT_MB` raises it for the sanitizer builds, whose
    /// shadow memory and quarantine add several hundred MiB.
    static var memoryLimitMiB: Int {
        ProcessInfo.processInfo.environment["CUSTOMER_REVIEW_RSS_LIMIT_MB"].flatMap(Int.init) ?? 400
    }

    /// Why the bounded runner cannot work here, or nil when it can.
    static var missingTool: String? {
        for tool in [timeTool, timeoutTool] where !FileManager.default.isExecutableFile(atPath: tool) {
            return "\(tool) is missing: the hostile-input tests measure time and memory with GNU time and coreutils timeout (apt-get install time coreutils)"
        }
        return nil
    }

    static func run(_ arguments: [String], seconds: Int = defaultSeconds) throws -> BoundedRunResult {
        if let missingTool { throw Failure(description: missingTool) }
        let measurements = FileManager.default.temporaryDirectory
            .appendingPathComponent("customer-review-rss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: measurements) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: timeoutTool)
        process.arguments = ["--kill-after=10", String(seconds), timeTool, "-f", "%M", "-o", measurements, binaryPath] + arguments
        process.standardInput = FileHandle.nullDevice
        let (outData, errData) = try runCapturingOutput(process)
        let report = (try? String(contentsOfFile: measurements, encoding: .utf8)) ?? ""
        let lines = report.split(separator: "\n")
        let kib = lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        let status = process.terminationStatus
        return BoundedRunResult(
            status: status,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            peakMiB: (kib + 1023) / 1024,
            timedOut: status == 124 || status == 137,
            signalled: report.contains("terminated by signal") || process.terminationReason == .uncaughtSignal)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}

/// Expects a run to have ended by itself, without a crash, within the memory limit, with
/// `status`, and to say each of `mentions` (on stdout or stderr).
func expectHandled(_ result: BoundedRunResult, status: Int32, mentions: [String] = [],
                   sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.timedOut, "the run did not finish in time", sourceLocation: sourceLocation)
    #expect(!result.signalled, "the run crashed: \(result.stderr.suffix(2000))", sourceLocation: sourceLocation)
    #expect(result.status == status, "exit \(result.status), expected \(status): \(result.stderr.prefix(2000))",
            sourceLocation: sourceLocation)
    #expect(result.peakMiB > 0, "no peak memory was measured", sourceLocation: sourceLocation)
    #expect(result.peakMiB <= BoundedRun.memoryLimitMiB,
            "peak memory \(result.peakMiB) MiB is over \(BoundedRun.memoryLimitMiB) MiB", sourceLocation: sourceLocation)
    for text in mentions {
        #expect(result.output.contains(text), "the output does not mention '\(text)': \(result.output.prefix(2000))",
                sourceLocation: sourceLocation)
    }
}
