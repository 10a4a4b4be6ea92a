internal import CXlsxWriter

/// The workbook's cell formats: every one made, and its cell-format (xf) index fixed, when the
/// workbook opens — before any sheet or row — then only read. libxlsxwriter owns the formats
/// and frees them at close; this keeps the pointers.
///
/// Made up front, not on first use, because sheets are written on two threads: libxlsxwriter
/// gives a format its index on first use from a table shared by the whole workbook, which two
/// threads must not change at once (`lxw_format_get_xf_index`, here on the opening thread,
/// leaves every later look-up a read). The indices follow the order of `Style`, so styles.xml
/// is the same whatever is written; it lists a few formats no cell may use (a header shown as
/// text, say), which costs nothing.
struct XlsxStyleTable {
    enum Style: Int, CaseIterable, Hashable {
        case title, subtitle, header
        case text, wrappedText
        case integer, money, decimal, score, percent, date, bool

        init(_ kind: XlsxColumn.Kind) {
            switch kind {
            case .text: self = .text
            case .wrappedText: self = .wrappedText
            case .integer: self = .integer
            case .money: self = .money
            case .decimal: self = .decimal
            case .score: self = .score
            case .percent: self = .percent
            case .date: self = .date
            case .bool: self = .bool
            }
        }

        /// The number format; nil is General.
        var numberFormat: String? {
            switch self {
            case .integer: "#,##0"
            case .money: "#,##0.00"
            case .score: "0.00"
            case .percent: "0.0%"
            case .date: "yyyy-mm-dd"
            case .title, .subtitle, .header, .text, .wrappedText, .decimal, .bool: nil
            }
        }

        /// Plain text, General numbers and booleans take Excel's default format (none).
        var usesDefault: Bool { self == .text || self == .decimal || self == .bool }

        /// The styles text is written in, which also come with the Text number format `@`
        /// for text that starts like a formula.
        var holdsText: Bool {
            switch self {
            case .title, .subtitle, .header, .text, .wrappedText: true
            case .integer, .money, .decimal, .score, .percent, .date, .bool: false
            }
        }
    }

    /// By `Style.rawValue`; nil for Excel's default.
    private let plain: [UnsafeMutablePointer<lxw_format>?]
    /// By `Style.rawValue`: the style with the Text number format; nil for non-text styles.
    private let shownAsText: [UnsafeMutablePointer<lxw_format>?]
    private let highlights: [UnsafeMutablePointer<lxw_format>]

    /// Makes every format of `workbook` and fixes its index; call before any sheet is added.
    init(in workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) {
        var plain: [UnsafeMutablePointer<lxw_format>?] = []
        var shownAsText: [UnsafeMutablePointer<lxw_format>?] = []
        for style in Style.allCases {
            plain.append(style.usesDefault ? nil : try Self.make(style, asText: false, in: workbook))
        }
        for style in Style.allCases {
            shownAsText.append(style.holdsText ? try Self.make(style, asText: true, in: workbook) : nil)
        }
        var indices = Set<Int32>()
        for format in (plain + shownAsText).compactMap({ $0 }) {
            let index = lxw_format_get_xf_index(format)
            // A format that looked like another would get no index of its own, and every later
            // use would search the shared table again.
            guard index >= 0, format.pointee.xf_index == index, indices.insert(index).inserted else {
                throw XlsxError(.library, "cell format \(index) is not distinct from the others")
            }
        }
        self.plain = plain
        self.shownAsText = shownAsText
        // Differential formats take their index when a highlight is set, on the opening thread.
        highlights = try [XlsxHighlight.Style.bad, .warning, .good].map { style throws(XlsxError) in
            try Self.makeHighlight(style, in: workbook)
        }
    }

    /// The format for a cell, or nil for Excel's default (plain text, General numbers).
    /// `asText` (text that starts like a formula) applies to the text styles only.
    func format(_ style: Style, asText: Bool = false) -> UnsafeMutablePointer<lxw_format>? {
        asText && style.holdsText ? shownAsText[style.rawValue] : plain[style.rawValue]
    }

    /// The differential format of a conditional highlight: Excel's Bad, Neutral, Good colours.
    func highlight(_ style: XlsxHighlight.Style) -> UnsafeMutablePointer<lxw_format> {
        switch style {
        case .bad: highlights[0]
        case .warning: highlights[1]
        case .good: highlights[2]
        }
    }

    private static func make(_ style: Style, asText: Bool,
                             in workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) -> UnsafeMutablePointer<lxw_format> {
        guard let format = workbook_add_format(workbook) else {
            throw XlsxError(.library, "cannot add a cell format", libraryMessage: "out of memory")
        }
        switch style {
        case .title:
            format_set_bold(format)
            format_set_font_size(format, 14)
        case .subtitle:
            format_set_italic(format)
        case .header:
            format_set_bold(format)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, 0xD9E1F2)
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .wrappedText:
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .text, .integer, .money, .decimal, .score, .percent, .date, .bool:
            break
        }
        if asText {
            format_set_num_format(format, "@")
        } else if let numberFormat = style.numberFormat {
            format_set_num_format(format, numberFormat)
        }
        return format
    }

    private static func makeHighlight(_ style: XlsxHighlight.Style,
                                      in workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError) -> UnsafeMutablePointer<lxw_format> {
        guard let format = workbook_add_format(workbook) else {
            throw XlsxError(.library, "cannot add a highlight format", libraryMessage: "out of memory")
        }
        let (fill, font): (lxw_color_t, lxw_color_t) = switch style {
        case .bad: (0xFFC7CE, 0x9C0006)
        case .warning: (0xFFEB9C, 0x9C5700)
        case .good: (0xC6EFCE, 0x006100)
        }
        format_set_bg_color(format, fill)
        format_set_font_color(format, font)
        return format
    }
}
