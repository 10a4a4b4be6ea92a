import Glibc

/// Converts GB18030 or UTF-16 bytes to UTF-8 with Glibc's `iconv`.
///
/// Bytes that are not valid in the source encoding are never guessed: each invalid unit is
/// replaced by the byte 0xFF, which can never occur in UTF-8, so the record that holds it is
/// later reported as a data issue with its line and column.
final class Transcoder {
    let source: TextEncoding
    private let handle: iconv_t
    /// The byte written in place of each invalid input unit.
    static let invalidMarker: UInt8 = 0xFF

    init(from source: TextEncoding) throws {
        self.source = source
        let h = iconv_open("UTF-8", source.rawValue)
        guard let h, Int(bitPattern: h) != -1 else {
            throw ReviewError.input("this system cannot convert \(source.rawValue) text (iconv: \(InputFile.describeErrno(errno)))")
        }
        handle = h
    }

    deinit { iconv_close(handle) }

    /// The width of one invalid unit to skip: a byte for GB18030, a code unit for UTF-16.
    private var unitWidth: Int { source == .gb18030 ? 1 : 2 }

    /// Converts `input` completely and appends the UTF-8 to `output`; returns whether any
    /// invalid unit was replaced.
    @discardableResult
    func convert(_ input: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) -> Bool {
        var pending = 0
        return convert(input, appendingTo: &output, leftover: &pending, final: true)
    }

    /// Converts as much of `input` as forms whole characters; `leftover` is set to the number
    /// of trailing bytes of an incomplete character, to be passed again with the next chunk.
    /// With `final`, an incomplete character at the end is invalid.
    func convert(_ input: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8],
                 leftover: inout Int, final: Bool) -> Bool {
        leftover = 0
        guard let base = input.baseAddress, input.count > 0 else { return false }
        var sawInvalid = false
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count
        while inLeft > 0 {
            var failure: Int32 = 0
            scratch.withUnsafeMutableBytes { raw in
                var outPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = raw.count
                if iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { failure = errno }
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - outLeft)]))
            }
            switch failure {
            case 0, E2BIG:
                continue
            case EINVAL where !final:
                // An incomplete character at the end of this chunk: keep it for the next one.
                leftover = inLeft
                return sawInvalid
            default:
                // EILSEQ, or an incomplete character at the very end: mark one unit, go on.
                output.append(Self.invalidMarker)
                sawInvalid = true
                let skip = min(unitWidth, inLeft)
                inPointer = inPointer.map { $0 + skip }
                inLeft -= skip
                iconv(handle, nil, nil, nil, nil)
            }
        }
        return sawInvalid
    }

    private var scratch = [UInt8](repeating: 0, count: 1 << 16)
}
