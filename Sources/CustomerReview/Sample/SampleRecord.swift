/// One CSV record of the sample being built, as UTF-8 bytes, each field quoted as a
/// spreadsheet's export quotes it (`CSVWriter`'s `.asExported`: a delimiter, a quote or a line
/// break inside).
///
/// One instance is reused for every record of a file, so that writing millions of rows does
/// not allocate per row. Numbers, dates and amounts are written digit by digit, never through
/// a formatter or the locale.
struct SampleRecord {
    let delimiter: UInt8
    private(set) var bytes: [UInt8] = []
    private(set) var fieldCount = 0
    /// Line breaks inside quoted fields: the record spans this many lines more than one.
    private(set) var innerLineBreaks = 0
    /// Where each field starts in `bytes`, so that a bad row can be made from a good one.
    private var fieldStarts: [Int] = []
    private var fieldStart = 0

    static let lineFeed: UInt8 = 0x0A

    init(delimiter: UInt8) {
        self.delimiter = delimiter
        bytes.reserveCapacity(2048)
        fieldStarts.reserveCapacity(64)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        fieldCount = 0
        innerLineBreaks = 0
        fieldStarts.removeAll(keepingCapacity: true)
    }

    // MARK: Spoiling a good row

    /// The text of field `index` as written (quotes and all).
    func writtenField(_ index: Int) -> String {
        String(decoding: bytes[fieldRange(index)], as: UTF8.self)
    }

    /// Replaces field `index` with `text`, quoted if it needs to be unless `quoted` is false.
    mutating func replaceField(_ index: Int, with text: String, quoted: Bool = true) {
        var replacement = SampleRecord(delimiter: delimiter)
        if quoted { replacement.add(text) } else { replacement.addUnquoted(text) }
        let range = fieldRange(index)
        let delta = replacement.bytes.count - range.count
        bytes.replaceSubrange(range, with: replacement.bytes)
        for later in (index + 1)..<fieldCount { fieldStarts[later] += delta }
        recountLineBreaks()
    }

    /// Keeps the first `count` fields only: the row an export cut short.
    mutating func truncate(toFields count: Int) {
        guard count < fieldCount else { return }
        bytes.removeSubrange((fieldStarts[count] - 1)...)
        fieldStarts.removeSubrange(count...)
        fieldCount = count
        recountLineBreaks()
    }

    private func fieldRange(_ index: Int) -> Range<Int> {
        let start = fieldStarts[index]
        let end = index + 1 < fieldCount ? fieldStarts[index + 1] - 1 : bytes.count
        return start..<end
    }

    /// A record holds no line break of its own, so every LF in it is inside a quoted field.
    private mutating func recountLineBreaks() {
        innerLineBreaks = 0
        for byte in bytes where byte == Self.lineFeed { innerLineBreaks += 1 }
    }

    // MARK: Fields

    /// Adds a field holding `text`, quoted if it needs to be.
    mutating func add(_ text: String) {
        beginField()
        append(text)
        endField()
    }

    mutating func addEmpty() {
        beginField()
        endField()
    }

    /// Adds `text` as it is, never quoted: for the deliberately broken rows (a stray quote, an
    /// unquoted delimiter) that a careless export would write.
    mutating func addUnquoted(_ text: String) {
        beginField()
        append(text)
    }

    mutating func add(_ number: Int) {
        beginField()
        append(number)
        endField()
    }

    /// Starts a field whose text is then appended in pieces; `endField` quotes it if needed.
    mutating func beginField() {
        if fieldCount > 0 { bytes.append(delimiter) }
        fieldCount += 1
        fieldStart = bytes.count
        fieldStarts.append(fieldStart)
    }

    mutating func endField() {
        guard CSVWriter.needsQuotes(bytes[fieldStart...], delimiter: delimiter, quoting: .asExported) else { return }
        let raw = bytes[fieldStart...]
        for byte in raw where byte == Self.lineFeed { innerLineBreaks += 1 }
        var quoted: [UInt8] = []
        CSVWriter.appendQuoted(raw, to: &quoted)
        bytes.replaceSubrange(fieldStart..., with: quoted)
    }

