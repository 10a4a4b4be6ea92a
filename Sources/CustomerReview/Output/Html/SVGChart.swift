/// Small horizontal bar charts drawn as inline SVG for the HTML pages.
///
/// Everything is computed in integers — lengths in tenths of an SVG user unit, values in fen
/// or counts — and written with one fixed decimal, so that the same figures give the same
/// bytes on every machine and no figure passes through the locale or binary floating point.
/// Every label goes through `HTMLEscaping.escape(_:)`. A chart is 360 units wide and scales
/// with its `viewBox`; its colours are presentation attributes that a template's CSS can
/// override through the class names (`.bar.tier-a { fill: … }`).
///
/// The SVG is written without `xmlns`: inside HTML the parser puts it in the SVG namespace,
/// and the page holds no address of any kind.
enum SVGChart {
    /// One bar: a label on the left, a signed value, and the text shown for it on the right.
    struct Bar {
        var label: String
        var value: Int64
        var valueText: String
        /// The colour of the bar, as a class name from `palette` (`tier-a`, `age-3`).
        var style: String
    }

    /// One row of a bullet chart: what was asked (the track) and what was done (the bar),
    /// with an optional mark across them (the pace expected by now).
    struct Bullet {
        var label: String
        var target: Int64
        var value: Int64
        var valueText: String
        /// The figures are written in the alert colour (done is short of what was asked).
        var isShort: Bool
        var mark: Int64? = nil
    }

    /// Colours of the bars by class name; anything else is drawn in `neutral`.
    static let palette: [String: String] = [
        "tier-a": "#1f4e79", "tier-b": "#3d7ab8", "tier-c": "#8db4dc", "untiered": "#b4bcc6",
        "age-0": "#4f9a6b", "age-1": "#8fb359", "age-2": "#e0a63a", "age-3": "#e07b39", "age-4": "#c0392b",
        "after-period": "#9aa5b1", "track": "#e3e8ee", "done": "#2f6fb2", "short": "#c0392b", "mark": "#1d2733",
        "move-up": "#4f9a6b", "move-down": "#c0392b", "move-same": "#9aa5b1", "move-new": "#3d7ab8", "move-none": "#e0a63a",
    ]
    static let neutral = "#6b7785"
    /// The classes of aging buckets from the youngest to the oldest.
    static let ageStyles = ["age-0", "age-1", "age-2", "age-3", "age-4"]

    // Geometry, in tenths of a user unit.
    static let width = 3600
    static let rowHeight = 280
    private static let barHeight = 160
    static let labelSize = 13
    static let valueSize = 12
    static let gap = 80
    private static let maximumLabelWidth = 1200
    private static let maximumValueWidth = 1500
    private static let markWidth = 16

    /// The class of aging bucket `index` of `count`, spreading the colours over the buckets.
    static func ageStyle(_ index: Int, of count: Int) -> String {
        guard count > 1 else { return ageStyles[0] }
        let last = ageStyles.count - 1
        return ageStyles[min(last, (index * last + (count - 1) / 2) / (count - 1))]
    }

    // MARK: Charts

    /// Bars from a common zero line (negative values go left of it), values right-aligned in
    /// a column of their own. `heading` is a small title above the labels (an axis name);
    /// `footer` a line under the bars (a total).
    static func bars(id: String, title: String, heading: String?, bars: [Bar], footer: String?, empty: String) -> TrustedHTML {
        guard !bars.isEmpty else { return emptyChart(id: id, title: title, text: empty) }
        let labelColumn = labelColumnWidth(bars.map(\.label))
        let valueColumn = valueColumnWidth(bars.map(\.valueText))
        let areaStart = labelColumn
        let areaEnd = width - valueColumn
        let low = min(0, bars.map(\.value).min() ?? 0)
        let high = max(0, bars.map(\.value).max() ?? 0)
        let span = max(1, Int128(high) - Int128(low))
        let x = { (value: Int64) -> Int in
            areaStart + Int(scaled(Int128(value) - Int128(low), by: areaEnd - areaStart, over: span))
        }
        let top = heading == nil ? 80 : 300
        let height = top + bars.count * rowHeight + (footer == nil ? 60 : 300)
        var svg = open(id: id, title: title, height: height)
        if let heading {
            svg += text(heading, x: 0, y: 180, size: valueSize, anchor: "start", style: "heading")
        }
        for (row, bar) in bars.enumerated() {
            let rowTop = top + row * rowHeight
            let baseline = rowTop + rowHeight / 2 + 45
            let from = x(min(0, bar.value))
            let to = x(max(0, bar.value))
            svg += "<g class=\"row\"><title>" + HTMLEscaping.escape(bar.label + ": " + bar.valueText) + "</title>"
            svg += label(bar.label, x: areaStart - gap, middle: rowTop + rowHeight / 2)
            svg += rect(x: from, y: rowTop + (rowHeight - barHeight) / 2, width: to - from, height: barHeight, style: bar.style)
            svg += text(bar.valueText, x: width, y: baseline, size: valueSize, anchor: "end", style: "value")
            svg += "</g>"
        }
        let zero = x(0)
        svg += "<line class=\"axis\" x1=\"\(decimal(zero))\" y1=\"\(decimal(top))\" x2=\"\(decimal(zero))\" "
            + "y2=\"\(decimal(top + bars.count * rowHeight))\" stroke=\"#8a96a3\" stroke-width=\"1.0\"/>"
        if let footer {
            svg += text(footer, x: width, y: top + bars.count * rowHeight + 200, size: valueSize, anchor: "end", style: "footer")
        }
        return TrustedHTML(trustedMarkup: svg + "</svg>")
    }

