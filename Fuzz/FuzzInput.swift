import Glibc

// Shared by every fuzz target: compiled into each of them (see scripts/fuzz.sh).

/// What a target found wrong beyond a crash: stops the run the way libFuzzer expects (an
/// abort leaves the input in `.build-fuzz/artifacts/`), with the reason on stderr.
func fuzzFailure(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    let text = Array("fuzz invariant broken at \(file):\(line): \(message)\n".utf8)
    _ = text.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    abort()
}

func fuzzExpect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                file: StaticString = #fileID, line: UInt = #line) {
    if !condition() { fuzzFailure(message(), file: file, line: line) }
}

/// A file on tmpfs that a target rewrites for each input: the CSV layer reads paths, and a
/// file is what production reads. One per process, so parallel fuzzers (`-jobs`) never share.
enum FuzzScratchFile {
    static let path: String = {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        return "\(folder)/customer-review-fuzz-\(getpid()).csv"
    }()

    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { fuzzFailure("cannot write \(path): errno \(errno)") }
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            guard n > 0 else { fuzzFailure("cannot write \(path): errno \(errno)") }
            offset += n
        }
        close(fd)
    }
}

extension UnsafeRawPointer {
    func fuzzBytes(_ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: assumingMemoryBound(to: UInt8.self), count: count)
    }
}
