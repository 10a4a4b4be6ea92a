// Template syntax
// ===============
//
//   {{ name }}  {{ a.b.c }}     Outputs a value. Text is escaped by `HTMLEscaping.escape(_:)`
//                               (`& < > " '`); trusted HTML (built by Swift code, such as an
//                               SVG chart) is inserted as it is; null outputs nothing. A name
//                               that is not there is an error, never an empty string; so is
//                               outputting a list, an object or true/false.
//   {{ this }}  {{ . }}         The current scope itself (an element of a list of texts).
//   {{ this.name }}             `name` in the current scope only, without looking outward.
//   {{#each list}} … {{/each}}  Renders the body once per element, with the element as the
//                               current scope. `{{else}}` inside gives the body for an empty
//                               list (or null). Inside: `{{@index}}` (from 0), `{{@number}}`
//                               (from 1), `{{@first}}`, `{{@last}}` (true/false, for
//                               `{{#if}}` and `{{#unless}}`).
//   {{#if value}} … {{else}} … {{/if}}
//                               Truthy: true, non-empty text or markup, a non-empty list, any
//                               object. False, "", [], null are falsy. `{{else}}` is optional.
//   {{#unless value}} … {{else}} … {{/unless}}
//                               The same with the branches swapped.
//   {{> row}}  {{> row.html}}   Includes the template `row.html` of the same set, in the
//   {{> row customer}}          current scope, or with `customer` as its scope.
//   {{! comment }}              Outputs nothing. `{{!-- … --}}` may contain `}}`.
//
// Names are letters, digits, `_` and `-`, joined by `.`. The first name of a path is looked
// up in the current scope, then in each enclosing scope out to the page's values; the rest
// are followed inside the value found. Whitespace inside `{{ }}` is free; text around tags
// is kept exactly. There is deliberately no syntax for unescaped output of text (`{{{ }}}`,
// `{{& }}` are errors): markup reaches a page only as `TrustedHTML` made by Swift code. To
// show a literal `{{`, write `&#123;&#123;`.
//
// The parser is a single forward scan with an explicit stack of open sections (no
// recursion), so no input can overflow the stack; sections nest at most `maximumNesting` deep.

/// Parses one template's source into nodes, naming the template and line in every error.
struct TemplateParser {
    private let name: String
    private let bytes: [UInt8]
    private let maximumNesting: Int
    private var position = 0
    private var line = 1

    /// A section whose closing tag has not been seen yet.
    private struct OpenSection {
        enum Kind: String {
            case each
            case `if`
            case unless
        }
        var kind: Kind
        var reference: TemplateReference
        var line: Int
        /// The opening tag as written, for messages.
        var tag: String
        var body: [TemplateNode] = []
        /// Set once `{{else}}` has been seen.
        var otherwise: [TemplateNode]?
    }

    init(name: String, source: [UInt8], maximumNesting: Int) {
        self.name = name
        bytes = source
        self.maximumNesting = maximumNesting
    }

