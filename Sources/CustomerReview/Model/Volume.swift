/// Cargo volume (货量) as receivables.csv gives it: at most three decimals, below a billion, so
/// that sums stay exact in 64 bits (read by `VolumeParser`).
public enum Volume {
    public static let scale = 3
    public static let limit = ExactDecimal(1_000_000_000)

    /// Cannot overflow: `ReceivableCeiling` keeps the volumes of a run below a quarter of
    /// `Int64.max` thousandths, and every volume figure is a sum of some of them.
    static func sum(_ a: ExactDecimal?, _ b: ExactDecimal) -> ExactDecimal {
        ExactDecimal(units: (a?.units ?? 0) + b.units, scale: scale)
    }
}
