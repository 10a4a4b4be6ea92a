import CustomerReview
import Foundation

/// What every command derives from its common options.
struct RunContext {
    let arguments: ParsedArguments
    let console: Console

    /// The settings in force: the built-in policy, with `--config` over it.
    func settings() throws -> PolicySettings {
        guard let path = arguments.value("config") else { return .defaults }
        return try SettingsFile.load(path: path)
    }

    /// The value of `--name` as `parse` reads it; nil when the option is not given. A value
    /// `parse` refuses is a usage error: "--name must be `expected`, not 'value'".
    func option<Value>(_ name: String, mustBe expected: String, _ parse: (String) -> Value?) throws -> Value? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = parse(text) else { throw ReviewError.usage("--\(name) must be \(expected), not '\(text)'") }
        return value
    }

    func language() throws -> ReportLanguage {
        try option("lang", mustBe: "zh or en") { ReportLanguage(rawValue: $0.lowercased()) } ?? .zh
    }

    func encoding() throws -> TextEncoding? {
        try option("encoding", mustBe: "one of \(TextEncoding.acceptedNames)", TextEncoding.init(name:))
    }

    /// `--as-of`, else today in the machine's time zone (set TZ under cron).
    func asOf() throws -> CalendarDate {
        if let date = try option("as-of", mustBe: "a date like 2026-11-15", CalendarDate.init(iso:)) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let today = CalendarDate(year: year, month: month, day: day)
        else { throw ReviewError.usage("today's date cannot be read from the clock; pass --as-of") }
        return today
    }

    func required(_ name: String) throws -> String {
        guard let value = arguments.value(name) else { throw ReviewError.usage("--\(name) is required") }
        return value
    }

    /// `--history`, else the `history` folder inside the data folder.
    func historyFolder(_ folder: DataFolder) -> String {
        arguments.value("history") ?? folder.defaultHistoryFolder
    }

    func dataFolder(settings: PolicySettings) throws -> DataFolder {
        try DataFolder(path: required("data"), encoding: encoding(), settings: settings)
    }
}
