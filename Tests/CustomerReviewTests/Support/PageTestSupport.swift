import Foundation
import Testing
@testable import CustomerReview

// Helpers shared by the tests of the HTML pages (monthly, quarterly, weekly).

/// The templates shipped in the repository's `templates/`.
func shippedTemplates() throws -> TemplateSet {
    try TemplateSet(directory: (repositoryRoot as NSString).appendingPathComponent("templates"))
}

/// The part of the page from the element with `id="id"` to the first `end` after it.
func section(_ id: String, of page: String, to end: String = "</section>") -> Substring {
    guard let start = page.range(of: "id=\"\(id)\"") else { return "" }
    let rest = page[start.lowerBound...]
    guard let close = rest.range(of: end) else { return rest }
    return rest[..<close.upperBound]
}

func occurrences(of needle: String, in text: some StringProtocol) -> Int {
    text.components(separatedBy: needle).count - 1
}

func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
         0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFD:
        true
    default:
        false
    }
}

/// The CJK characters of `html`, for a message.
func chinese(in html: String) -> String {
    String(String.UnicodeScalarView(html.unicodeScalars.filter(isCJK)))
}

/// Expects the page to carry the Content-Security-Policy and to hold no script and no
/// reference to anything outside itself.
func expectSelfContained(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#),
            sourceLocation: sourceLocation)
    #expect(html.hasPrefix("<!DOCTYPE html>"), sourceLocation: sourceLocation)
    // The fixture's formula-like customer name holds an address, shown as escaped text.
    let lower = html.replacingOccurrences(of: "=HYPERLINK(&quot;http://x&quot;)", with: "").lowercased()
    for banned in ["<script", "http://", "https://", "<link", "@import", "url(", "<iframe", "<object", "<embed", "xmlns"] {
        #expect(!lower.contains(banned), "the page holds '\(banned)'", sourceLocation: sourceLocation)
    }
    for part in html.components(separatedBy: "src=").dropFirst() {
        #expect(part.hasPrefix("\"data:") || part.hasPrefix("'data:"), sourceLocation: sourceLocation)
    }
    for part in html.components(separatedBy: "href=\"").dropFirst() {
        #expect(part.hasPrefix("#"), "a link leaves the page: \(part.prefix(40))", sourceLocation: sourceLocation)
    }
}

/// The text of the headline card labelled `label`.
func card(_ label: String, in html: some StringProtocol) -> String? {
    let start = "<div class=\"card-label\">\(label)</div><div class=\"card-value\">"
    guard let range = html.range(of: start) else { return nil }
    let rest = html[range.upperBound...]
    return rest.range(of: "</div>").map { String(rest[..<$0.lowerBound]) }
}

/// `text` when it is all ASCII, else `fallback`: for the reports whose English page must hold
/// no CJK outside the data.
func ascii(_ text: String?, _ fallback: String) -> String? {
    text.map { $0.unicodeScalars.allSatisfy(\.isASCII) ? $0 : fallback }
}

/// The data issues whose English message is plain ASCII (some quote the Chinese forms a clerk
/// may write), each with its value made ASCII.
func asciiDataIssues(_ issues: [DataIssue]) -> [DataIssue] {
    issues
        .filter { $0.problem.message(.en).unicodeScalars.allSatisfy(\.isASCII) }
        .map { issue in
            var issue = issue
            issue.value = ascii(issue.value, "value")
            return issue
        }
}
