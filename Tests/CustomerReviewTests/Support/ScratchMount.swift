import Foundation
import Glibc

/// A small tmpfs mounted for one test: a file system that can be filled up or made read-only,
/// which fails for root too (root ignores permission bits, not a full or read-only mount).
///
/// Mounting needs root with CAP_SYS_ADMIN (a CI container often has neither); the tests that
/// need it are skipped then, and `unavailableReason` says why.
final class ScratchMount: @unchecked Sendable {
    let path: String
    private let holder: TemporaryFolder

    init(kibibytes: Int) throws {
        holder = try TemporaryFolder("mount")
        path = holder.file("fs")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Self.command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kibibytes)k,mode=0755", "tmpfs", path])
    }

    func remount(readOnly: Bool) throws {
        try Self.command("/bin/mount", ["-o", "remount," + (readOnly ? "ro" : "rw"), path])
    }

    /// Writes `filler` until the file system is full; returns the bytes written.
    @discardableResult
    func fill(_ name: String = "filler") throws -> Int {
        let fd = open((path as NSString).appendingPathComponent(name), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot create the filler: errno \(errno)") }
        defer { close(fd) }
        let block = [UInt8](repeating: 0x46, count: 4096)
        var total = 0
        while true {
            // Smaller and smaller writes, so that not even a few bytes stay free.
            var size = block.count
            var written = -1
            while size > 0 {
                written = block.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, size) }
                if written > 0 { break }
                size /= 2
            }
            if written <= 0 { return total }
            total += written
        }
    }

    deinit {
        // Lazily, so that a test that failed with a file still open cannot leave it mounted.
        try? Self.command("/bin/umount", ["-l", path])
    }

    /// Why no tmpfs can be mounted here, or nil when one can.
    static let unavailableReason: String? = {
        do {
            _ = try ScratchMount(kibibytes: 64)
            return nil
        } catch {
            return "a tmpfs cannot be mounted here (\(error)); needs root with CAP_SYS_ADMIN"
        }
    }()

    static var isAvailable: Bool {
        if let unavailableReason { print("ScratchMount: \(unavailableReason)") }
        return unavailableReason == nil
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func command(_ tool: String, _ arguments: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw Failure(description: "\(tool) is missing")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let text = String(decoding: try runCapturingOutput(process).stderr, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}

/// The files of a folder (hidden ones included) with their bytes, to show that a failed run
/// left them exactly as they were and added nothing.
func snapshot(of folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder) {
        let full = (folder as NSString).appendingPathComponent(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
        files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: full))
    }
    return files
}
