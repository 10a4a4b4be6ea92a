import Foundation
import Glibc

/// The folder a run writes its reports to, held under an advisory lock for the whole run.
///
/// Files are written under temporary names beside their targets and renamed only when every
/// file of the run is complete, so a failed run leaves the earlier reports as they were and a
/// reader never sees half a file. A second run on the same folder at the same time stops at
/// once with exit 75.
public final class OutputFolder: @unchecked Sendable {
    public let path: String
    private let lockDescriptor: Int32
    /// Guarded by `stagedLock`: formats are written on both cores at once.
    private var staged: [(temporary: String, target: String)] = []
    /// Folders this run created (handover folders, the history folder), removed again if the
    /// run fails and leaves them empty.
    private var createdFolders: [String] = []
    /// Folders whose workbooks are exactly this run's (handover folders): after the commit, a
    /// workbook of an earlier run that this run did not write is removed.
    private var exactFolders: [String] = []
    private let stagedLock = NSLock()
    private static let lockName = ".customer-review.lock"
    private static let temporaryMarker = ".tmp-"

    /// Creates the folder if needed and takes its lock.
    public init(path: String) throws {
        self.path = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw ReviewError.output("\(path): the output path is a file, not a folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw ReviewError.output("\(path): the output folder cannot be created (\(Self.reason(error)))")
            }
        }
        let lockPath = (path as NSString).appendingPathComponent(Self.lockName)
        // Never through a symbolic link: the run touches nothing outside its folder.
        let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == ELOOP {
                throw ReviewError.output("\(path): \(Self.lockName) is a symbolic link; remove it (the run writes nothing through a link)")
            }
            throw ReviewError.output("\(path): the output folder is not writable (\(InputFile.describeErrno(errno)))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            _ = Glibc.close(fd)
            throw ReviewError.output("\(path): \(Self.lockName) is not a regular file; remove it")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            if code == EWOULDBLOCK {
                throw ReviewError(.busy, "\(path): another customer-review run is writing this folder; try again later")
            }
            throw ReviewError.output("\(path): the output folder cannot be locked (\(InputFile.describeErrno(code)))")
        }
        lockDescriptor = fd
        removeStaleTemporaries()
    }

    deinit {
        // Closing the descriptor releases the lock; nothing is written here.
        discard()
        _ = Glibc.close(lockDescriptor)
    }

    /// The path of a report file in the folder.
    public func target(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// A temporary path beside `name`'s target, to write to and later `commit`.
    public func stage(_ name: String) -> String {
        stage(targetPath: target(name))
    }

    /// A temporary path beside any target (e.g. the tier snapshot in the history folder), to
    /// be renamed with the reports at `commit`.
    public func stage(targetPath: String) -> String {
        let folder = (targetPath as NSString).deletingLastPathComponent
        let name = (targetPath as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent("." + name + Self.temporaryMarker + String(getpid()))
        // The name is this process's own: anything already there (a link planted to make the
        // workbook writer, which opens the name itself, write outside the folder) is removed.
        unlink(temporary)
        stagedLock.withLock { staged.append((temporary, targetPath)) }
        return temporary
    }

    /// Writes a staged temporary file beside `name`'s target through a buffered sink.
    public func stage(_ name: String, writing body: (ByteSink) throws -> Void) throws {
        try stage(targetPath: target(name), writing: body)
    }

    /// Writes `data` to a staged temporary file beside `name`'s target.
    public func stage(_ name: String, data: Data) throws {
        try stage(targetPath: target(name), data: data)
    }

    /// Writes `data` to a staged temporary file beside `targetPath`.
    public func stage(targetPath: String, data: Data) throws {
        try stage(targetPath: targetPath) { sink in
            data.withUnsafeBytes { sink.append($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Writes a staged temporary file beside `targetPath` through a buffered sink, flushed to
    /// disk, so a large report goes to disk as it is produced and is never held whole.
    public func stage(targetPath: String, writing body: (ByteSink) throws -> Void) throws {
        let temporary = stage(targetPath: targetPath)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ReviewError.output("\(targetPath): cannot be written (\(InputFile.describeErrno(errno)))") }
        defer { _ = Glibc.close(fd) }
        let sink = ByteSink(descriptor: fd, path: targetPath)
        try body(sink)
        try sink.flush()
        guard fsync(fd) == 0 else {
            throw ReviewError.output("\(targetPath): cannot be flushed to disk (\(InputFile.describeErrno(errno)))")
        }
    }

    /// Renames every staged file to its target. Called once every file is complete.
    ///
    /// All or nothing: every target is checked first (a folder in its place stops the run
    /// before anything is replaced), each existing target is kept under a hard link while the
    /// files are renamed, and if a rename still fails, what was replaced is put back.
    public func commit() throws {
        let staged = stagedLock.withLock { self.staged }
        for (_, target) in staged {
            var info = stat()
            if lstat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw ReviewError.output("\(target): cannot be put in place (a folder is in its place)")
            }
        }
        var replaced: [(target: String, previous: String?)] = []
        func putBack() {
            for (target, previous) in replaced.reversed() {
                if let previous { rename(previous, target) } else { unlink(target) }
            }
        }
        for (temporary, target) in staged {
            let previous = Self.previousName(of: temporary)
            unlink(previous)
            let kept = link(target, previous) == 0
            guard rename(temporary, target) == 0 else {
                let code = errno
                if kept { unlink(previous) }
                putBack()
                throw ReviewError.output("\(target): cannot be put in place (\(InputFile.describeErrno(code)))")
            }
            replaced.append((target, kept ? previous : nil))
        }
        for case (_, let previous?) in replaced { unlink(previous) }
        removeEarlierWorkbooks(keeping: Set(staged.map(\.target)))
        // Make the renames durable.
        for folder in Set(staged.map { ($0.target as NSString).deletingLastPathComponent }) {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                _ = fsync(fd)
                _ = Glibc.close(fd)
            }
        }
        stagedLock.withLock { self.staged.removeAll() }
    }

    /// Marks a folder made with `makeFolder` as holding only this run's workbooks.
    public func holdOnlyThisRunsWorkbooks(_ folder: String) {
        stagedLock.withLock { exactFolders.append(folder) }
    }

    /// Removes the workbooks of an earlier run (a salesperson who no longer has customers)
    /// from the handover folders, once every file of this run is in place.
    private func removeEarlierWorkbooks(keeping targets: Set<String>) {
        let folders = stagedLock.withLock { exactFolders }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasSuffix(".xlsx") && !name.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(name)
                var info = stat()
                guard !targets.contains(path), lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                unlink(path)
            }
        }
    }

    /// Where the file a staged one replaces is kept during `commit`: `.NAME.previous.tmp-PID`,
    /// hidden and removed like a temporary file if the run is killed.
    private static func previousName(of temporary: String) -> String {
        guard let marker = temporary.range(of: temporaryMarker, options: .backwards) else { return temporary + ".previous" }
        return String(temporary[..<marker.lowerBound]) + ".previous" + String(temporary[marker.lowerBound...])
    }

    /// Removes every staged file that was not committed, and the folders the run created
    /// for them if they are left empty.
    public func discard() {
        stagedLock.withLock {
            for (temporary, _) in staged { unlink(temporary) }
            staged.removeAll()
            for folder in createdFolders.reversed() { rmdir(folder) }
            createdFolders.removeAll()
        }
    }

    /// Creates a folder for staged files (with its parents) unless it exists; a failure is an
    /// output error naming it. Temporary files a killed run left there are removed when their
    /// process is gone.
    public func makeFolder(_ folder: String, what: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ReviewError.output("\(folder): the \(what) is a file, not a folder") }
            Self.removeOrphanedTemporaries(in: folder)
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ReviewError.output("\(folder): the \(what) cannot be created (\(Self.reason(error)))")
        }
        stagedLock.withLock { createdFolders.append(folder) }
    }

    /// Temporary files (`.NAME.tmp-PID`) whose process no longer runs: left by a killed run in a
    /// folder this lock does not cover (the history folder).
    static func removeOrphanedTemporaries(in folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: temporaryMarker, options: .backwards),
                  let pid = Int32(name[marker.upperBound...]), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// The files this run will write (targets), sorted, for the summary line: files are
    /// staged from two cores, so the order they were staged in is not stable.
    public var stagedTargets: [String] { stagedLock.withLock { staged.map(\.target).sorted() } }

    /// Temporary files of an earlier run that was killed, in the folder and in its handover
    /// subfolders (`monthly-2026-10-salesperson/`); with the lock held they are ours.
    private func removeStaleTemporaries() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let handovers = names.filter { name in HandoverWorkbook.Split.allCases.contains { name.hasSuffix("-" + $0.rawValue) } }
        for folder in [path] + handovers.map(target) {
            let entries = folder == path ? names : (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in entries where name.hasPrefix(".") && name.contains(Self.temporaryMarker) {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.isEmpty ? "\(error)" : text
    }
}
