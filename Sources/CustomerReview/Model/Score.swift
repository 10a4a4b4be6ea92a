/// An evaluation score (附表1 客户评估表) held exactly in hundredths: 85.01 is 8501.
public struct Score: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    public static func < (lhs: Score, rhs: Score) -> Bool { lhs.hundredths < rhs.hundredths }

    public var exact: ExactDecimal { ExactDecimal(units: hundredths, scale: 2) }

    /// `85.01`, `60.00`, `-3.50` (always two decimals, as scores are shown).
    public var description: String {
        Money(fen: hundredths).description
    }

    /// For a spreadsheet cell only.
    public var valueForDisplay: Double { Double(hundredths) / 100 }
}
