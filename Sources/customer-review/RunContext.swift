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

    func language() throws -> ReportLanguage {
        guard let text = arguments.value("lang") else { return .zh }
        guard let language = ReportLanguage(rawValue: text.lowercased()) else {
            throw ReviewError.usage("--lang must be zh or en, not '\(text)'")
        }
        return language
    }

    func encoding() throws -> TextEncoding? {
        guard let text = arguments.value("encoding") else { return nil }
        guard let encoding = TextEncoding(name: text) else {
            throw ReviewError.usage("--encoding must be one of \(TextEncoding.acceptedNames), not '\(text)'")
        }
        return encoding
    }

    /// `--as-of`, else today in the machine's time zone (set TZ under cron).
    func asOf() throws -> CalendarDate {
        if let text = arguments.value("as-of") {
            guard let date = CalendarDate(iso: text) else {
                throw ReviewError.usage("--as-of must be a date like 2026-11-15, not '\(text)'")
            }
            return date
        }
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
        arguments.value("history") ?? (folder.path as NSString).appendingPathComponent("history")
    }

    func dataFolder(settings: PolicySettings) throws -> DataFolder {
        try DataFolder(path: required("data"), encoding: encoding(), settings: settings)
    }
}
