internal import CXlsxWriter

/// The workbook's cell formats, each made once on first use and then reused. libxlsxwriter
/// owns the formats and frees them at close; this only keeps the pointers.
///
/// Made on first use rather than all up front, so that a workbook's styles.xml holds only the
/// formats it uses; the order of first use, and so the file, depends only on the content.
struct XlsxStyleCache {
    enum Style: Hashable {
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
    }

    private struct Key: Hashable {
        var style: Style
        /// Shown with the Text number format `@` (text that starts like a formula).
        var asText: Bool
    }

    private var formats: [Key: UnsafeMutablePointer<lxw_format>] = [:]
    private var highlights: [XlsxHighlight.Style: UnsafeMutablePointer<lxw_format>] = [:]

    /// Whether any cell was given the Text format (text that starts like a formula).
    var usesTextFormat: Bool { formats.keys.contains { $0.asText } }

    /// The format for a cell, or nil for Excel's default (plain text, General numbers).
    mutating func format(_ style: Style, asText: Bool = false,
                         in workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError)
        -> UnsafeMutablePointer<lxw_format>? {
        if !asText, style == .text || style == .decimal || style == .bool { return nil }
        let key = Key(style: style, asText: asText)
        if let existing = formats[key] { return existing }
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
        formats[key] = format
        return format
    }

    /// The differential format of a conditional highlight: Excel's Bad, Neutral, Good colours.
    mutating func highlight(_ style: XlsxHighlight.Style,
                            in workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxError)
        -> UnsafeMutablePointer<lxw_format> {
        if let existing = highlights[style] { return existing }
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
        highlights[style] = format
        return format
    }
}
