/// Writes JSON text straight into bytes, container by container: two-space indentation,
/// members in the order written, strings escaped per RFC 8259. `JSONText` renders a
/// `JSONValue` through it, so a value written either way gives the same bytes.
///
/// Containers open lazily: `{` or `[` is written with the first member, and an empty container
/// becomes `{}` or `[]`.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open container: members written so far.
    private var counts: [Int] = []
    private var kinds: [UInt8] = []

    public init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// Removes the bytes written so far (to hand them on) without closing anything.
    mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    mutating func drain(into sink: ByteSink) throws {
        bytes.withUnsafeBufferPointer { sink.append($0) }
        bytes.removeAll(keepingCapacity: true)
        try sink.flushIfFull()
    }

    // MARK: Containers

    public mutating func beginObject() { begin(UInt8(ascii: "{")) }
    public mutating func endObject() { end(UInt8(ascii: "}")) }
    public mutating func beginArray() { begin(UInt8(ascii: "[")) }
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ open: UInt8) {
        kinds.append(open)
        counts.append(0)
    }

    private mutating func end(_ close: UInt8) {
        guard let count = counts.popLast(), let open = kinds.popLast() else { return }
        if count == 0 {
            bytes.append(open)
            bytes.append(close)
        } else {
            bytes.append(0x0A)
            pad(counts.count)
            bytes.append(close)
        }
    }

    /// Before a member or element: opens the container or separates from the one before.
    private mutating func separate() {
        guard let last = counts.indices.last else { return }
        if counts[last] == 0 {
            bytes.append(kinds[last])
            bytes.append(0x0A)
        } else {
            bytes.append(UInt8(ascii: ","))
            bytes.append(0x0A)
        }
        counts[last] += 1
        pad(counts.count)
    }

    @inline(__always)
    private mutating func pad(_ level: Int) {
        for _ in 0..<(level * 2) { bytes.append(0x20) }
    }

    /// Starts an object member: `"key": `.
    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [0x22, 0x3A, 0x20])
    }

    public mutating func key(_ key: String) {
        separate()
        JSONText.writeString(key, to: &bytes)
        bytes.append(contentsOf: [0x3A, 0x20])
    }

    /// Starts an array element.
    public mutating func element() {
        separate()
    }

    // MARK: Values (after `key` or `element`)

    public mutating func null() { append("null") }
    public mutating func bool(_ value: Bool) { append(value ? "true" : "false") }
    public mutating func string(_ value: String) { JSONText.writeString(value, to: &bytes) }
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func integer(_ value: Int) { append(String(value)) }
    public mutating func integer(_ value: Int?) { if let value { integer(value) } else { null() } }
    public mutating func money(_ value: Money) { value.appendPlain(to: &bytes) }
    public mutating func money(_ value: Money?) { if let value { money(value) } else { null() } }
    public mutating func date(_ value: CalendarDate?) { if let value { string(value.description) } else { null() } }

    /// A whole value, nested at the current place.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): append(n)
        case .string(let s): string(s)
        case .array(let elements):
            beginArray()
            for element in elements {
                self.element()
                self.value(element)
            }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(name)
                self.value(member)
            }
            endObject()
        }
    }

    /// A whole value on one line, `{"a": 1, "b": [2, 3]}`: for the small objects of a long list
    /// (a score breakdown's indicators), which indentation would make several times larger.
    public mutating func inlineValue(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): append(n)
        case .string(let s): string(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
                inlineValue(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, (name, member)) in members.enumerated() {
                if index > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
                JSONText.writeString(name, to: &bytes)
                bytes.append(contentsOf: [0x3A, 0x20])
                inlineValue(member)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}

extension Money {
    /// Appends `1234.50` / `-0.05` as UTF-8 without building a string.
    func appendPlain(to bytes: inout [UInt8]) {
        if fen < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = fen.magnitude
        var yuan = magnitude / 100
        let cents = magnitude % 100
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(yuan % 10)
                yuan /= 10
                count += 1
            } while yuan > 0
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(cents / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(cents % 10))
    }
}
