import Testing
@testable import CustomerReview

@Test func calendarRoundTrip() {
    let d = CalendarDate(year: 2024, month: 2, day: 29)
    #expect(d != nil)
    #expect(CalendarDate(dayNumber: d!.dayNumber) == d)
}
