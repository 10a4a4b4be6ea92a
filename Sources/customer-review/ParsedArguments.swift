import CustomerReview

/// The arguments of one command after parsing: option values, flags and positionals.
struct ParsedArguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `arguments` (after the command word) against `spec`. Accepts `--name value` and
    /// `--name=value`; an unknown option names the closest valid one.
    init(_ arguments: [String], spec: CommandSpec) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-"), argument != "-" {
                    throw ReviewError.usage("unknown option '\(argument)'; options start with two dashes\(Self.suggestion(argument, spec: spec))")
                }
                positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.option(named: name) else {
                throw ReviewError.usage("unknown option '--\(name)'\(Self.suggestion(name, spec: spec))")
            }
            if option.value == nil {
                guard inlineValue == nil else { throw ReviewError.usage("--\(name) takes no value") }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw ReviewError.usage("--\(name) needs a value (\(option.value ?? "VALUE"))")
                }
                value = arguments[index]
                index += 1
            }
            guard values[name] == nil else { throw ReviewError.usage("--\(name) is given twice") }
            values[name] = value
        }
        if positionals.count > spec.positionals.count {
            let extra = positionals[spec.positionals.count]
            throw ReviewError.usage("unexpected argument '\(extra)'\(Self.suggestion(extra, spec: spec))")
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// "; did you mean '--as-of'?" when an option is close enough to be a typo.
    static func suggestion(_ given: String, spec: CommandSpec) -> String {
        let bare = given.drop { $0 == "-" }
        guard let best = Suggestions.closest(to: String(bare), among: spec.options.map(\.name)) else { return "" }
        return "; did you mean '--\(best)'?"
    }
}

/// The closest of several words, by edit distance, when it is close enough to be a typo.
enum Suggestions {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(2, best.0.count / 3)
        return best.1 <= allowed || best.0.hasPrefix(word.lowercased()) && !word.isEmpty ? best.0 : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