    // MARK: Pieces of a field

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ number: Int) {
        appendPadded(number, width: 1)
    }

    /// Appends a non-negative number with leading zeros up to `width` digits.
    mutating func appendPadded(_ number: Int, width: Int) {
        var value = number
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            value = -value
        }
        var divisor = 1
        var count = 1
        while divisor <= value / 10 {
            divisor *= 10
            count += 1
        }
        if width > count {
            for _ in count..<width { bytes.append(0x30) }
        }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: value / divisor % 10) + 0x30)
            divisor /= 10
        }
    }

    /// Appends a date in one of the shapes exports use, with an optional time of day.
    mutating func append(_ date: CalendarDate, style: SampleDateStyle, time: SampleTime? = nil) {
        switch style {
        case .iso, .dot:
            let separator = UInt8(ascii: style == .iso ? "-" : ".")
            appendPadded(date.year, width: 4)
            bytes.append(separator)
            appendPadded(date.month, width: 2)
            bytes.append(separator)
            appendPadded(date.day, width: 2)
        case .slash:
            appendPadded(date.year, width: 4)
            bytes.append(UInt8(ascii: "/"))
            append(date.month)
            bytes.append(UInt8(ascii: "/"))
            append(date.day)
        case .chinese:
            appendPadded(date.year, width: 4)
            append("年")
            append(date.month)
            append("月")
            append(date.day)
            append("日")
        case .compact:
            appendPadded(date.year, width: 4)
            appendPadded(date.month, width: 2)
            appendPadded(date.day, width: 2)
        }
        if let time {
            bytes.append(0x20)
            append(time.hour)
            bytes.append(UInt8(ascii: ":"))
            appendPadded(time.minute, width: 2)
            if let second = time.second {
                bytes.append(UInt8(ascii: ":"))
                appendPadded(second, width: 2)
            }
        }
    }

    mutating func add(_ date: CalendarDate, style: SampleDateStyle = .iso, time: SampleTime? = nil) {
        beginField()
        append(date, style: style, time: time)
        endField()
    }

    /// Appends an amount of money in one of the shapes exports use.
    mutating func append(_ money: Money, style: SampleAmountStyle, parenthesesForNegative: Bool = false) {
        let negative = money.fen < 0
        let magnitude = Int(money.fen.magnitude)
        let yuan = magnitude / 100
        let fen = magnitude % 100
        if negative { bytes.append(UInt8(ascii: parenthesesForNegative ? "(" : "-")) }
        switch style {
        case .yenHalfWidth: append("¥")
        case .yenFullWidth: append("￥")
        default: break
        }
        switch style {
        case .grouped, .yenHalfWidth, .yenFullWidth: appendGrouped(yuan)
        case .plain, .short, .yuanSuffix: append(yuan)
        }
        if style == .short {
            // 1234.5, 1234: as few decimals as the value needs.
            if fen != 0 {
                bytes.append(UInt8(ascii: "."))
                bytes.append(UInt8(truncatingIfNeeded: fen / 10) + 0x30)
                if fen % 10 != 0 { bytes.append(UInt8(truncatingIfNeeded: fen % 10) + 0x30) }
            }
        } else {
            bytes.append(UInt8(ascii: "."))
            appendPadded(fen, width: 2)
        }
        if style == .yuanSuffix { append("元") }
        if negative && parenthesesForNegative { bytes.append(UInt8(ascii: ")")) }
    }

    private mutating func appendGrouped(_ value: Int) {
        if value < 1000 {
            append(value)
            return
        }
        appendGrouped(value / 1000)
        bytes.append(UInt8(ascii: ","))
        appendPadded(value % 1000, width: 3)
    }

    mutating func add(_ money: Money, style: SampleAmountStyle, parenthesesForNegative: Bool = false) {
        beginField()
        append(money, style: style, parenthesesForNegative: parenthesesForNegative)
        endField()
    }
}

/// The shapes of a date in the exports: `2026-11-05`, `2026/11/5`, `2026.11.05`,
/// `2026年11月5日`, `20261105`.
enum SampleDateStyle: CaseIterable {
    case iso
    case slash
    case dot
    case chinese
    case compact
}

/// A time of day some exports put after a date; it carries no meaning for the reports.
struct SampleTime {
    var hour: Int
    var minute: Int
    var second: Int?
}

/// The shapes of an amount in the exports: `1234.50`, `1234.5`, `1,234.50`, `¥1,234.50`,
/// `￥1,234.50`, `1234.50元`.
enum SampleAmountStyle: CaseIterable {
    case plain
    case short
    case grouped
    case yenHalfWidth
    case yenFullWidth
    case yuanSuffix
}
