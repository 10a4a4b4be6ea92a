/// The month a monthly review is about: by default the calendar month before the as-of month
/// (the review of the 15th is of the month before).
public enum ReportPeriod {
    public static func month(asOf: CalendarDate, requested: YearMonth?) throws -> YearMonth {
        guard let requested else {
            let month = asOf.yearMonth.adding(months: -1)
            guard month.year >= 1 else { throw ReviewError.usage("there is no month before the as-of date \(asOf) to review") }
            return month
        }
        guard requested < asOf.yearMonth else {
            throw ReviewError.usage("--period \(requested) is not over on the as-of date \(asOf); a month is reviewed once it has ended")
        }
        return requested
    }

    /// The months of `--backfill 2026-01..2026-10`, oldest first: each finished on the as-of
    /// date, at most `backfillLimit` of them.
    public static let backfillLimit = 36

    public static func backfill(_ text: String, asOf: CalendarDate) throws -> [YearMonth] {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let from = YearMonth(parsing: parts[0]), let to = YearMonth(parsing: parts[1]) else {
            throw ReviewError.usage("--backfill must be a range of months like 2026-01..2026-10, not '\(text)'")
        }
        guard from <= to else { throw ReviewError.usage("--backfill \(text): the first month is after the last") }
        _ = try month(asOf: asOf, requested: to)
        let count = to.months(since: from) + 1
        guard count <= backfillLimit else {
            throw ReviewError.usage("--backfill \(text) holds \(count) months; at most \(backfillLimit) at once")
        }
        return (0..<count).map { from.adding(months: $0) }
    }

    /// The quarter a quarterly adjustment is about: by default the quarter before the as-of
    /// quarter (the adjustment at a quarter's start is of the quarter just ended).
    public static func quarter(asOf: CalendarDate, requested: Quarter?) throws -> Quarter {
        let current = asOf.yearMonth.quarter
        guard let requested else {
            let quarter = current.adding(quarters: -1)
            guard quarter.year >= 1 else { throw ReviewError.usage("there is no quarter before the as-of date \(asOf) to adjust") }
            return quarter
        }
        guard requested < current else {
            throw ReviewError.usage("--quarter \(requested) is not over on the as-of date \(asOf); a quarter is adjusted once it has ended")
        }
        return requested
    }

    /// The ISO week a weekly agenda is for: the week after the as-of date's, refused past the
    /// year 9999 (a file name holds four digits of year, and so does every date).
    public static func week(asOf: CalendarDate) throws -> ISOWeek {
        let week = WeeklyMeeting.nextWeek(after: asOf)
        guard week.year <= 9999, week.sunday.year <= 9999 else {
            throw ReviewError.usage("the week after the as-of date \(asOf) is past the year 9999")
        }
        return week
    }
}
