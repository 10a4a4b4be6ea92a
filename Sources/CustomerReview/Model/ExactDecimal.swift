/// A decimal number held exactly as `units / 10^scale`.
///
/// Used for the settings the policy leaves to the company (weights, rates, scores, bounds),
/// so that `0.015` is one and a half per cent, not the nearest binary fraction.
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let units: Int64
    /// Decimal places, 0…9.
    public let scale: Int

    public static let maximumScale = 9

    public init(units: Int64, scale: Int) {
        precondition((0...Self.maximumScale).contains(scale), "scale out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) { self.init(units: Int64(integer), scale: 0) }

    /// Parses `85`, `-0.015`, `85.02`; no exponent, no grouping, at most nine decimals.
    /// Returns nil for anything else, so that bad text is never read as a nearby number.
    public init?(parsing text: some StringProtocol) {
        self.init(utf8: Array(text.utf8)[...])
    }

    /// Parses UTF-8 text, as `init(parsing:)`.
    init?(utf8 bytes: ArraySlice<UInt8>) {
        var utf8 = bytes
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        var units: Int64 = 0
        var scale = 0
        var seenPoint = false
        var digits = 0
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, o1) = units.multipliedReportingOverflow(by: 10)
            let (sum, o2) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            units = sum
            digits += 1
            if seenPoint { scale += 1 }
        }
        guard digits > 0, scale <= Self.maximumScale, !(seenPoint && scale == 0) else { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    public static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// The value at `scale` decimals, when it can be said exactly there; nil otherwise.
    public func units(atScale target: Int) -> Int64? {
        if target >= scale {
            let widened = Int128(units) * Self.powerOfTen(target - scale)
            return Int64(exactly: widened)
        }
        let divisor = Self.powerOfTen(scale - target)
        let value = Int128(units)
        guard value % divisor == 0 else { return nil }
        return Int64(exactly: value / divisor)
    }

    /// Rounds `numerator / denominator` half away from zero (`denominator` > 0).
    public static func divideRoundingHalfAwayFromZero(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0)
        let magnitude = numerator.magnitude
        let rounded = (magnitude * 2 + denominator.magnitude) / (denominator.magnitude * 2)
        return numerator < 0 ? -Int128(rounded) : Int128(rounded)
    }

    public var isNegative: Bool { units < 0 }
    public var isZero: Bool { units == 0 }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let common = max(lhs.scale, rhs.scale)
        return Int128(lhs.units) * powerOfTen(common - lhs.scale) < Int128(rhs.units) * powerOfTen(common - rhs.scale)
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let common = max(lhs.scale, rhs.scale)
        return Int128(lhs.units) * powerOfTen(common - lhs.scale) == Int128(rhs.units) * powerOfTen(common - rhs.scale)
    }

    public func hash(into hasher: inout Hasher) {
        // Equal values hash alike whatever their scale: hash the value without trailing zeros.
        var u = units
        var s = scale
        while s > 0, u % 10 == 0 { u /= 10; s -= 1 }
        hasher.combine(u)
        hasher.combine(s)
    }

    /// The shortest exact text: `85`, `0.015`, `-12.5`.
    public var description: String {
        var u = units.magnitude
        var s = scale
        while s > 0, u % 10 == 0 { u /= 10; s -= 1 }
        var digits = String(u)
        if s > 0 {
            if digits.count <= s { digits = String(repeating: "0", count: s - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -s))
        }
        return (units < 0 ? "-" : "") + digits
    }
}
