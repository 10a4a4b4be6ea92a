/// Trimming of the white space exports leave around values: ASCII spaces, tabs and line
/// breaks, the no-break space, the full-width space U+3000 that Chinese input methods type, a
/// stray byte order mark U+FEFF, and the other Unicode spaces U+2000…U+200B, U+202F.
enum FieldText {
    /// The UTF-8 slice without leading and trailing white space.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        // Most values start and end with a byte no space can: nothing to trim. A space starts
        // with 09–0D, 20, C2 (U+00A0), E2 (U+2000…U+202F), E3 (U+3000) or EF (U+FEFF) and ends
        // with 09–0D, 20, 80–8B, A0, AF or BF.
        if let first = bytes.first, let last = bytes.last,
           first > 0x20, first != 0xC2, first != 0xE2, first != 0xE3, first != 0xEF,
           last > 0x20, !(0x80...0x8B).contains(last), last != 0xA0, last != 0xAF, last != 0xBF {
            return bytes
        }
        var slice = bytes
        while let length = leadingSpaceLength(slice) { slice = slice.dropFirst(length) }
        while let length = trailingSpaceLength(slice) { slice = slice.dropLast(length) }
        return slice
    }

    /// The trimmed value as a string.
    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: trimmed(bytes), as: UTF8.self)
    }

    private static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0xA0, 0x3000, 0xFEFF, 0x2000...0x200B, 0x202F: true
        default: false
        }
    }

    private static func leadingSpaceLength(_ s: ArraySlice<UInt8>) -> Int? {
        guard let first = s.first else { return nil }
        if first < 0x80 { return isSpace(UInt32(first)) ? 1 : nil }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        guard s.count >= length, let scalar = decode(s.prefix(length)) else { return nil }
        return isSpace(scalar) ? length : nil
    }

    private static func trailingSpaceLength(_ s: ArraySlice<UInt8>) -> Int? {
        guard let last = s.last else { return nil }
        if last < 0x80 { return isSpace(UInt32(last)) ? 1 : nil }
        // Step back over continuation bytes to the lead byte (at most three).
        var length = 1
        var index = s.index(before: s.endIndex)
        while length < 4, s[index] & 0xC0 == 0x80, index > s.startIndex {
            index = s.index(before: index)
            length += 1
        }
        guard let scalar = decode(s.suffix(length)) else { return nil }
        return isSpace(scalar) ? length : nil
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
        return scalar.value
    }
}
