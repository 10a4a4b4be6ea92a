/// What `SampleGenerator.write(to:)` wrote: each file's encoding, dialect and row counts, the
/// deliberately bad rows and where they are, and the totals of the good receivable rows, so
/// that tests (and a curious user) can check what the reader makes of the files.
public struct SampleSummary: Sendable {
    public let directory: String
    public let customers: Int
    public let months: Int
    public let seed: UInt64
    public let firstMonth: YearMonth
    public let through: YearMonth
    /// The as-of date the data is made for: the 15th of the month after `through`.
    public let reviewDate: CalendarDate
    public let files: [SampleFileSummary]
    /// Every deliberately bad row, by file and line.
    public let badRows: [SampleBadRow]
    /// The sum of the amounts of the good rows of receivables.csv.
    public let invoiced: Money
    /// The sum of the received amounts of the good rows of receivables.csv.
    public let received: Money

    public func file(_ name: String) -> SampleFileSummary? { files.first { $0.name == name } }

    /// A few lines for the command line: one per file, then the bad rows.
    public var lines: [String] {
        let monthSoFar = reviewDate.yearMonth.firstDay.description + " to " + reviewDate.adding(days: -1).description
        var lines = ["sample of \(customers) customers, \(firstMonth) to \(through) and \(monthSoFar) (seed \(seed)), "
            + "made for a review as of \(reviewDate)"]
        for file in files {
            lines.append("\(file.name): \(file.goodRows) rows + \(file.badRows) bad, \(file.encoding.rawValue)"
                + (file.byteOrderMark ? " with BOM" : "") + ", \(file.delimiterName), \(file.lineBreak.rawValue), \(file.bytes) bytes")
        }
        for bad in badRows {
            lines.append("  bad row \(bad.file) line \(bad.line)" + (bad.column.map { ", \($0)" } ?? "")
                + (bad.value.map { ": '\($0)'" } ?? "") + " — \(bad.what)")
        }
        return lines
    }
}

/// One file of a sample.
public struct SampleFileSummary: Sendable, Hashable {
    public let name: String
    public let encoding: TextEncoding
    public let byteOrderMark: Bool
    /// `,`, `;` or a tab.
    public let delimiter: UInt8
    public let lineBreak: SampleLineBreak
    /// Whether the header names the columns in Chinese (客户编号) rather than English.
    public let chineseHeader: Bool
    /// The header, in the file's column order.
    public let header: [String]
    /// Data rows that are meant to be read without any issue.
    public let goodRows: Int
    /// Deliberately bad rows (also listed in `SampleSummary.badRows`).
    public let badRows: Int
    /// Physical lines, header included (a quoted field with line breaks spans several).
    public let lines: Int
    public let bytes: Int

    public var delimiterName: String { CSVFormat.name(ofDelimiter: delimiter) }
}

/// What writing one file produced, before it is summarised.
struct SampleFileOutcome {
    var goodRows = 0
    var badRows: [SampleBadRow] = []
    var invoiced = Money.zero
    var received = Money.zero
}
