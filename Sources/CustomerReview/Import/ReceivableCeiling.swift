/// The most the receivables of one run may add up to, so that no sum of the reports — a
/// customer's, a salesperson's, a department's, the company's — can pass what 64 bits hold.
///
/// Each row adds its amount and its outstanding amount (as magnitudes) to one running total,
/// and its volume to another. Every figure of the reports is a sum of a subset of these
/// (outstanding, buckets, overdue, advances, invoiced, volume) or a difference of one with a
/// setting, so it stays below the total. A row that would take a total past its ceiling is a
/// data issue and is left out; the run goes on. The ceilings are a quarter of `Int64.max`,
/// leaving room for the differences with limits.
///
/// - Complexity: O(1) a row: two checked additions.
public struct ReceivableCeiling: Sendable {
    /// 2,305,843,009,213,693,951 fen: about 23 quadrillion yuan.
    public let maximumFen: Int64
    /// 2,305,843,009,213,693,951 thousandths: about 2.3 quadrillion units of volume.
    public let maximumVolumeUnits: Int64
    private var fen: Int64 = 0
    private var volumeUnits: Int64 = 0

    public static let run = ReceivableCeiling(maximumFen: Int64.max / 4, maximumVolumeUnits: Int64.max / 4)

    public init(maximumFen: Int64, maximumVolumeUnits: Int64) {
        self.maximumFen = maximumFen
        self.maximumVolumeUnits = maximumVolumeUnits
    }

    /// Counts `row` in and returns true, or returns false (counting nothing) when it would pass
    /// a ceiling.
    mutating func admit(amount: Money, outstanding: Money, volume: ExactDecimal?) -> Bool {
        let (withAmount, o1) = fen.addingReportingOverflow(Int64(clamping: amount.fen.magnitude))
        let (withOpen, o2) = withAmount.addingReportingOverflow(Int64(clamping: outstanding.fen.magnitude))
        let (withVolume, o3) = volumeUnits.addingReportingOverflow(Int64(clamping: volume?.units.magnitude ?? 0))
        guard !o1, !o2, !o3, withOpen <= maximumFen, withVolume <= maximumVolumeUnits else { return false }
        fen = withOpen
        volumeUnits = withVolume
        return true
    }
}
