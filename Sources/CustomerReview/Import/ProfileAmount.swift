/// Reads 资本额 and 营业额 of the customer profile as real exports write them: `3000万元人民币`,
/// `人民币1亿元`, `1.5亿`, `500万`, `¥5,000,000`, `5000000`, `5,000,000.00元` — into exact fen.
///
/// A number (thousands separators grouped by three, decimals allowed), an optional unit 万
/// (10⁴) or 亿 (10⁸), an optional 元, and 人民币 or a yuan sign before or after. Anything else —
/// `壹佰万`, `USD 2M`, `500万美元`, `约800万元`, `10亿元以上` — is not read: the caller makes it a data
/// issue rather than guess. At most 10¹² yuan (一万亿), so every value fits in 64-bit fen.
public enum ProfileAmount {
    public static let maximumYuan: Int64 = 1_000_000_000_000

    public static func parse(_ text: some StringProtocol) -> Money? {
        parse(ArraySlice(Array(text.utf8)))
    }

    private static let rmb = Array("人民币".utf8)
    private static let yuan = Array("元".utf8)
    private static let wan = Array("万".utf8)
    private static let yi = Array("亿".utf8)
    private static let signs = [Array("¥".utf8), Array("￥".utf8)]

    static func parse(_ input: ArraySlice<UInt8>) -> Money? {
        var s = FieldText.trimmed(input)
        s = dropPrefix(rmb, s)
        for sign in signs { s = dropPrefix(sign, s) }
        s = dropSpaces(s)
        s = dropSuffix(rmb, s)
        s = dropSuffix(yuan, dropSpaces(s, trailing: true))
        s = dropSpaces(s, trailing: true)
        var multiplier: Int128 = 1
        if s.count >= wan.count, s.suffix(wan.count).elementsEqual(wan) {
            multiplier = 10_000
            s = s.dropLast(wan.count)
        } else if s.count >= yi.count, s.suffix(yi.count).elementsEqual(yi) {
            multiplier = 100_000_000
            s = s.dropLast(yi.count)
        }
        s = dropSpaces(s, trailing: true)
        guard let (units, scale) = number(s), scale <= 8 else { return nil }
        // fen = units / 10^scale × multiplier × 100, and must come out whole.
        let scaled = Int128(units) * multiplier * 100
        let divisor = ExactDecimal.powerOfTen(scale)
        guard scaled % divisor == 0 else { return nil }
        let fen = scaled / divisor
        guard fen <= Int128(maximumYuan) * 100, let value = Int64(exactly: fen) else { return nil }
        return Money(fen: value)
    }

    /// Digits with optional thousands separators (groups of three) and a decimal part.
    private static func number(_ s: ArraySlice<UInt8>) -> (Int64, Int)? {
        guard !s.isEmpty else { return nil }
        var units: Int64 = 0
        var scale = 0
        var seenPoint = false
        var digitsInGroup = 0
        var sawComma = false
        var digits = 0
        for byte in s {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (a, o1) = units.multipliedReportingOverflow(by: 10)
                let (b, o2) = a.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                units = b
                digits += 1
                if seenPoint { scale += 1 } else { digitsInGroup += 1 }
            case UInt8(ascii: ","):
                guard !seenPoint, digits > 0, !sawComma || digitsInGroup == 3, sawComma || digitsInGroup <= 3 else { return nil }
                sawComma = true
                digitsInGroup = 0
            case UInt8(ascii: "."):
                guard !seenPoint, digits > 0, !sawComma || digitsInGroup == 3 else { return nil }
                seenPoint = true
            default:
                return nil
            }
        }
        guard digits > 0, !(seenPoint && scale == 0), seenPoint || !sawComma || digitsInGroup == 3 else { return nil }
        return (units, scale)
    }

    private static func dropPrefix(_ prefix: [UInt8], _ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        s.starts(with: prefix) ? s.dropFirst(prefix.count) : s
    }

    private static func dropSuffix(_ suffix: [UInt8], _ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        s.count >= suffix.count && s.suffix(suffix.count).elementsEqual(suffix) ? s.dropLast(suffix.count) : s
    }

    private static func dropSpaces(_ s: ArraySlice<UInt8>, trailing: Bool = false) -> ArraySlice<UInt8> {
        var s = s
        if trailing { while s.last == 0x20 { s = s.dropLast() } } else { while s.first == 0x20 { s = s.dropFirst() } }
        return s
    }
}