    /// Bullet rows: a light track for what was asked and a bar for what was done, on one
    /// scale, with a legend above; `markLegend` names the rows' marks, if they have any.
    static func bullets(id: String, title: String, legend: (track: String, bar: String), markLegend: String? = nil,
                        rows: [Bullet], empty: String) -> TrustedHTML {
        guard !rows.isEmpty else { return emptyChart(id: id, title: title, text: empty) }
        let labelColumn = labelColumnWidth(rows.map(\.label))
        let valueColumn = valueColumnWidth(rows.map(\.valueText))
        let areaStart = labelColumn
        let areaEnd = width - valueColumn
        let high = max(1, Int128(rows.map { max($0.target, $0.value, $0.mark ?? 0) }.max() ?? 1))
        let length = { (value: Int64) -> Int in
            Int(scaled(Int128(max(0, value)), by: areaEnd - areaStart, over: high))
        }
        let top = 340
        let height = top + rows.count * rowHeight + 60
        var svg = open(id: id, title: title, height: height)
        // The legend: a swatch and its words, then the next; moved left when it would not fit.
        let swatch = 120
        let entries = [(legend.track, "track"), (legend.bar, "done")] + (markLegend.map { [($0, "mark")] } ?? [])
        let legendWidth = entries.reduce(0) { $0 + swatch + 60 + textWidth($1.0, size: valueSize) + 240 } - 240
        var legendX = min(areaStart, max(0, width - legendWidth))
        for (words, style) in entries {
            let isMark = style == "mark"
            svg += rect(x: legendX + (isMark ? (swatch - markWidth) / 2 : 0), y: 90, width: isMark ? markWidth : swatch,
                        height: swatch, style: style)
            svg += text(words, x: legendX + swatch + 60, y: 195, size: valueSize, anchor: "start", style: "legend")
            legendX += swatch + 60 + textWidth(words, size: valueSize) + 240
        }
        for (index, row) in rows.enumerated() {
            let rowTop = top + index * rowHeight
            let baseline = rowTop + rowHeight / 2 + 45
            let barTop = rowTop + (rowHeight - barHeight) / 2
            svg += "<g class=\"row\"><title>" + HTMLEscaping.escape(row.label + ": " + row.valueText) + "</title>"
            svg += label(row.label, x: areaStart - gap, middle: rowTop + rowHeight / 2)
            svg += rect(x: areaStart, y: barTop, width: length(row.target), height: barHeight, style: "track")
            svg += rect(x: areaStart, y: barTop + 30, width: length(row.value), height: barHeight - 60, style: "done")
            if let mark = row.mark {
                svg += rect(x: areaStart + length(mark) - markWidth / 2, y: barTop - 30, width: markWidth,
                            height: barHeight + 60, style: "mark")
            }
            svg += text(row.valueText, x: width, y: baseline, size: valueSize, anchor: "end",
                        style: row.isShort ? "value short" : "value", fill: row.isShort ? palette["short"] ?? neutral : mutedInk)
            svg += "</g>"
        }
        return TrustedHTML(trustedMarkup: svg + "</svg>")
    }

    private static func emptyChart(id: String, title: String, text words: String) -> TrustedHTML {
        let svg = open(id: id, title: title, height: 600) + text(words, x: width / 2, y: 345, size: labelSize, anchor: "middle", style: "empty")
        return TrustedHTML(trustedMarkup: svg + "</svg>")
    }

    // MARK: Elements

    static func open(id: String, title: String, height: Int) -> String {
        let titleID = HTMLEscaping.escape(id + "-title")
        return "<svg class=\"chart-svg\" id=\"\(HTMLEscaping.escape(id))\" viewBox=\"0 0 \(decimal(width)) \(decimal(height))\" "
            + "width=\"\(decimal(width))\" height=\"\(decimal(height))\" role=\"img\" aria-labelledby=\"\(titleID)\">"
            + "<title id=\"\(titleID)\">" + HTMLEscaping.escape(title) + "</title>"
    }

    static let ink = "#1d2733"
    static let mutedInk = "#3e4a57"

