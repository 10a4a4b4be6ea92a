/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Reports are about calendar days ("invoices dated in the report month"), so a date never
/// passes through `Date`, a time zone or the machine's locale. Arithmetic uses the day number
/// counted from 1970-01-01.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Eight bytes rather than three words: every customer, visit and contract holds dates.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Creates a date, or returns nil when the day does not exist (2026-02-30, 2026-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(year: year, month: month)
        else { return nil }
        storedYear = Int32(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// The date `dayNumber` days after 1970-01-01 (negative: before).
    public init(dayNumber: Int) {
        // Civil-from-days over 400-year eras of 146,097 days, counted from 0000-03-01 so that
        // the leap day falls at the end of each counted year.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        storedDay = UInt8(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        storedMonth = UInt8(month)
        // Settings bound every term and look-ahead, so dates stay within a few centuries of
        // the data; the clamp only keeps an absurd day number from trapping.
        storedYear = Int32(clamping: yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func days(since other: CalendarDate) -> Int {
        dayNumber - other.dayNumber
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    /// ISO weekday: Monday 1 … Sunday 7.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The serial number Excel stores for this date (days since 1899-12-30).
    public var excelSerial: Int { dayNumber + 25_569 }

    /// `2026-11-05`.
    public var description: String {
        Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A calendar month, the unit of the policy's monthly rules.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        // Normalise so that month arithmetic never produces month 0 or 13.
        let index = year * 12 + (month - 1)
        self.year = index >= 0 ? index / 12 : (index - 11) / 12
        self.month = index - self.year * 12 + 1
    }

    /// Parses `2026-11`; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, CalendarDate.isDigits(parts[0], count: 4), CalendarDate.isDigits(parts[1], count: 2),
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 1
        else { return nil }
        self.init(year: y, month: m)
    }

    public var monthIndex: Int { year * 12 + (month - 1) }

    public func adding(months: Int) -> YearMonth {
        YearMonth(year: year, month: month + months)
    }

    /// Calendar months from `other` to `self`.
    public func months(since other: YearMonth) -> Int { monthIndex - other.monthIndex }

    public var firstDay: CalendarDate {
        CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: 1))
    }

    public var lastDay: CalendarDate {
        firstDay.adding(days: CalendarDate.daysIn(year: year, month: month) - 1)
    }

    public var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1) }

    public func contains(_ date: CalendarDate) -> Bool {
        date.year == year && date.month == month
    }

    /// `2026-11`.
    public var description: String {
        CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.monthIndex < rhs.monthIndex }
}

/// A calendar quarter, the unit of the tier adjustment (客户分类每季度调整一次).
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1…4.
    public let number: Int

    public init(year: Int, number: Int) {
        let index = year * 4 + (number - 1)
        self.year = index >= 0 ? index / 4 : (index - 3) / 4
        self.number = index - self.year * 4 + 1
    }

    /// Parses `2026Q4` (a lowercase `q` too); nil for anything else.
    public init?(parsing text: String) {
        let upper = text.uppercased()
        let parts = upper.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, CalendarDate.isDigits(parts[0], count: 4), CalendarDate.isDigits(parts[1], count: 1),
              let y = Int(parts[0]), let n = Int(parts[1]), (1...4).contains(n), y >= 1
        else { return nil }
        self.init(year: y, number: n)
    }

    public var index: Int { year * 4 + (number - 1) }

    public func adding(quarters: Int) -> Quarter { Quarter(year: year, number: number + quarters) }

    public var firstMonth: YearMonth { YearMonth(year: year, month: (number - 1) * 3 + 1) }
    public var lastMonth: YearMonth { firstMonth.adding(months: 2) }
    public var firstDay: CalendarDate { firstMonth.firstDay }
    public var lastDay: CalendarDate { lastMonth.lastDay }

    public func contains(_ date: CalendarDate) -> Bool { date >= firstDay && date <= lastDay }

    /// `2026Q4`.
    public var description: String { CalendarDate.pad(year, 4) + "Q" + String(number) }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.index < rhs.index }
}

extension CalendarDate {
    /// Days-from-civil: the day number of a (normalised) year, month and day.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Parses exactly `YYYY-MM-DD` (the form of command-line dates); nil otherwise.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, Self.isDigits(parts[0], count: 4), Self.isDigits(parts[1], count: 2),
              Self.isDigits(parts[2], count: 2),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Exactly `count` ASCII digits: `Int("+026")` is 26, and `+026-11-15` is not a date.
    static func isDigits(_ text: Substring, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
