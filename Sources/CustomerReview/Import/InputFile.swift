import Glibc

/// A file opened read-only and read in fixed-size chunks, so that no input is ever held whole
/// in memory and no input is ever changed.
final class InputFile {
    let path: String
    let displayName: String
    private let descriptor: Int32
    /// The size a chunk is read in.
    static let chunkSize = 1 << 20

    /// Opens `path` for reading. Anything but a regular file (a folder, a FIFO, a socket, a
    /// device) is refused before it can block the run: the type is checked before `open`, the
    /// open itself cannot wait (`O_NONBLOCK`: a FIFO with no writer would hang a plain open
    /// forever), and the type is checked again on the descriptor.
    init(path: String, displayName: String) throws {
        self.path = path
        self.displayName = displayName
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ReviewError.input("\(displayName): cannot be read (\(InputFile.describeErrno(errno)))")
        }
        try Self.requireRegular(info.st_mode, displayName)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ReviewError.input("\(displayName): cannot be read (\(InputFile.describeErrno(errno)))")
        }
        do {
            guard fstat(fd, &info) == 0 else {
                throw ReviewError.input("\(displayName): cannot be read (\(InputFile.describeErrno(errno)))")
            }
            try Self.requireRegular(info.st_mode, displayName)
            // Reads of a regular file never wait; the flag is cleared all the same.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
        descriptor = fd
    }

    /// The whole of a small file (the settings, a template), opened as `init` opens an input.
    static func contents(of path: String, displayName: String) throws -> [UInt8] {
        let file = try InputFile(path: path, displayName: displayName)
        var bytes: [UInt8] = []
        try file.forEachChunk { bytes.append(contentsOf: $0) }
        return bytes
    }

    private static func requireRegular(_ mode: mode_t, _ displayName: String) throws {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw ReviewError.input("\(displayName): is a folder, not a file")
        case S_IFIFO: kind = "a FIFO"
        case S_IFSOCK: kind = "a socket"
        case S_IFCHR, S_IFBLK: kind = "a device"
        default: kind = "not a file"
        }
        throw ReviewError.input("\(displayName): is \(kind), not a regular file; give the path of a file")
    }

    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ReviewError.input("\(displayName): read failed (\(InputFile.describeErrno(errno)))")
        }
    }

    /// Reads the whole file chunk by chunk, handing each chunk to `body`.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try read(into: buffer)
            if n == 0 { return }
            try body(UnsafeBufferPointer(start: buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), count: n))
        }
    }

    /// The first `count` bytes (fewer in a shorter file), leaving the file rewound.
    func readPrefix(_ count: Int) throws -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < count {
            let n = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if n == 0 { break }
            filled += n
        }
        try rewind()
        return Array(buffer[0..<filled])
    }

    /// Moves back to the start, for a second pass.
    func rewind() throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw ReviewError.input("\(displayName): cannot be re-read (\(InputFile.describeErrno(errno)))")
        }
    }

    // A read-only descriptor has nothing to flush, so closing it here cannot lose anything.
    deinit { _ = Glibc.close(descriptor) }

    static func describeErrno(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
