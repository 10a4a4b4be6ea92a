@testable import CustomerReview

// Fuzz target `date-parser`: `DateParser`, which reads every date of every input file.
//
// Checked beyond "no crash": a date it returns exists (the checked initialiser makes the same
// one), survives the day-number arithmetic the rules use, and reads back from its own ISO text;
// the String entry and the byte entry agree.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDateParser(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = start.fuzzBytes(count)
    let date = DateParser.parse(utf8: bytes)
    fuzzExpect(DateParser.parse(ArraySlice(bytes)) == date, "the slice entry disagrees with the buffer entry")
    if UTF8Validator.isValid(bytes) {
        let text = String(decoding: bytes, as: UTF8.self)
        fuzzExpect(DateParser.parse(text) == date, "the String entry disagrees on '\(text)'")
    }
    guard let date else { return 0 }
    fuzzExpect(CalendarDate(year: date.year, month: date.month, day: date.day) == date, "\(date) does not exist")
    fuzzExpect(CalendarDate(dayNumber: date.dayNumber) == date, "\(date) changes through its day number")
    fuzzExpect(DateParser.parse(date.description) == date, "\(date) does not read back from its own text")
    fuzzExpect((1...7).contains(date.isoWeekday), "\(date) has weekday \(date.isoWeekday)")
    return 0
}