    /// Parses the whole source.
    ///
    /// - Complexity: O(n) in the length of the source.
    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        var root: [TemplateNode] = []
        var open: [OpenSection] = []
        while position < bytes.count {
            let textStart = position
            let tagStart = scanText(from: textStart)
            if tagStart > textStart {
                Self.append(.text(Array(bytes[textStart..<tagStart])), root: &root, open: &open)
            }
            guard tagStart < bytes.count else { break }
            let tagLine = line
            let (content, end) = try findTagEnd(tagStart: tagStart)
            line += Self.lineBreaks(in: bytes[content])
            position = end
            try handleTag(content: bytes[content], line: tagLine, root: &root, open: &open)
        }
        if let unclosed = open.last {
            throw syntax(
                unclosed.line,
                "'\(unclosed.tag)' is not closed: '{{/\(unclosed.kind.rawValue)}}' is missing")
        }
        return root
    }

    // MARK: Scanning

    /// Advances over text up to the next `{{`, counting lines; returns where the tag starts,
    /// or the end of the source.
    private mutating func scanText(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                return index
            }
            if Self.isLineBreak(at: index, in: bytes[...]) { line += 1 }
            index += 1
        }
        return index
    }

    /// The range of a tag's content between its delimiters, and the position after it.
    private func findTagEnd(tagStart: Int) throws(TemplateError) -> (Range<Int>, Int) {
        let contentStart = tagStart + 2
        let longComment = Array("!--".utf8)
        if bytes[contentStart...].starts(with: longComment) {
            let closing = Array("--}}".utf8)
            guard let end = find(closing, from: contentStart + longComment.count) else {
                throw syntax(line, "unterminated comment '{{!--': no '--}}' after it")
            }
            return (contentStart..<end, end + closing.count)
        }
        guard let end = find(Array("}}".utf8), from: contentStart) else {
            throw syntax(line, "unterminated tag '\(Self.quote(bytes[tagStart...]))': no '}}' after it")
        }
        return (contentStart..<end, end + 2)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// LF, CR LF and a lone CR each end one line; a CR followed by LF is counted at the LF.
    private static func isLineBreak(at index: Int, in bytes: ArraySlice<UInt8>) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "\n"): return true
        case UInt8(ascii: "\r"): return index + 1 == bytes.endIndex || bytes[index + 1] != UInt8(ascii: "\n")
        default: return false
        }
    }

    static func lineBreaks(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for index in bytes.indices where isLineBreak(at: index, in: bytes) { count += 1 }
        return count
    }

    // MARK: Tags

    private mutating func handleTag(
        content: ArraySlice<UInt8>, line tagLine: Int,
        root: inout [TemplateNode], open: inout [OpenSection]
    ) throws(TemplateError) {
        let text = String(decoding: content, as: UTF8.self)
        let trimmed = text.trimmingTagWhitespace()
        let tag = Self.quote(tagText: trimmed)
        guard let sigil = trimmed.first else {
            throw syntax(tagLine, "empty tag '{{}}'")
        }
        let words = trimmed.dropFirst().split(whereSeparator: \.isTagWhitespace).map(String.init)
        switch sigil {
        case "!":
            return
        case "#":
            let section = try openSection(words: words, tag: tag, line: tagLine)
            guard open.count < maximumNesting else {
                throw TemplateError(
                    .tooDeep, template: name, line: tagLine,
                    "'\(tag)' nests sections more than \(maximumNesting) deep")
            }
            open.append(section)
        case "/":
            guard words.count == 1, let kind = OpenSection.Kind(rawValue: words[0]) else {
                throw syntax(
                    tagLine,
                    "unknown closing tag '\(tag)'; the closing tags are '{{/each}}', '{{/if}}' and '{{/unless}}'")
            }
            guard let section = open.popLast() else {
                throw syntax(tagLine, "'\(tag)' closes nothing: no section is open")
            }
            guard section.kind == kind else {
                throw syntax(tagLine, "'\(tag)' does not close '\(section.tag)' opened on line \(section.line)")
            }
            Self.append(Self.node(closing: section), root: &root, open: &open)
        case ">":
            let node = try partial(words: words, tag: tag, line: tagLine)
            Self.append(node, root: &root, open: &open)
        case "{", "&":
            throw syntax(
                tagLine,
                "'\(tag)' is not template syntax: every value is escaped, and markup reaches a page only as trusted HTML built by the report code")
        default:
            if trimmed == "else" {
                try handleElse(tag: tag, line: tagLine, open: &open)
            } else if let reference = Self.reference(trimmed) {
                Self.append(.output(reference, line: tagLine), root: &root, open: &open)
            } else {
                throw syntax(tagLine, "unknown tag '\(tag)'")
            }
        }
    }

    private func openSection(words: [String], tag: String, line: Int) throws(TemplateError) -> OpenSection {
        guard let keyword = words.first, let kind = OpenSection.Kind(rawValue: keyword) else {
            throw syntax(line, "unknown section '\(tag)'; the sections are '#each', '#if' and '#unless'")
        }
        guard words.count == 2 else {
            throw syntax(
                line,
                words.count == 1
                    ? "'\(tag)' needs a value name, as in '{{#\(keyword) customers}}'"
                    : "'\(tag)' takes one value name")
        }
        guard let reference = Self.reference(words[1]) else {
            throw syntax(line, "'\(Self.quote(word: words[1]))' in '\(tag)' is not a value name")
        }
        return OpenSection(kind: kind, reference: reference, line: line, tag: tag)
    }

    private func handleElse(tag: String, line: Int, open: inout [OpenSection]) throws(TemplateError) {
        guard let last = open.indices.last else {
            throw syntax(line, "'{{else}}' outside a section; it belongs in '{{#if}}', '{{#unless}}' or '{{#each}}'")
        }
        guard open[last].otherwise == nil else {
            throw syntax(line, "a second '{{else}}' in '\(open[last].tag)' opened on line \(open[last].line)")
        }
        open[last].otherwise = []
    }

    private func partial(words: [String], tag: String, line: Int) throws(TemplateError) -> TemplateNode {
        guard let first = words.first else {
            throw syntax(line, "'\(tag)' needs a template name, as in '{{> row}}'")
        }
        guard words.count <= 2 else {
            throw syntax(line, "'\(tag)' takes a template name and at most one value name")
        }
        guard let partialName = TemplateSet.templateName(first) else {
            throw syntax(line, "'\(Self.quote(word: first))' in '\(tag)' is not a template name")
        }
        var context: TemplateReference?
        if words.count == 2 {
            guard let reference = Self.reference(words[1]) else {
                throw syntax(line, "'\(Self.quote(word: words[1]))' in '\(tag)' is not a value name")
            }
            context = reference
        }
        return .partial(name: partialName, context: context, line: line)
    }

    private static func node(closing section: OpenSection) -> TemplateNode {
        switch section.kind {
        case .each:
            .each(section.reference, body: section.body, otherwise: section.otherwise ?? [], line: section.line)
        case .if, .unless:
            .conditional(
                section.reference, negated: section.kind == .unless, body: section.body,
                otherwise: section.otherwise ?? [], line: section.line)
        }
    }

    private static func append(_ node: TemplateNode, root: inout [TemplateNode], open: inout [OpenSection]) {
        guard let last = open.indices.last else {
            root.append(node)
            return
        }
        if open[last].otherwise != nil {
            open[last].otherwise?.append(node)
        } else {
            open[last].body.append(node)
        }
    }

    // MARK: Names

    /// `name`, `a.b`, `this`, `.`, `this.a`, `@index`; nil for anything else.
    static func reference(_ word: String) -> TemplateReference? {
        if word.hasPrefix("@") {
            return LoopVariable(rawValue: String(word.dropFirst())).map(TemplateReference.loop)
        }
        if word == "this" || word == "." {
            return .path(TemplatePath(segments: [], currentScopeOnly: true, text: word))
        }
        var rest = Substring(word)
        let currentScopeOnly = word.hasPrefix("this.")
        if currentScopeOnly { rest = rest.dropFirst(5) }
        let segments = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard !segments.isEmpty, segments.allSatisfy(isName) else { return nil }
        return .path(TemplatePath(segments: segments.map(String.init), currentScopeOnly: currentScopeOnly, text: word))
    }

    private static func isName(_ segment: Substring) -> Bool {
        !segment.isEmpty
            && segment.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                    true
                default:
                    false
                }
            }
    }

    // MARK: Messages

    private func syntax(_ line: Int, _ message: String) -> TemplateError {
        TemplateError(.syntax, template: name, line: line, message)
    }

    /// A tag as written, shortened and on one line, for a message.
    private static func quote(tagText: String) -> String {
        "{{" + quote(word: tagText) + "}}"
    }

    /// The start of an unterminated tag, for a message.
    private static func quote(_ bytes: ArraySlice<UInt8>) -> String {
        quote(word: String(decoding: bytes.prefix(64), as: UTF8.self))
    }

    /// Text from a template, at most 40 characters, control characters shown as spaces.
    static func quote(word: String) -> String {
        let limit = 40
        var shown = String(word.prefix(limit).map { $0.isASCII && ($0.asciiValue ?? 0) < 0x20 ? " " : $0 })
        if word.count > limit { shown += "…" }
        return shown
    }
}

extension Character {
    /// Space, tab, CR and LF; other characters are part of a word.
    fileprivate var isTagWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\r\n"
    }
}

extension String {
    fileprivate func trimmingTagWhitespace() -> String {
        let start = firstIndex { !$0.isTagWhitespace } ?? endIndex
        let end = lastIndex { !$0.isTagWhitespace }.map(index(after:)) ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
