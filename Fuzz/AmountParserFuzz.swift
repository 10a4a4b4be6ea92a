@testable import CustomerReview

// Fuzz target `amount-parser`: `AmountParser`, which reads every amount of receivables.csv
// into exact fen.
//
// Checked beyond "no crash" (and no arithmetic overflow, which traps): an amount it accepts is
// within the documented bound, and reads back to the same fen from the forms the program
// writes (`1234.50`, `1,234.50`) and from the ones exports write (`¥…`, `…元`, `(…)`).

private func read(_ text: String) -> Result<Money, AmountParser.Failure> {
    AmountParser.parse(text)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAmountParser(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = start.fuzzBytes(count)
    let result = AmountParser.parse(ArraySlice(bytes))
    if UTF8Validator.isValid(bytes) {
        let text = String(decoding: bytes, as: UTF8.self)
        fuzzExpect(read(text) == result, "the String entry disagrees on '\(text)'")
    }
    guard case .success(let money) = result else { return 0 }
    fuzzExpect(money.fen.magnitude <= UInt64(AmountParser.maximumFen), "\(money.fen) fen is beyond the bound")
    fuzzExpect(read(money.description) == .success(money), "\(money) does not read back")
    fuzzExpect(read(money.grouped) == .success(money), "\(money.grouped) does not read back")
    let magnitude = Money(fen: Int64(money.fen.magnitude))
    fuzzExpect(read("¥" + magnitude.grouped) == .success(magnitude), "¥\(magnitude.grouped) does not read back")
    fuzzExpect(read("￥" + magnitude.description) == .success(magnitude), "￥\(magnitude) does not read back")
    fuzzExpect(read(magnitude.description + "元") == .success(magnitude), "\(magnitude)元 does not read back")
    fuzzExpect(read("(" + magnitude.grouped + ")") == .success(-magnitude), "(\(magnitude.grouped)) is not negative")
    return 0
}
