import Foundation
import Testing
@testable import CustomerReview

/// A temporary folder for one test, removed when the last reference to it goes.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init(_ label: String = "t") throws {
        let base = FileManager.default.temporaryDirectory.path
        path = (base as NSString).appendingPathComponent("customer-review-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = file(name)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: file(name))) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Text in an encoding other than UTF-8, through iconv (an independent converter).
func encoded(_ text: String, as encoding: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", encoding]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(data)
}

/// Reads a CSV file with the project's reader: every record's strings, line and problem.
func readRecords(_ path: String, encoding: TextEncoding? = nil) throws -> (format: CSVFormat, records: [(line: Int, fields: [String], problem: DataProblem?)]) {
    let reader = try CSVReader(path: path, displayName: (path as NSString).lastPathComponent, encoding: encoding)
    var records: [(Int, [String], DataProblem?)] = []
    try reader.read { records.append(($0.line, $0.strings, $0.problem)) }
    return (reader.format, records)
}

/// The inputs of `scope` from `folder` as a run gathers them, the tier snapshot read from `history`.
func gatherInputs(_ folder: DataFolder, scope: ReviewScope, history: String) throws -> ReviewInputs {
    try ReviewInputs.gather(OpenedExports(folder, tierSnapshotBefore: scope.snapshotBefore, history: history), scope: scope)
}

/// The repository's root, from this file's place in it.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()

/// The built `customer-review` binary beside the test bundle (`make test` builds it first).
let binaryPath: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("customer-review").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return (repositoryRoot as NSString).appendingPathComponent(".build/debug/customer-review")
}()

struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs `process` with its stdout and stderr captured and waits for it to end. Both pipes are
/// read while it runs, so that neither can fill up and block it.
func runCapturingOutput(_ process: Process) throws -> (stdout: Data, stderr: Data) {
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    final class Box: @unchecked Sendable { var data = Data() }
    let outBox = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        outBox.data = out.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (outBox.data, errData)
}

/// Runs the real binary, as cron would, and captures its output and exit status.
func runBinary(_ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binaryPath)
    // A monthly run writes its snapshot to the history folder (default: inside the data
    // folder); on a fixture of the repository it goes to a fresh folder, so that the fixture
    // stays as committed and no run compares with another test's month.
    var arguments = arguments
    let scratchHistory = try committedDataHistory(arguments)
    if let scratchHistory { arguments += ["--history", scratchHistory.file("history")] }
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let (outData, errData) = try runCapturingOutput(process)
    withExtendedLifetime(scratchHistory) {}
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

/// The elements of a JSON array, or a recorded failure (never a silent early return).
func jsonArray(_ value: JSONValue?, _ what: String = "the array", sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
    guard case .array(let elements)? = value else {
        Issue.record("\(what) is not a JSON array", sourceLocation: sourceLocation)
        throw JSONArrayMissing()
    }
    return elements
}

struct JSONArrayMissing: Error {}

/// A scratch history folder for a monthly run on a folder of the repository without `--history`.
private func committedDataHistory(_ arguments: [String]) throws -> TemporaryFolder? {
    guard arguments.first == "monthly", !arguments.contains("--history"),
          let i = arguments.firstIndex(of: "--data"), i + 1 < arguments.count else { return nil }
    let data = URL(fileURLWithPath: arguments[i + 1]).standardizedFileURL.path
    guard data.hasPrefix(repositoryRoot + "/") else { return nil }
    return try TemporaryFolder("history")
}
