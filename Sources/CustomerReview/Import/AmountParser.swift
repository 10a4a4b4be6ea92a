/// Reads money as exports write it into exact fen: `1234.5`, `1,234.50`, `¥1,234.50`,
/// `￥1,234.50`, `1234.50元`, `-12.00`, `(12.00)`.
///
/// Thousands separators must group by three ("1,5" is not 1.5 and not 15); more than two
/// decimals are refused unless the extra digits are zeros ("12.345" is not 12.34, "12.340"
/// is). An amount of a billion yuan or more is refused as implausible, which also keeps every
/// sum of up to ninety million rows inside 64-bit fen.
public enum AmountParser {
    public enum Failure: Error, Hashable, Sendable {
        case notAnAmount
        case tooPrecise
        case tooLarge

        var problem: DataProblem {
            switch self {
            case .notAnAmount: .notAnAmount
            case .tooPrecise: .amountTooPrecise
            case .tooLarge: .amountTooLarge
            }
        }
    }

    /// The largest amount accepted, in fen (999,999,999.99 yuan).
    public static let maximumFen: Int64 = 99_999_999_999

    public static func parse(_ text: some StringProtocol) -> Result<Money, Failure> {
        parse(ArraySlice(Array(text.utf8)))
    }

    private static let yenHalfWidth: [UInt8] = [0xC2, 0xA5]     // ¥
    private static let yenFullWidth: [UInt8] = [0xEF, 0xBF, 0xA5] // ￥
    private static let yuan = Array("元".utf8)

    static func parse(_ input: ArraySlice<UInt8>) -> Result<Money, Failure> {
        var s = input
        var negative = false
        if s.first == UInt8(ascii: "("), s.last == UInt8(ascii: ")") {
            negative = true
            s = s.dropFirst().dropLast()
        }
        if !negative, s.first == UInt8(ascii: "-") {
            negative = true
            s = s.dropFirst()
        }
        if s.starts(with: yenFullWidth) {
            s = s.dropFirst(yenFullWidth.count)
        } else if s.starts(with: yenHalfWidth) {
            s = s.dropFirst(yenHalfWidth.count)
        }
        while s.first == 0x20 { s = s.dropFirst() }
        if !negative, s.first == UInt8(ascii: "-") {
            // ¥-12.00
            negative = true
            s = s.dropFirst()
        }
        if s.count >= yuan.count, s.suffix(yuan.count).elementsEqual(yuan) {
            s = s.dropLast(yuan.count)
            while s.last == 0x20 { s = s.dropLast() }
        }
        return digits(s).map { Money(fen: negative ? -$0 : $0) }
    }

    /// `1,234.50` or `1234.5` → fen.
    private static func digits(_ s: ArraySlice<UInt8>) -> Result<Int64, Failure> {
        var yuanPart: Int64 = 0
        var integerDigits = 0
        var digitsSinceComma = 0
        var sawComma = false
        var index = s.startIndex
        while index < s.endIndex, s[index] != UInt8(ascii: ".") {
            let byte = s[index]
            if byte == UInt8(ascii: ",") {
                // A group separator needs 1–3 digits before the first comma, exactly 3 between.
                guard integerDigits > 0, sawComma ? digitsSinceComma == 3 : digitsSinceComma <= 3 else { return .failure(.notAnAmount) }
                sawComma = true
                digitsSinceComma = 0
            } else if byte >= 0x30, byte <= 0x39 {
                yuanPart = yuanPart * 10 + Int64(byte - 0x30)
                integerDigits += 1
                digitsSinceComma += 1
                if yuanPart * 100 > maximumFen { return .failure(.tooLarge) }
            } else {
                return .failure(.notAnAmount)
            }
            index += 1
        }
        if sawComma, digitsSinceComma != 3 { return .failure(.notAnAmount) }
        var cents: Int64 = 0
        if index < s.endIndex {
            index += 1 // the point
            var decimals = 0
            while index < s.endIndex {
                let byte = s[index]
                guard byte >= 0x30, byte <= 0x39 else { return .failure(.notAnAmount) }
                decimals += 1
                if decimals <= 2 {
                    cents = cents * 10 + Int64(byte - 0x30)
                } else if byte != 0x30 {
                    return .failure(.tooPrecise)
                }
                index += 1
            }
            guard decimals > 0 else { return .failure(.notAnAmount) }
            if decimals == 1 { cents *= 10 }
        }
        guard integerDigits > 0 else { return .failure(.notAnAmount) }
        let fen = yuanPart * 100 + cents
        guard fen <= maximumFen else { return .failure(.tooLarge) }
        return .success(fen)
    }
}
