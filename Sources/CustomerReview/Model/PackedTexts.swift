/// A handful of short texts (a customer's profile, a visit's form) kept in one allocation
/// instead of one string each: memory for hundreds of thousands of customers stays small.
public struct PackedTexts: Hashable, Sendable {
    /// Each text as a 4-byte little-endian length, then its UTF-8 bytes.
    private var storage: [UInt8]
    public private(set) var count: Int

    public init(_ texts: [String]) {
        var storage: [UInt8] = []
        storage.reserveCapacity(texts.reduce(0) { $0 + 4 + $1.utf8.count })
        for var text in texts {
            text.withUTF8 { utf8 in
                let length = UInt32(clamping: utf8.count)
                withUnsafeBytes(of: length.littleEndian) { storage.append(contentsOf: $0) }
                storage.append(contentsOf: UnsafeBufferPointer(rebasing: utf8.prefix(Int(length))))
            }
        }
        self.storage = storage
        count = texts.count
    }

    /// Text `index`; "" past the end.
    public subscript(index: Int) -> String {
        var offset = 0
        var i = 0
        while offset + 4 <= storage.count {
            let length = Int(storage[offset]) | Int(storage[offset + 1]) << 8 | Int(storage[offset + 2]) << 16 | Int(storage[offset + 3]) << 24
            offset += 4
            if i == index { return String(decoding: storage[offset..<min(offset + length, storage.count)], as: UTF8.self) }
            offset += length
            i += 1
        }
        return ""
    }

    public var all: [String] { (0..<count).map { self[$0] } }
}
