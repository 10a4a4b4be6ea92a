import Glibc

/// Bytes gathered in a buffer and written to a file in large chunks, so that a large report
/// (hundreds of megabytes of JSON) is never held whole as one `String`.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private let path: String
    /// Bytes written before the buffer is flushed to the file.
    private static let chunk = 1 << 20

    /// A sink writing to an open file descriptor; `path` names the target in errors.
    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Writes the buffer out when it is full.
    public func flushIfFull() throws {
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Writes everything buffered to the file.
    public func flush() throws {
        var offset = 0
        try buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress?.advanced(by: offset), raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ReviewError.output("\(path): cannot be written (\(InputFile.describeErrno(errno)))")
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
