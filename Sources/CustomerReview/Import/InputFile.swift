import Glibc

/// A file opened read-only and read in fixed-size chunks, so that no input is ever held whole
/// in memory and no input is ever changed.
final class InputFile {
    let path: String
    let displayName: String
    private let descriptor: Int32
    /// The size a chunk is read in.
    static let chunkSize = 1 << 20

    init(path: String, displayName: String) throws {
        self.path = path
        self.displayName = displayName
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ReviewError.input("\(displayName): cannot be read (\(InputFile.describeErrno(errno)))")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            _ = Glibc.close(fd)
            throw ReviewError.input("\(displayName): is a folder, not a file")
        }
        descriptor = fd
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
