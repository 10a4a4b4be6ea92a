import Testing
@testable import CustomerReview

@Suite("Fields: trimming, dates, amounts")
struct FieldParsingTests {
    @Test(arguments: [
        ("  C1  ", "C1"), ("\u{3000}上海\u{3000}", "上海"), ("\u{A0}x\t", "x"), ("\u{FEFF}id", "id"),
        ("a b", "a b"), ("", ""), ("\u{3000}", ""), ("\u{2003}中 文\u{200B}", "中 文"),
    ])
    func trimming(raw: String, expected: String) {
        #expect(FieldText.string(ArraySlice(raw.utf8)) == expected)
    }

    @Test(arguments: [
        "2026-11-05", "2026/11/5", "2026.11.05", "2026年11月5日", "20261105",
        "2026-11-05 14:30", "2026/11/5 0:00:00", "2026-11-05T14:30:00", "2026.11.5 23:59:59.123", "2026年11月05日 08:00",
    ])
    func acceptedDateShapes(text: String) {
        #expect(DateParser.parse(text) == CalendarDate(year: 2026, month: 11, day: 5))
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-11-00", "2025-02-29", "20261305", "2026-11", "26-11-05",
        "2026-11/05", "2026年11月5", "2026-11-05 25:00", "2026-11-05 noon", "2026-11-05x", "", "46331", "2026-1105",
    ])
    func refusedDates(text: String) {
        #expect(DateParser.parse(text) == nil)
    }

    @Test func leapDayAndMonthEnds() {
        #expect(DateParser.parse("2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(DateParser.parse("2000-02-29") != nil)
        #expect(DateParser.parse("1900-02-29") == nil)
        #expect(DateParser.parse("2026-04-31") == nil)
        #expect(DateParser.parse("2026-12-31") == CalendarDate(year: 2026, month: 12, day: 31))
    }

    @Test(arguments: [
        ("1234.5", Int64(123_450)), ("1,234.50", 123_450), ("¥1,234.50", 123_450), ("￥1,234.50", 123_450),
        ("1234.50元", 123_450), ("-12.00", -1_200), ("(12.00)", -1_200), ("0", 0), ("0.01", 1), ("12.340", 1_234),
        ("1,234,567.89", 123_456_789), ("¥-3.5", -350), ("-¥3.50", -350), ("1234", 123_400), ("999,999,999.99", 99_999_999_999),
    ])
    func acceptedAmounts(text: String, fen: Int64) {
        #expect(AmountParser.parse(text) == .success(Money(fen: fen)))
    }

    @Test(arguments: [
        ("1,5", AmountParser.Failure.notAnAmount), ("12.345", .tooPrecise), ("abc", .notAnAmount), ("1.2.3", .notAnAmount),
        ("12,34.00", .notAnAmount), ("1234,567", .notAnAmount), (".5", .notAnAmount), ("5.", .notAnAmount),
        ("--5", .notAnAmount), ("1e3", .notAnAmount), ("1 000", .notAnAmount), ("1,000,00", .notAnAmount),
        ("1000000000.00", .tooLarge), ("(-5)", .notAnAmount), ("", .notAnAmount), ("¥", .notAnAmount),
    ])
    func refusedAmounts(text: String, failure: AmountParser.Failure) {
        #expect(AmountParser.parse(text) == .failure(failure))
    }

    @Test func moneyIsWrittenExactly() {
        #expect(Money(fen: 123_450).description == "1234.50")
        #expect(Money(fen: -5).description == "-0.05")
        #expect(Money(fen: 123_456_789).grouped == "1,234,567.89")
        #expect(Money(fen: 100).multiplied(by: ExactDecimal(parsing: "0.015")!) == Money(fen: 2))
        #expect(Money(fen: -100).multiplied(by: ExactDecimal(parsing: "0.015")!) == Money(fen: -2))
        #expect(Money(fen: 333).multiplied(by: ExactDecimal(parsing: "0.01")!) == Money(fen: 3))
    }

    @Test func calendarArithmetic() throws {
        let date = try #require(CalendarDate(year: 2026, month: 3, day: 1))
        #expect(date.adding(days: -1) == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(CalendarDate(dayNumber: 0) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(CalendarDate(year: 1899, month: 12, day: 30)?.excelSerial == 0)
        #expect(CalendarDate(year: 2026, month: 11, day: 16)?.isoWeekday == 1)
        #expect(YearMonth(year: 2026, month: 1).adding(months: -3) == YearMonth(year: 2025, month: 10))
        #expect(YearMonth(year: 2024, month: 2).lastDay == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(Quarter(parsing: "2026q4")?.lastDay == CalendarDate(year: 2026, month: 12, day: 31))
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
        }
    }
}