    static func text(_ words: String, x: Int, y: Int, size: Int, anchor: String, style: String,
                             fill: String = mutedInk) -> String {
        "<text class=\"\(style)\" x=\"\(decimal(x))\" y=\"\(decimal(y))\" font-size=\"\(size)\" "
            + "text-anchor=\"\(anchor)\" fill=\"\(fill)\">" + HTMLEscaping.escape(words) + "</text>"
    }

    static func rect(x: Int, y: Int, width: Int, height: Int, style: String) -> String {
        let fill = palette[style] ?? neutral
        return "<rect class=\"bar \(HTMLEscaping.escape(style))\" x=\"\(decimal(x))\" y=\"\(decimal(y))\" "
            + "width=\"\(decimal(max(0, width)))\" height=\"\(decimal(height))\" rx=\"2.0\" fill=\"\(fill)\"/>"
    }

    // MARK: Numbers and text widths

    /// `tenths` as a number with one decimal: 1234 → `123.4`, -5 → `-0.5`.
    static func decimal(_ tenths: Int) -> String {
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// `value × length / total`, rounded half up (all non-negative).
    static func scaled(_ value: Int128, by length: Int, over total: Int128) -> Int128 {
        guard total > 0, value > 0 else { return 0 }
        return (value * Int128(length) * 2 + total) / (total * 2)
    }

    static func labelColumnWidth(_ labels: [String]) -> Int {
        let widest = labels.flatMap(labelLines).map { textWidth($0, size: labelSize) }.max() ?? 0
        return min(widest, maximumLabelWidth) + 2 * gap
    }

    static func valueColumnWidth(_ values: [String]) -> Int {
        let widest = values.map { textWidth($0, size: valueSize) }.max() ?? 0
        return min(widest, maximumValueWidth) + 2 * gap
    }

    /// A row's label, right-aligned at `x` and centred on `middle`: one line, or two smaller
    /// ones when it is too wide (the full label is in the row's `<title>`, shown on hover).
    static func label(_ words: String, x: Int, middle: Int) -> String {
        let lines = labelLines(words)
        guard lines.count == 2 else {
            return text(words, x: x, y: middle + 45, size: labelSize, anchor: "end", style: "label", fill: ink)
        }
        let size = labelSize - 1
        return "<text class=\"label\" font-size=\"\(size)\" text-anchor=\"end\" fill=\"\(ink)\">"
            + "<tspan x=\"\(decimal(x))\" y=\"\(decimal(middle - 20))\">" + HTMLEscaping.escape(lines[0]) + "</tspan>"
            + "<tspan x=\"\(decimal(x))\" y=\"\(decimal(middle + 110))\">" + HTMLEscaping.escape(lines[1]) + "</tspan></text>"
    }

    /// The label as one line when it fits the label column, else as two: broken at the last
    /// space that fits (anywhere in Chinese text), the second shortened with `…` if needed.
    static func labelLines(_ label: String) -> [String] {
        guard textWidth(label, size: labelSize) > maximumLabelWidth else { return [label] }
        let scalars = Array(label.unicodeScalars)
        var fit = 0
        var used = 0
        while fit < scalars.count, used + emTenths(scalars[fit]) * labelSize <= maximumLabelWidth {
            used += emTenths(scalars[fit]) * labelSize
            fit += 1
        }
        var cut = fit
        if let space = scalars[..<fit].lastIndex(of: " "), space > 0 { cut = space }
        var rest = cut
        while rest < scalars.count, scalars[rest] == " " { rest += 1 }
        let first = String(String.UnicodeScalarView(scalars[..<cut]))
        return [first, shortened(String(String.UnicodeScalarView(scalars[rest...])))]
    }

    /// `words` cut with `…` to fit the label column.
    private static func shortened(_ words: String) -> String {
        guard textWidth(words, size: labelSize) > maximumLabelWidth else { return words }
        var kept = ""
        var used = textWidth("…", size: labelSize)
        for scalar in words.unicodeScalars {
            let w = emTenths(scalar) * labelSize
            guard used + w <= maximumLabelWidth else { break }
            used += w
            kept.unicodeScalars.append(scalar)
        }
        return kept + "…"
    }

    /// An estimate of the width of `words` at `size`, in tenths of a unit: CJK and full-width
    /// characters are one em, capitals seven tenths, small letters and digits six, narrow
    /// letters and punctuation three (generous: wide fonts such as DejaVu Sans fit too).
    static func textWidth(_ words: String, size: Int) -> Int {
        words.unicodeScalars.reduce(0) { $0 + emTenths($1) * size }
    }

    private static func emTenths(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            10
        case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x7C, 0x69, 0x6A, 0x6C, 0x74, 0x66, 0x49, 0x21, 0x28, 0x29:
            3
        case 0x41...0x5A:
            7
        default:
            6
        }
    }
}
