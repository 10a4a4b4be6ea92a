@testable import CustomerReview

// Fuzz target `template`: the HTML template engine — a set of templates parsed from the input,
// rendered with a fixed context whose texts are all markup characters.
//
// Input: up to four templates separated by NUL bytes: `page.html` (rendered), then `row.html`,
// `list.html` and `cell.html` (for `{{> partial}}`). Bytes that are not UTF-8 are repaired,
// as the String initialiser does (a template folder refuses them before parsing).
//
// Checked beyond "no crash, no hang" (the limits below stand in for the standard ones, which
// bound the same things at a larger size): a value is always escaped — if no template holds a
// `<`, `>`, `"` or `'`, the page holds none either, whatever the values hold; and no control
// character of a value (NUL, ESC, a C1 control) reaches the page.

private let names = ["page.html", "row.html", "list.html", "cell.html"]

private let limits = TemplateLimits(maximumNesting: 64, maximumPartialDepth: 16, maximumRenderDepth: 128,
                                    maximumSteps: 100_000, maximumOutputBytes: 1 << 20)

private let hostile: TemplateValue = .text("<img src=x onerror=\"alert('x')\">&amp;")

private let context: TemplateValue = [
    "title": hostile,
    "name": .text("'\"<>&"),
    "binary": .text("a\u{0}b\u{1B}[2J\u{7F}\u{85}\u{9B}c"),
    "empty": "",
    "none": .null,
    "yes": true,
    "no": false,
    "chart": .html(TrustedHTML(trustedMarkup: "CHART")),
    "escaped": .html(TrustedHTML(escaping: "<b>")),
    "texts": [hostile, "", "plain"],
    "nothing": [],
    "customers": [
        ["id": "C1", "name": hostile, "score": "85.01", "flags": ["<a>", "b'"], "abnormal": true,
         "contact": ["name": hostile, "phone": "<tel>"]],
        ["id": "C2", "name": "\"quoted\"", "score": .null, "flags": ["\u{0}", "\u{1B}"], "abnormal": false, "contact": .null],
    ],
    "totals": ["outstanding": "1,234.50", "nested": ["deeper": hostile, "list": [["x": hostile]]]],
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = start.fuzzBytes(count)
    let parts = bytes.split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
    var sources: [String: String] = [:]
    for (name, part) in zip(names, parts) {
        sources[name] = String(decoding: part, as: UTF8.self)
    }
    let set: TemplateSet
    do {
        set = try TemplateSet(templates: sources, origin: "fuzz", limits: limits)
    } catch {
        _ = error.description
        return 0
    }
    let page: String
    do {
        page = try set.render("page", context)
    } catch {
        _ = error.description
        return 0
    }
    // Bytes, not Characters: a `<` followed by a combining mark is another Character.
    let source = Set(sources.values.flatMap(\.utf8))
    for byte in "<>\"'".utf8 + [0x00, 0x1B, 0x7F] where !source.contains(byte) {
        fuzzExpect(!page.utf8.contains(byte), "byte \(byte) reached the page from a value: \(page.prefix(200))")
    }
    // U+0085 and U+009B (C2 85, C2 9B in UTF-8) come only from values here.
    let sourceScalars = Set(sources.values.flatMap(\.unicodeScalars))
    for control: Unicode.Scalar in ["\u{85}", "\u{9B}"] where !sourceScalars.contains(control) {
        fuzzExpect(!page.unicodeScalars.contains(control), "U+\(String(control.value, radix: 16)) reached the page from a value")
    }
    return 0
}
