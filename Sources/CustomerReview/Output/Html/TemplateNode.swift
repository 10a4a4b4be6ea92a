/// One piece of a parsed template. A template is parsed once into an array of nodes and
/// rendered from it as often as needed.
enum TemplateNode: Sendable {
    /// Literal template text, kept as UTF-8 so that rendering appends it without conversion.
    case text([UInt8])
    /// `{{ path }}`: escaped text, or trusted markup as it is.
    case output(TemplateReference, line: Int)
    /// `{{#each list}}body{{else}}otherwise{{/each}}`.
    case each(TemplateReference, body: [TemplateNode], otherwise: [TemplateNode], line: Int)
    /// `{{#if value}}` (or `{{#unless value}}` when `negated`) with its `{{else}}` branch.
    case conditional(
        TemplateReference, negated: Bool, body: [TemplateNode], otherwise: [TemplateNode],
        line: Int)
    /// `{{> name}}` or `{{> name value}}`; `name` is the template's file name (`row.html`).
    case partial(name: String, context: TemplateReference?, line: Int)
}

/// What a tag refers to: a value in the scopes, or a variable of the innermost loop.
enum TemplateReference: Sendable {
    case path(TemplatePath)
    case loop(LoopVariable)

    /// The reference as written in the template, for messages.
    var text: String {
        switch self {
        case .path(let path): path.text
        case .loop(let variable): "@" + variable.rawValue
        }
    }
}

/// A dotted name such as `customer.name`, split once at parse time.
struct TemplatePath: Sendable {
    /// The names to follow; empty for `this` (the current scope itself).
    var segments: [String]
    /// Set by a leading `this.`: look only in the current scope, not the enclosing ones.
    var currentScopeOnly: Bool
    /// The path as written, for messages.
    var text: String
}

/// The variables `{{#each}}` defines for its body.
enum LoopVariable: String, Sendable, CaseIterable {
    /// Position counting from 0.
    case index
    /// Position counting from 1, for numbered rows.
    case number
    case first
    case last
}
