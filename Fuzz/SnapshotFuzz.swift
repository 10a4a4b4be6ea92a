@testable import CustomerReview

// Fuzz target `snapshot`: the tier snapshot's writer (`SnapshotFile`, through `CSVWriter`) and
// its reader (`TierSnapshot.read`, through the CSV layer), as a round trip.
//
// Input: fields separated by NUL bytes, taken two at a time as a customer's id and name; the
// first byte of each name field (if any) also picks the status, the tier and the score. Ids and
// names are trimmed first, as every value from customers.csv is; rows with an empty or repeated
// id are dropped, as the import drops them. Bytes that are not UTF-8 are repaired, as a
// `String` made from them is.
//
// Checked beyond "no crash, no hang": whatever is written reads back equal — every row, with
// its id, name, status, score and tier — whatever the names hold (line breaks, quotes,
// delimiters, combining marks, control characters, byte order marks).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = start.fuzzBytes(count)
    let fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
    var rows: [String: TierSnapshot.Row] = [:]
    var order: [String] = []
    var index = 0
    while index + 1 < fields.count {
        let id = FieldText.string(ArraySlice(fields[index]))
        let name = FieldText.string(ArraySlice(fields[index + 1]))
        let pick = Int(fields[index + 1].first ?? 0)
        index += 2
        guard !id.isEmpty, rows[id] == nil else { continue }
        let statuses: [CustomerStatus] = [.signed, .potential, .eliminated]
        let tiers: [Tier?] = [.a, .b, .c, nil]
        let score = pick % 5 == 0 ? nil : Score(hundredths: Int64((pick * 7_919) % 10_001))
        rows[id] = TierSnapshot.Row(customerID: id, name: name, status: statuses[pick % 3], score: score, tier: tiers[pick % 4])
        order.append(id)
    }
    let quarter = Quarter(year: 2026, number: 3)
    let written = SnapshotFile.bytes(TierSnapshot(quarter: quarter, rows: rows), order: order)
    written.withUnsafeBufferPointer { FuzzScratchFile.write($0) }
    let read: TierSnapshot
    do {
        read = try TierSnapshot.read(FuzzScratchFile.path, quarter: quarter)
    } catch {
        fuzzFailure("a snapshot as written does not read back: \(error)")
    }
    fuzzExpect(read.rows.count == rows.count, "\(rows.count) rows written, \(read.rows.count) read")
    for (id, row) in rows {
        guard let back = read.rows[id] else { fuzzFailure("row '\(id.debugDescription)' was not read back") }
        fuzzExpect(back == row, "row written \(row) read back as \(back)")
    }
    return 0
}
