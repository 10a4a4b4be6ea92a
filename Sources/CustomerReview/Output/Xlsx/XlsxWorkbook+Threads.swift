import Dispatch

/// The rows of one planned sheet, for the code that writes them (`XlsxSheetJob.write`).
public struct XlsxSheetRows {
    let state: XlsxSheetState

    /// Appends one row, as `XlsxWorkbook.append(_:to:)` does.
    @discardableResult
    public func append(_ cells: [XlsxCell]) throws(XlsxError) -> XlsxRowPosition {
        try state.append(cells)
    }
}

/// How the rows of one planned sheet are written, and about how much XML they make, so that
/// `writeSheets` can give both threads a like share.
public struct XlsxSheetJob {
    public let sheet: XlsxSheet
    /// An estimate of the sheet's XML in bytes; only the sharing depends on it, never a byte
    /// of the file.
    public let weight: Int
    public let write: (XlsxSheetRows) throws -> Void

    public init(sheet: XlsxSheet, weight: Int, write: @escaping (XlsxSheetRows) throws -> Void) {
        self.sheet = sheet
        self.weight = max(0, weight)
        self.write = write
    }
}

/// Writing the planned sheets on two threads.
///
/// libxlsxwriter 1.1.4 lets two threads write two worksheets of one workbook only under these
/// conditions, all kept here (and checked with Helgrind on a replay of the monthly workbook):
/// - every format exists and has its xf index before any row is written (`XlsxStyleTable`,
///   made when the workbook opens);
/// - every worksheet, continuations included, and its columns, panes, filter, drop-downs and
///   highlights are made on the workbook's thread before any row (`addSheet(_:rows:)`);
/// - each worksheet is written by one thread only, which appends to that sheet's state alone;
/// - the workbook is in constant-memory mode, where a text cell is written into its worksheet
///   (inline); otherwise text goes to the workbook's shared string table, and the sheets are
///   written on this thread, one after another;
/// - `workbook_close` runs after both threads are done.
extension XlsxWorkbook {
    /// Writes the rows of planned sheets, each sheet whole by one thread: on this thread and on
    /// one more when `threads` is 2 and the workbook is in constant-memory mode. Each thread
    /// takes its sheets in the order they were added. The file is the same bytes whatever the
    /// number of threads and the timing: a sheet's XML is its own, and the notices are merged
    /// in sheet order.
    ///
    /// Every job's sheet must be planned (`addSheet(_:rows:)`), appear once, and have no row
    /// yet; each job must append exactly the planned rows. When jobs fail, the error of the
    /// first failed sheet in sheet order is thrown and the workbook should be discarded.
    public func writeSheets(_ jobs: [XlsxSheetJob], threads: Int) throws {
        _ = try openHandle()
        var states: [XlsxSheetState] = []
        var seen = Set<Int>()
        for job in jobs {
            let state = try state(of: job.sheet)
            guard state.plannedRows != nil, state.rowsWritten == 0, !state.parts.contains(where: \.begun),
                  seen.insert(job.sheet.index).inserted else {
                throw XlsxError(.invalidArgument, "sheet '\(job.sheet.name)' is not a planned sheet without rows")
            }
            states.append(state)
        }
        let lanes = Self.share(jobs.map(\.weight), threads: options.constantMemory ? threads : 1)
        for (lane, indices) in lanes.enumerated() {
            for index in indices { threadOfSheet[jobs[index].sheet.index] = lane }
        }
        let runs = lanes.map { indices in SheetRun(indices.map { (jobs[$0], states[$0], $0) }) }
        if runs.count > 1 {
            let group = DispatchGroup()
            for run in runs.dropFirst() {
                DispatchQueue.global().async(group: group) { run.run() }
            }
            runs[0].run()
            group.wait()
        } else {
            runs.first?.run()
        }
        if let failure = runs.compactMap(\.failure).min(by: { $0.order < $1.order }) {
            throw failure.error
        }
    }

    /// Shares jobs of these weights between `threads` threads: the heaviest first, each to the
    /// thread with the least so far (the lower thread on a tie), then each thread's in their
    /// given order. Depends only on the weights.
    static func share(_ weights: [Int], threads: Int) -> [[Int]] {
        let count = max(1, min(threads, weights.count))
        var lanes = Array(repeating: [Int](), count: count)
        var loads = Array(repeating: 0, count: count)
        let heaviestFirst = weights.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        for index in heaviestFirst {
            let lane = loads.indices.min { loads[$0] != loads[$1] ? loads[$0] < loads[$1] : $0 < $1 } ?? 0
            lanes[lane].append(index)
            loads[lane] += weights[index]
        }
        return lanes.map { $0.sorted() }
    }
}

/// The sheets one thread writes, and how that went.
///
/// `@unchecked Sendable`: the jobs' closures and the sheets' states are not Sendable, but each
/// run is used by exactly one thread while the workbook's thread waits for it (the dispatch
/// group orders the run's writes before the waiting thread reads `failure`), and no two runs
/// share a sheet.
private final class SheetRun: @unchecked Sendable {
    struct Failure {
        /// The failed job's place in the list given to `writeSheets`.
        let order: Int
        let error: any Error
    }

    private let jobs: [(job: XlsxSheetJob, state: XlsxSheetState, order: Int)]
    private(set) var failure: Failure?

    init(_ jobs: [(XlsxSheetJob, XlsxSheetState, Int)]) {
        self.jobs = jobs.map { (job: $0.0, state: $0.1, order: $0.2) }
    }

    func run() {
        for (job, state, order) in jobs {
            do {
                try job.write(XlsxSheetRows(state: state))
                try state.complete()
            } catch {
                failure = Failure(order: order, error: error)
                return
            }
        }
    }
}
