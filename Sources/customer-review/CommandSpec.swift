import CustomerReview

/// An option a command accepts.
struct OptionSpec: Sendable {
    let name: String
    /// The value's placeholder (`DIR`, `DATE`); nil for a flag.
    let value: String?
    let help: String

    static func value(_ name: String, _ value: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: value, help: help)
    }

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, help: help)
    }
}

/// A command: its name, what it does, its options and examples, for parsing and for help.
struct CommandSpec: Sendable {
    let name: String
    let summary: String
    let usage: String
    let options: [OptionSpec]
    /// Names of positional arguments, in order.
    let positionals: [String]
    let examples: [String]

    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// The options every report command shares (SPEC §5).
enum CommonOptions {
    static let config = OptionSpec.value("config", "FILE", "settings file (JSON) over the built-in policy; see `config --print`")
    static let lang = OptionSpec.value("lang", "zh|en", "report language: sheet names, headers, labels, findings (default zh)")
    static let templates = OptionSpec.value("templates", "DIR", "your own copy of the HTML templates")
    static let formats = OptionSpec.value("formats", "LIST", "which files to write: xlsx,html,json (default all three)")
    static let strict = OptionSpec.flag("strict", "exit 65 and write nothing when there is any data issue")
    static let quiet = OptionSpec.flag("quiet", "print nothing but errors")
    static let encoding = OptionSpec.value("encoding", "NAME", "read every CSV in this encoding: \(TextEncoding.acceptedNames)")
    static let data = OptionSpec.value("data", "DIR", "the folder of CSV exports (customers.csv, visits.csv, receivables.csv; contracts.csv and evaluations.csv if any)")
    static let asOf = OptionSpec.value("as-of", "DATE", "the run's date, YYYY-MM-DD (default today)")
    static let out = OptionSpec.value("out", "DIR", "the folder to write the reports to (default: reports)")
    static let history = OptionSpec.value("history", "DIR", "the folder of the tier and monthly snapshots (default: DATA/history)")
}
