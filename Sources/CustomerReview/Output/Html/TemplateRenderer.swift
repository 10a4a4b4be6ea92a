/// Renders parsed templates into one UTF-8 buffer, walking the node tree with a stack of
/// scopes.
///
/// Recursion follows the nesting of sections and partials, which `TemplateLimits` bounds, and
/// every node visited and loop turn counts against a step budget, so that no template (a
/// partial that includes itself twice, loops nested fifty deep) can overflow the stack or run
/// without end.
struct TemplateRenderer {
    private let templates: [String: [TemplateNode]]
    private let limits: TemplateLimits
    private var output: [UInt8] = []
    private var scopes: [Scope]
    /// The templates being rendered, outermost first; the last one is where errors are.
    private var includes: [String] = []
    private var depth = 0
    private var steps = 0

    /// One level of lookup: the page's values, a list element, or a partial's value.
    private struct Scope {
        var value: TemplateValue
        /// Set for a list element: its position and the list's length.
        var loop: (index: Int, count: Int)?
    }

    init(templates: [String: [TemplateNode]], limits: TemplateLimits, context: TemplateValue) {
        self.templates = templates
        self.limits = limits
        scopes = [Scope(value: context)]
    }

    /// Renders the template `name` (already known to be in the set).
    mutating func render(template name: String, nodes: [TemplateNode]) throws(TemplateError) -> String {
        output.reserveCapacity(64 * 1024)
        includes.append(name)
        try render(nodes)
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                // Text alone cannot multiply: the tags around it count the steps.
                output.append(contentsOf: bytes)
            case .output(let reference, let line):
                try step(line: line)
                try write(reference, line: line)
            case .conditional(let reference, let negated, let body, let otherwise, let line):
                try step(line: line)
                let value = try resolve(reference, line: line)
                try nested(line: line, through: nil) { renderer throws(TemplateError) in
                    try renderer.render(value.isTruthy != negated ? body : otherwise)
                }
            case .each(let reference, let body, let otherwise, let line):
                try step(line: line)
                try renderEach(reference, body: body, otherwise: otherwise, line: line)
            case .partial(let name, let context, let line):
                try step(line: line)
                try renderPartial(name, context: context, line: line)
            }
        }
    }

    private mutating func write(_ reference: TemplateReference, line: Int) throws(TemplateError) {
        let value = try resolve(reference, line: line)
        switch value {
        case .text(let text):
            HTMLEscaping.escape(text, into: &output)
        case .html(let html):
            output.append(contentsOf: html.markup.utf8)
        case .null:
            break
        case .list:
            throw wrongKind(line, "'\(reference.text)' is a list, not text; use '{{#each \(reference.text)}}'")
        case .object:
            throw wrongKind(line, "'\(reference.text)' is an object, not text; output one of its fields, as in '{{\(reference.text).name}}'")
        case .bool:
            throw wrongKind(line, "'\(reference.text)' is true/false, not text; use '{{#if \(reference.text)}}'")
        }
    }

    private mutating func renderEach(
        _ reference: TemplateReference, body: [TemplateNode], otherwise: [TemplateNode], line: Int
    ) throws(TemplateError) {
        let items: [TemplateValue]
        switch try resolve(reference, line: line) {
        case .list(let list): items = list
        case .null: items = []
        case let other:
            throw wrongKind(line, "'\(reference.text)' is \(other.kindName), not a list, so '{{#each}}' cannot go through it")
        }
        try nested(line: line, through: nil) { renderer throws(TemplateError) in
            guard !items.isEmpty else {
                try renderer.render(otherwise)
                return
            }
            renderer.scopes.append(Scope(value: .null))
            for (index, item) in items.enumerated() {
                try renderer.step(line: line)
                renderer.scopes[renderer.scopes.count - 1] = Scope(value: item, loop: (index, items.count))
                try renderer.render(body)
            }
            renderer.scopes.removeLast()
        }
    }

    private mutating func renderPartial(_ name: String, context: TemplateReference?, line: Int) throws(TemplateError) {
        guard let nodes = templates[name] else {
            throw TemplateError(.partialNotFound, template: includes.last, line: line, "partial '\(name)' not found")
        }
        guard includes.count <= limits.maximumPartialDepth else {
            let chain = includes.suffix(4).joined(separator: " → ")
            throw TemplateError(
                .tooDeep, template: includes.last, line: line,
                "partials nested more than \(limits.maximumPartialDepth) deep (… → \(chain) → \(name)); does a partial include itself?")
        }
        let scope = try context.map { reference throws(TemplateError) in
            Scope(value: try resolve(reference, line: line))
        }
        try nested(line: line, through: name) { renderer throws(TemplateError) in
            if let scope { renderer.scopes.append(scope) }
            renderer.includes.append(name)
            try renderer.render(nodes)
            renderer.includes.removeLast()
            if scope != nil { renderer.scopes.removeLast() }
        }
    }

    /// Runs `body` one level deeper, refusing to go past the nesting limit.
    private mutating func nested(
        line: Int, through partial: String?, _ body: (inout TemplateRenderer) throws(TemplateError) -> Void
    ) throws(TemplateError) {
        guard depth < limits.maximumRenderDepth else {
            throw TemplateError(
                .tooDeep, template: includes.last, line: line,
                "sections and partials nested more than \(limits.maximumRenderDepth) deep"
                    + (partial.map { " at partial '\($0)'; does it include itself?" } ?? ""))
        }
        depth += 1
        try body(&self)
        depth -= 1
    }

    private mutating func step(line: Int) throws(TemplateError) {
        steps += 1
        guard steps <= limits.maximumSteps, output.count <= limits.maximumOutputBytes else {
            let what = steps > limits.maximumSteps
                ? "more than \(limits.maximumSteps) steps"
                : "more than \(limits.maximumOutputBytes) bytes of output"
            throw TemplateError(
                .tooMuchWork, template: includes.last, line: line,
                "rendering stopped after \(what); do nested loops or partials multiply without end?")
        }
    }

    // MARK: Lookup

    private func resolve(_ reference: TemplateReference, line: Int) throws(TemplateError) -> TemplateValue {
        switch reference {
        case .loop(let variable):
            guard let loop = scopes.last(where: { $0.loop != nil })?.loop else {
                throw TemplateError(
                    .valueNotFound, template: includes.last, line: line,
                    "no value named '@\(variable.rawValue)': it exists only inside '{{#each}}'")
            }
            switch variable {
            case .index: return .text(String(loop.index))
            case .number: return .text(String(loop.index + 1))
            case .first: return .bool(loop.index == 0)
            case .last: return .bool(loop.index == loop.count - 1)
            }
        case .path(let path):
            return try resolve(path, line: line)
        }
    }

    private func resolve(_ path: TemplatePath, line: Int) throws(TemplateError) -> TemplateValue {
        guard let first = path.segments.first else {
            return scopes.last?.value ?? .null
        }
        let candidates = path.currentScopeOnly ? scopes.suffix(1) : scopes[...]
        var found: TemplateValue?
        for scope in candidates.reversed() {
            if case .object(let fields) = scope.value, let value = fields[first] {
                found = value
                break
            }
        }
        guard var value = found else {
            throw TemplateError(.valueNotFound, template: includes.last, line: line, "no value named '\(path.text)'")
        }
        var followed = first
        for segment in path.segments.dropFirst() {
            guard case .object(let fields) = value, let next = fields[segment] else {
                let reason = if case .object = value { "'\(followed)' has no '\(segment)'" } else { "'\(followed)' is \(value.kindName)" }
                throw TemplateError(
                    .valueNotFound, template: includes.last, line: line,
                    "no value named '\(path.text)' (\(reason))")
            }
            value = next
            followed += "." + segment
        }
        return value
    }

    private func wrongKind(_ line: Int, _ message: String) -> TemplateError {
        TemplateError(.wrongKind, template: includes.last, line: line, message)
    }
}
