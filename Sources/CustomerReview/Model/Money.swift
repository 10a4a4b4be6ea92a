/// An amount of money in fen (分), the smallest unit of the yuan.
///
/// Money is never a binary floating-point number: it is read from text into fen by hand
/// (`AmountParser`), added as integers, and written back as text by hand.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, AdditiveArithmetic {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.fen += rhs.fen }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.fen -= rhs.fen }
    public static prefix func - (value: Money) -> Money { Money(fen: -value.fen) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// `1234.50`, `-12.00`: plain digits, a point and two decimals (the form JSON and CSV use).
    public var description: String {
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + String(yuan) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// `1,234.50`: with thousands separators, for pages people read.
    public var grouped: String {
        let magnitude = fen.magnitude
        var digits = String(magnitude / 100)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + groups.joined(separator: ",") + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The amount in yuan as a `Double`, only for handing to a spreadsheet cell or a chart,
    /// never for arithmetic. Exact for every amount below 2^53 fen.
    public var yuanForDisplay: Double { Double(fen) / 100 }

    /// This amount times an exact rate, rounded half away from zero to the fen.
    public func multiplied(by rate: ExactDecimal) -> Money {
        let product = Int128(fen) * Int128(rate.units)
        return Money(fen: Int64(ExactDecimal.divideRoundingHalfAwayFromZero(product, by: ExactDecimal.powerOfTen(rate.scale))))
    }
}
