import Foundation

/// Gives the Text-format cell style Excel's quote prefix in a written workbook.
///
/// Text that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) is written as a string cell
/// with the Text number format `@`. Excel marks such cells with `quotePrefix="1"` on their
/// cell format, so that editing the cell can never turn it into a formula; libxlsxwriter 1.1.4
/// has no setting for it (`format_set_quote_prefix` came in a later version). This adds the
/// attribute to every cell format with the number format `@` in `xl/styles.xml` — the only
/// part it changes (through `ZipRewriter`, which copies every other part byte for byte). The same
/// workbook always gives the same bytes.
enum XlsxQuotePrefix {
    static let stylesPart = "xl/styles.xml"

    /// Rewrites the workbook at `path` in place (through a temporary file beside it).
    static func apply(to path: String) throws(XlsxError) {
        let zip = try ZipRewriter(path: path)
        defer { zip.close() }
        guard let styles = zip.entries.first(where: { $0.name == stylesPart }) else {
            throw XlsxError(.library, "workbook '\(path)' has no \(stylesPart) to mark text cells in")
        }
        let xml = String(decoding: try zip.contents(of: styles), as: UTF8.self)
        try zip.rewrite(replacing: styles, with: Array(marked(xml).utf8))
    }

    /// The styles with `quotePrefix="1"` on every cell format whose number format is `@`:
    /// Excel's built-in 49, or a custom one libxlsxwriter declared with the code `@`.
    static func marked(_ xml: String) -> String {
        var ids = ["49"]
        var rest = xml[...]
        while let found = rest.range(of: "formatCode=\"@\"") {
            // `<numFmt numFmtId="169" formatCode="@"/>`: the id stands just before.
            let before = rest[..<found.lowerBound]
            if let open = before.range(of: "numFmtId=\"", options: .backwards) {
                ids.append(String(before[open.upperBound...].prefix { $0 != "\"" }))
            }
            rest = rest[found.upperBound...]
        }
        var result = xml
        for id in ids {
            result = result.replacingOccurrences(of: "<xf numFmtId=\"\(id)\" ", with: "<xf numFmtId=\"\(id)\" quotePrefix=\"1\" ")
        }
        return result
    }
}
