/// Why a template set could not be loaded or a page could not be rendered: the template, the
/// line of the tag at fault, and a message that says what to change.
///
/// `description` is the one line to show: `monthly.html line 12: no value named
/// 'custmer.name'`. The kind is a struct over a private enum so that kinds can be added
/// without breaking callers.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Code: String, Hashable, Sendable {
            case folderUnreadable = "folder_unreadable"
            case templateNotFound = "template_not_found"
            case unreadable
            case syntax
            case partialNotFound = "partial_not_found"
            case valueNotFound = "value_not_found"
            case wrongKind = "wrong_kind"
            case tooDeep = "too_deep"
            case tooMuchWork = "too_much_work"
        }
        fileprivate let code: Code

        /// The template folder is missing or cannot be listed.
        public static let folderUnreadable = Kind(code: .folderUnreadable)
        /// A page asked for by name is not in the set.
        public static let templateNotFound = Kind(code: .templateNotFound)
        /// A template file cannot be read, or is not UTF-8.
        public static let unreadable = Kind(code: .unreadable)
        /// A tag or section that does not parse: unknown, unterminated, unclosed, mismatched.
        public static let syntax = Kind(code: .syntax)
        /// `{{> name}}` names a template that is not in the set.
        public static let partialNotFound = Kind(code: .partialNotFound)
        /// A name used by the template is not in the values the report passed.
        public static let valueNotFound = Kind(code: .valueNotFound)
        /// A value of the wrong kind: a list output as text, text given to `{{#each}}`.
        public static let wrongKind = Kind(code: .wrongKind)
        /// Sections or partials nested beyond the limit (a partial that includes itself).
        public static let tooDeep = Kind(code: .tooDeep)
        /// Rendering went past the step or output limit (loops that multiply without end).
        public static let tooMuchWork = Kind(code: .tooMuchWork)

        public var description: String { code.rawValue }
    }

    public let kind: Kind
    /// The template file at fault (`monthly.html`); nil for an error about the whole folder.
    public let template: String?
    /// The line of the tag at fault, counting from 1; nil for an error about a whole file.
    public let line: Int?
    /// What is wrong, lowercase, values quoted; without the template and line.
    public let message: String

    public init(_ kind: Kind, template: String?, line: Int?, _ message: String) {
        self.kind = kind
        self.template = template
        self.line = line
        self.message = message
    }

    /// `template line N: message`; an error without a line has a message that names its
    /// template itself ("template 'monthly.html' not found in templates").
    public var description: String {
        guard let template, let line else { return message }
        return "\(template) line \(line): \(message)"
    }
}
