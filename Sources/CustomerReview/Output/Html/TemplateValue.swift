/// A value a report hands to an HTML template.
///
/// Numbers and money are not values of their own: the report formats them (fen, percentages,
/// dates in the report language) and passes the result as `.text`, so that a template never
/// decides how a figure looks.
public enum TemplateValue: Hashable, Sendable {
    /// Plain text; escaped wherever a template outputs it.
    case text(String)
    /// Markup built by our own Swift code (an SVG chart), inserted as it is.
    case html(TrustedHTML)
    case bool(Bool)
    case list([TemplateValue])
    /// Named fields, looked up by `{{ name }}` and `{{ a.b }}`.
    case object([String: TemplateValue])
    /// No value: falsy in `{{#if}}`, an empty list in `{{#each}}`, nothing when output.
    case null

    /// Text, or `.null` when there is none (a customer without a score).
    public init(_ text: String?) {
        self = text.map(TemplateValue.text) ?? .null
    }

    /// Whether `{{#if}}` takes its first branch: true, non-empty text or markup, a non-empty
    /// list, any object.
    public var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .html(let html): !html.markup.isEmpty
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .object: true
        case .null: false
        }
    }

    /// How error messages name the kind of a value ("'x' is a list, not text").
    var kindName: String {
        switch self {
        case .text: "text"
        case .html: "markup"
        case .bool: "true/false"
        case .list: "a list"
        case .object: "an object"
        case .null: "null"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }

    /// A later duplicate key replaces an earlier one.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// Markup that our Swift code built and vouches for, such as an SVG chart whose labels went
/// through `HTMLEscaping.escape(_:)`.
///
/// Nothing read from input and no template syntax can produce one: the only ways in are the
/// initialisers below, which a reviewer can find by name.
public struct TrustedHTML: Hashable, Sendable {
    public let markup: String

    /// Vouches for `markup` as it is. Every input value inside it must already be escaped.
    public init(trustedMarkup markup: String) {
        self.markup = markup
    }

    /// Markup showing `text` as text.
    public init(escaping text: String) {
        markup = HTMLEscaping.escape(text)
    }

    public static func + (lhs: TrustedHTML, rhs: TrustedHTML) -> TrustedHTML {
        TrustedHTML(trustedMarkup: lhs.markup + rhs.markup)
    }
}
