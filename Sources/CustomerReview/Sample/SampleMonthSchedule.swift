/// One month's visits or invoices in date order, held as one packed integer each (day,
/// customer, item number, kind), so that a month of a million customers costs a few
/// megabytes and the rows can be written in the order a real export lists them.
///
/// - Complexity: memory proportional to the rows of one month, that is to the customers.
struct SampleMonthSchedule {
    private(set) var entries: [UInt64] = []

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// `day` 1…31, `customer` below 2^40, `item` below 4,096, `kind` below 16.
    mutating func add(day: Int, customer: Int, item: Int, kind: Int) {
        entries.append(UInt64(day) << 56 | UInt64(customer) << 16 | UInt64(item & 0xFFF) << 4 | UInt64(kind & 0xF))
    }

    /// Orders by day, then customer, then item.
    mutating func sort() { entries.sort() }

    static func decode(_ entry: UInt64) -> (day: Int, customer: Int, item: Int, kind: Int) {
        (Int(entry >> 56), Int((entry >> 16) & 0xFF_FFFF_FFFF), Int((entry >> 4) & 0xFFF), Int(entry & 0xF))
    }
}
