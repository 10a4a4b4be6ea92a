import Glibc

/// Writes a realistic, deterministic sample of the four exports (customers, visits,
/// receivables, contracts) for `customer-review sample`.
///
/// The same size, months, seed and last month give byte-identical files on any machine, at
/// any time, in any locale; another seed gives other data. Each file comes in the encoding and
/// dialect a real export of it might (GB18030 with CRLF from Excel, UTF-8 with a BOM, UTF-8
/// with semicolons, UTF-16LE with tabs), and holds a fixed handful of deliberately bad rows
/// that the summary lists with their lines.
///
/// - Complexity: time proportional to the rows written, the four files on four threads;
///   memory proportional to the customers (one month of visits or invoices, packed in 8 bytes
///   each), never to the rows, since every file is streamed through a 1 MiB buffer.
public struct SampleGenerator: Sendable {
    /// The last month of data unless told otherwise: a review as of 2026-11-15 covers it.
    public static let defaultThrough = YearMonth(year: 2026, month: 10)
    public static let customerRange = 1...10_000_000
    public static let monthRange = 1...120

    public let customers: Int
    public let months: Int
    public let seed: UInt64
    /// The last month of data.
    public let through: YearMonth

    public init(customers: Int, months: Int = 12, seed: UInt64 = 1, through: YearMonth = SampleGenerator.defaultThrough) {
        self.customers = customers
        self.months = months
        self.seed = seed
        self.through = through
    }

    /// The file names, in the order they are written.
    public static let fileNames = [SampleCustomersFile.name, SampleVisitsFile.name,
                                   SampleReceivablesFile.name, SampleContractsFile.name, SampleEvaluationsFile.name]

    /// The as-of date the data is made for: the 15th of the month after `through`.
    public var reviewDate: CalendarDate { through.adding(months: 1).firstDay.adding(days: 14) }

    /// Writes the four files into `directory` (created if needed). Each file is written under
    /// a temporary name beside its final one and renamed only when all four are complete, so
    /// a reader never sees a half-written file; after a failure the temporary files are
    /// removed and earlier files are left as they were.
    public func write(to directory: String) throws -> SampleSummary {
        guard Self.customerRange.contains(customers) else {
            throw ReviewError.usage("--customers must be between \(Self.customerRange.lowerBound) and \(Self.customerRange.upperBound), not \(customers)")
        }
        guard Self.monthRange.contains(months) else {
            throw ReviewError.usage("--months must be between \(Self.monthRange.lowerBound) and \(Self.monthRange.upperBound), not \(months)")
        }
        guard through.year >= 1900, through.year <= 9000 else {
            throw ReviewError.usage("the last month of sample data must be between 1900 and 9000, not \(through)")
        }
        try Self.createDirectory(directory)
        let world = SampleWorld(customers: customers, months: months, seed: seed, through: through)

        struct Plan {
            let name: String
            let encoding: TextEncoding
            let byteOrderMark: Bool
            let delimiter: UInt8
            let lineBreak: SampleLineBreak
            let header: [String]
            let chineseHeader: Bool
            let write: (SampleCSVWriter) throws -> SampleFileOutcome
        }
        let plans = [
            Plan(name: SampleCustomersFile.name, encoding: .gb18030, byteOrderMark: false, delimiter: UInt8(ascii: ","),
                 lineBreak: .crlf, header: SampleCustomersFile.header, chineseHeader: true,
                 write: SampleCustomersFile(world: world).write),
            Plan(name: SampleVisitsFile.name, encoding: .utf8, byteOrderMark: true, delimiter: UInt8(ascii: ","),
                 lineBreak: .crlf, header: SampleVisitsFile.header, chineseHeader: true,
                 write: SampleVisitsFile(world: world).write),
            Plan(name: SampleReceivablesFile.name, encoding: .utf8, byteOrderMark: false, delimiter: UInt8(ascii: ";"),
                 lineBreak: .lf, header: SampleReceivablesFile.header, chineseHeader: false,
                 write: SampleReceivablesFile(world: world).write),
            Plan(name: SampleContractsFile.name, encoding: .utf16LittleEndian, byteOrderMark: true, delimiter: 0x09,
                 lineBreak: .crlf, header: SampleContractsFile.header, chineseHeader: false,
                 write: SampleContractsFile(world: world).write),
            Plan(name: SampleEvaluationsFile.name, encoding: .utf8, byteOrderMark: true, delimiter: UInt8(ascii: ","),
                 lineBreak: .crlf, header: SampleEvaluationsFile.header, chineseHeader: true,
                 write: SampleEvaluationsFile(world: world).write),
        ]

        var writers: [SampleCSVWriter] = []
        var files: [SampleFileSummary] = []
        var badRows: [SampleBadRow] = []
        var invoiced = Money.zero
        var received = Money.zero
        do {
            for plan in plans {
                writers.append(try SampleCSVWriter(directory: directory, fileName: plan.name, encoding: plan.encoding,
                                                   byteOrderMark: plan.byteOrderMark, lineBreak: plan.lineBreak))
            }
            // The files share only read-only facts: write them side by side.
            let jobs: [() throws -> SampleFileOutcome] = zip(plans, writers).map { plan, writer in
                {
                    let outcome = try plan.write(writer)
                    try writer.finish()
                    return outcome
                }
            }
            let results = SampleParallel.run(jobs)
            for ((plan, writer), result) in zip(zip(plans, writers), results) {
                let outcome = try result.get()
                files.append(SampleFileSummary(
                    name: plan.name, encoding: plan.encoding, byteOrderMark: plan.byteOrderMark,
                    delimiter: plan.delimiter, lineBreak: plan.lineBreak, chineseHeader: plan.chineseHeader,
                    header: plan.header, goodRows: outcome.goodRows, badRows: outcome.badRows.count,
                    lines: writer.nextLine - 1, bytes: writer.bytesWritten))
                badRows += outcome.badRows
                invoiced += outcome.invoiced
                received += outcome.received
            }
            for writer in writers { try writer.commit() }
        } catch {
            for writer in writers { writer.discard() }
            throw error
        }
        return SampleSummary(directory: directory, customers: customers, months: months, seed: seed,
                             firstMonth: world.windowStart, through: through, reviewDate: world.reviewDate,
                             files: files, badRows: badRows, invoiced: invoiced, received: received)
    }

    /// `mkdir -p`: creates `path` and any missing parents.
    static func createDirectory(_ path: String) throws {
        guard !path.isEmpty else { throw ReviewError.usage("--out needs a folder") }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw ReviewError.output("\(prefix): cannot create the folder (\(SampleCSVWriter.describe(errno)))")
            }
            prefix += "/"
        }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw ReviewError.output("\(path): is not a folder")
        }
    }
}
