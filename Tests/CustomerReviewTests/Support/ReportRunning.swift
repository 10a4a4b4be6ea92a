import Foundation
import Testing
@testable import CustomerReview

/// Runs a report command of the real binary on a fixture into a fresh folder.
struct ReportRun {
    let out: TemporaryFolder
    let result: RunResult

    init(_ arguments: [String], label: String = "run") throws {
        out = try TemporaryFolder(label)
        result = try runBinary(arguments + ["--out", out.path])
    }

    func data(_ name: String) throws -> Data { try out.read(name) }
    func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }

    /// Every file in the output folder (hidden ones included), sorted.
    var files: [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: out.path)) ?? []).sorted()
    }
}

/// Compares `actual` with a golden file next to the tests; `CUSTOMER_REVIEW_RECORD_GOLDEN=1`
/// re-records it on purpose.
func expectGolden(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = (repositoryRoot as NSString).appendingPathComponent("Tests/CustomerReviewTests/Golden/" + name)
    if ProcessInfo.processInfo.environment["CUSTOMER_REVIEW_RECORD_GOLDEN"] == "1" {
        try actual.write(to: URL(fileURLWithPath: path))
        return
    }
    guard let expected = FileManager.default.contents(atPath: path) else {
        Issue.record("golden file \(name) is missing; record it with CUSTOMER_REVIEW_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = firstDifference.map { "line \($0.offset + 1): got «\($0.element.0)» expected «\($0.element.1)»" }
            ?? "lengths differ (\(a.count) lines, expected \(e.count))"
        Issue.record("\(name) differs from its golden file — \(where_)", sourceLocation: sourceLocation)
    }
}
