import Foundation

/// The templates of the HTML reports, parsed once and rendered as often as needed.
///
/// A set comes from a folder of `*.html` files (the shipped `templates/`, or a user's copy
/// given with `--templates DIR`) or from strings. Every template is parsed when the set is
/// made, and every `{{> partial}}` is checked against the set, so that a broken template
/// stops the run before any report is written, with its file and line.
///
/// ```swift
/// let set = try TemplateSet(directory: "templates")
/// let page = try set.render("monthly", ["title": .text("客户月度报告"), "customers": .list(rows)])
/// ```
public struct TemplateSet: Sendable {
    /// Where the templates came from (the folder, or "memory"), for messages.
    public let origin: String
    public let limits: TemplateLimits
    private let templates: [String: [TemplateNode]]

    /// The file names of the templates, sorted (`monthly.html`, `row.html`).
    public var names: [String] { templates.keys.sorted() }

    /// Loads and parses every `*.html` file directly inside `directory` (not its subfolders).
    ///
    /// Files must be UTF-8; a UTF-8 byte order mark is skipped.
    public init(directory: String, limits: TemplateLimits = .standard) throws(TemplateError) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: directory, isDirectory: &isFolder) else {
            throw TemplateError(.folderUnreadable, template: nil, line: nil, "template folder '\(directory)' does not exist")
        }
        guard isFolder.boolValue else {
            throw TemplateError(.folderUnreadable, template: nil, line: nil, "'\(directory)' is not a folder of templates")
        }
        let entries: [String]
        do {
            entries = try files.contentsOfDirectory(atPath: directory)
        } catch {
            throw TemplateError(.folderUnreadable, template: nil, line: nil, "cannot list template folder '\(directory)'")
        }
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var sources: [(name: String, bytes: [UInt8])] = []
        for entry in entries.sorted() where entry.hasSuffix(".html") {
            let path = folder.appendingPathComponent(entry).path
            var isEntryFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isEntryFolder), !isEntryFolder.boolValue else { continue }
            // Opened as an input is: a FIFO or a device in the folder is refused, not waited on.
            var bytes: [UInt8]
            do {
                bytes = try InputFile.contents(of: path, displayName: entry)
            } catch {
                throw TemplateError(.unreadable, template: entry, line: nil, "cannot read template '\(entry)' in \(directory) (\(error))")
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            if let offset = Self.firstInvalidUTF8(in: bytes) {
                let line = 1 + TemplateParser.lineBreaks(in: bytes[..<offset])
                throw TemplateError(.unreadable, template: entry, line: line, "not valid UTF-8; save the template as UTF-8")
            }
            sources.append((entry, bytes))
        }
        try self.init(sources: sources, origin: directory, limits: limits)
    }

    /// Parses templates given as strings, keyed by name (`"row"` or `"row.html"`); for tests
    /// and for templates built into the program.
    public init(templates: [String: String], origin: String = "memory", limits: TemplateLimits = .standard)
        throws(TemplateError)
    {
        var sources: [(name: String, bytes: [UInt8])] = []
        var seen: Set<String> = []
        for key in templates.keys.sorted() {
            let name = Self.fileName(key)
            guard seen.insert(name).inserted else {
                throw TemplateError(.unreadable, template: name, line: nil, "template '\(name)' is given twice in \(origin)")
            }
            sources.append((name, Array((templates[key] ?? "").utf8)))
        }
        try self.init(sources: sources, origin: origin, limits: limits)
    }

    private init(sources: [(name: String, bytes: [UInt8])], origin: String, limits: TemplateLimits) throws(TemplateError) {
        self.origin = origin
        self.limits = limits
        var parsed: [String: [TemplateNode]] = [:]
        for source in sources {
            var parser = TemplateParser(name: source.name, source: source.bytes, maximumNesting: limits.maximumNesting)
            parsed[source.name] = try parser.parse()
        }
        templates = parsed
        for source in sources {
            try checkPartials(of: source.name)
        }
    }

    /// Whether the set has the template `name` (`"monthly"` or `"monthly.html"`).
    public func contains(_ name: String) -> Bool {
        templates[Self.fileName(name)] != nil
    }

    /// Renders the template `name` (`"monthly"` or `"monthly.html"`) with `context` as the
    /// outermost scope (normally an object).
    ///
    /// - Complexity: O(output size + tags visited); the page is built in one buffer.
    public func render(_ name: String, _ context: TemplateValue) throws(TemplateError) -> String {
        let fileName = Self.fileName(name)
        guard let nodes = templates[fileName] else {
            throw TemplateError(.templateNotFound, template: fileName, line: nil, "template '\(fileName)' not found in \(origin)")
        }
        var renderer = TemplateRenderer(templates: templates, limits: limits, context: context)
        return try renderer.render(template: fileName, nodes: nodes)
    }

    // MARK: Names

    /// `row` and `row.html` both name the file `row.html`.
    private static func fileName(_ name: String) -> String {
        name.hasSuffix(".html") ? name : name + ".html"
    }

    /// The file name a `{{> name}}` tag refers to; nil unless the name is letters, digits,
    /// `_`, `-` and `.`, not starting with `.` (so no path can be formed).
    static func templateName(_ word: String) -> String? {
        guard let first = word.utf8.first, first != UInt8(ascii: "."),
            word.utf8.allSatisfy({ byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    true
                default:
                    false
                }
            })
        else { return nil }
        return fileName(word)
    }

    // MARK: Checks

    /// Throws for the first `{{> name}}` in `template` whose template is not in the set.
    private func checkPartials(of template: String) throws(TemplateError) {
        var pending: [[TemplateNode]] = [templates[template] ?? []]
        while let nodes = pending.popLast() {
            for node in nodes {
                switch node {
                case .text, .output:
                    break
                case .each(_, let body, let otherwise, _), .conditional(_, _, let body, let otherwise, _):
                    pending.append(otherwise)
                    pending.append(body)
                case .partial(let name, _, let line):
                    guard templates[name] == nil else { break }
                    throw TemplateError(
                        .partialNotFound, template: template, line: line, "partial '\(name)' not found in \(origin)")
                }
            }
        }
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, or nil.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
