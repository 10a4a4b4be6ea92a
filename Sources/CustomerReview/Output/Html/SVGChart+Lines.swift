/// Line charts over months and a small grid of rates, in the style of `SVGChart`: integer
/// geometry (tenths of a unit), one fixed decimal, escaped labels, the same bytes for the
/// same figures. A month without a figure is a gap in its line, never a point at zero.
extension SVGChart {
    /// One line: a legend name, its colour and one value per month (nil: a gap).
    struct Line {
        var name: String
        var color: String
        var values: [Int64?]
    }

    static let lineColors = ["#2f6fb2", "#c0392b", "#e07b39", "#4f9a6b"]

    /// - Parameters:
    ///   - months: the months' labels along the bottom (`10`), with `years` under the first
    ///     month and each January (`2026`).
    ///   - format: how a value reads (axis and the point's tooltip).
    static func lines(id: String, title: String, months: [String], years: [String?], lines: [Line],
                      format: (Int64) -> String, empty: String) -> TrustedHTML {
        let known = lines.flatMap { $0.values.compactMap { $0 } }
        guard !known.isEmpty, months.count > 1 else {
            return TrustedHTML(trustedMarkup: open(id: id, title: title, height: 600)
                + text(empty, x: width / 2, y: 345, size: labelSize, anchor: "middle", style: "empty") + "</svg>")
        }
        let low = min(0, known.min() ?? 0)
        let high = max(low + 1, known.max() ?? 1)
        let axisTexts = [format(high), format(low + (high - low) / 2), format(low)]
        let left = valueColumnWidth(axisTexts)
        let right = width - 120
        // The legend, one swatch and name after another, on a second row when it would not fit.
        var legend = ""
        var legendX = 0
        var legendY = 120
        for line in lines {
            let entry = 180 + textWidth(line.name, size: valueSize)
            if legendX > 0, legendX + entry > width {
                legendX = 0
                legendY += 200
            }
            legend += "<rect class=\"legend-key\" x=\"\(decimal(legendX))\" y=\"\(decimal(legendY))\" width=\"12.0\" height=\"12.0\" rx=\"2.0\" fill=\"\(line.color)\"/>"
            legend += text(line.name, x: legendX + 180, y: legendY + 105, size: valueSize, anchor: "start", style: "legend")
            legendX += entry + 240
        }
        let plotTop = legendY + 300
        let plotBottom = plotTop + 1080
        let height = plotBottom + 360
        let span = Int128(high) - Int128(low)
        func x(_ k: Int) -> Int { left + (right - left) * k / (months.count - 1) }
        func y(_ v: Int64) -> Int { plotBottom - Int(scaled(Int128(v) - Int128(low), by: plotBottom - plotTop, over: span)) }
        var svg = open(id: id, title: title, height: height) + legend
        // Three grid lines with their values.
        for (value, words) in zip([high, low + (high - low) / 2, low], axisTexts) {
            let gy = y(value)
            svg += "<line class=\"grid\" x1=\"\(decimal(left))\" y1=\"\(decimal(gy))\" x2=\"\(decimal(right))\" y2=\"\(decimal(gy))\" "
                + "stroke=\"#d5dce4\" stroke-width=\"1.0\"/>"
            svg += text(words, x: left - gap, y: gy + 40, size: valueSize - 1, anchor: "end", style: "axis")
        }
        for (k, month) in months.enumerated() {
            svg += text(month, x: x(k), y: plotBottom + 170, size: valueSize - 1, anchor: "middle", style: "axis")
            if k < years.count, let year = years[k] {
                svg += text(year, x: x(k), y: plotBottom + 320, size: valueSize - 2, anchor: "middle", style: "axis")
            }
        }
        for line in lines {
            // A path broken at every gap: each run of known months starts with a move.
            var path = ""
            var drawing = false
            for (k, value) in line.values.enumerated() {
                guard let value else { drawing = false; continue }
                path += (drawing ? " L" : (path.isEmpty ? "M" : " M")) + decimal(x(k)) + " " + decimal(y(value))
                drawing = true
            }
            svg += "<g class=\"line\"><path d=\"\(path)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2.0\"/>"
            for (k, value) in line.values.enumerated() {
                guard let value else { continue }
                let tip = (k < months.count ? months[k] : "") + (k < years.count ? years[k].map { " " + $0 } ?? "" : "")
                svg += "<circle cx=\"\(decimal(x(k)))\" cy=\"\(decimal(y(value)))\" r=\"2.5\" fill=\"\(line.color)\">"
                    + "<title>" + HTMLEscaping.escape(line.name + " " + tip + ": " + format(value)) + "</title></circle>"
            }
            svg += "</g>"
        }
        return TrustedHTML(trustedMarkup: svg + "</svg>")
    }

    /// A small table of rates: one row per label, one cell per column with the rate written
    /// above a short bar (per mille of the cell's width); nil is "—" and no bar.
    static func rateGrid(id: String, title: String, columns: [String], rows: [(label: String, rates: [Int?])],
                         empty: String) -> TrustedHTML {
        guard !rows.isEmpty, !columns.isEmpty else {
            return TrustedHTML(trustedMarkup: open(id: id, title: title, height: 600)
                + text(empty, x: width / 2, y: 345, size: labelSize, anchor: "middle", style: "empty") + "</svg>")
        }
        let labelColumn = labelColumnWidth(rows.map(\.label))
        let cell = (width - labelColumn) / columns.count
        let top = 260
        let row = 360
        let height = top + rows.count * row + 40
        var svg = open(id: id, title: title, height: height)
        for (k, column) in columns.enumerated() {
            svg += text(column, x: labelColumn + k * cell + cell / 2, y: 180, size: valueSize - 1, anchor: "middle", style: "heading")
        }
        for (r, line) in rows.enumerated() {
            let rowTop = top + r * row
            svg += "<g class=\"row\"><title>" + HTMLEscaping.escape(line.label) + "</title>"
            svg += label(line.label, x: labelColumn - gap, middle: rowTop + row / 2)
            for (k, rate) in line.rates.enumerated() where k < columns.count {
                let cellX = labelColumn + k * cell + gap / 2
                let inner = cell - gap
                let words = rate.map { PageFormat.percent(tenths: Int64($0)) } ?? "—"
                svg += text(words, x: cellX + inner / 2, y: rowTop + 150, size: valueSize - 1, anchor: "middle",
                            style: "value", fill: (rate ?? 1000) < 1000 ? palette["short"] ?? neutral : mutedInk)
                svg += rect(x: cellX, y: rowTop + 210, width: inner, height: 70, style: "track")
                if let rate {
                    svg += rect(x: cellX, y: rowTop + 210, width: inner * min(1000, max(0, rate)) / 1000, height: 70, style: "done")
                }
            }
            svg += "</g>"
        }
        return TrustedHTML(trustedMarkup: svg + "</svg>")
    }
}
