/// The month a monthly review is about: by default the calendar month before the as-of month
/// (the review of the 15th is of the month before).
public enum ReportPeriod {
    public static func month(asOf: CalendarDate, requested: YearMonth?) throws -> YearMonth {
        guard let requested else { return asOf.yearMonth.adding(months: -1) }
        guard requested < asOf.yearMonth else {
            throw ReviewError.usage("--period \(requested) is not over on the as-of date \(asOf); a month is reviewed once it has ended")
        }
        return requested
    }

    /// The quarter a quarterly adjustment is about: by default the quarter before the as-of
    /// quarter (the adjustment at a quarter's start is of the quarter just ended).
    public static func quarter(asOf: CalendarDate, requested: Quarter?) throws -> Quarter {
        let current = asOf.yearMonth.quarter
        guard let requested else { return current.adding(quarters: -1) }
        guard requested < current else {
            throw ReviewError.usage("--quarter \(requested) is not over on the as-of date \(asOf); a quarter is adjusted once it has ended")
        }
        return requested
    }
}
