/// Reads a volume (货量) of receivables.csv into an exact decimal with `Volume.scale` decimals.
enum VolumeParser {
    /// The volume; nil when it is not a plain number with at most three decimals below a
    /// billion (`Volume.limit`).
    static func parse(_ bytes: ArraySlice<UInt8>) -> ExactDecimal? {
        guard let value = ExactDecimal(utf8: bytes), value.scale <= Volume.scale,
              ExactDecimal(units: Int64(value.units.magnitude), scale: value.scale) < Volume.limit,
              let units = value.units(atScale: Volume.scale)
        else { return nil }
        return ExactDecimal(units: units, scale: Volume.scale)
    }
}
