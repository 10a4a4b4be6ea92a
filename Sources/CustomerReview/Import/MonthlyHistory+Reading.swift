import Foundation
import Glibc

extension MonthlyHistory {
    /// The monthly snapshots a run compares with, read by a thread of idle priority while the
    /// run reads its exports, then, once the run needs them, on both cores.
    ///
    /// The exports keep both cores busy most of the time they are read; this thread takes only
    /// the time they leave (while customers.csv is read, the tail of the longer of the two
    /// streaming passes, the assembly of the inputs), so the comparison costs the run little
    /// time. Last month's snapshot is read first (it needs nothing); the older months are then
    /// placed by its rows, so that they can be read before customers.csv is, and moved onto the
    /// report's customers at the end (one look-up per row of last month, not per row read).
    /// Without last month's snapshot, the older months wait for `place(on:)`.
    ///
    /// The outcome never depends on timing: each month is read whole into its own column, and
    /// of two damaged months the earlier is told. Months are taken oldest first, and none is
    /// taken after a damaged one, so every month before a damaged one is read to its end.
    public final class Reading: @unchecked Sendable {
        // Every `var` below is guarded by `condition`.
        private let condition = NSCondition()
        private var indexByID: [String: Int]?
        /// The older months not yet taken, oldest first.
        private var months: [YearMonth]
        private var previous: Result<MonthlySnapshot?, any Error>?
        /// The months read, each with whether it is placed by last month's rows (else by the
        /// report's customers).
        private var read: [(month: KeyedMonth, byPrevious: Bool)] = []
        private var failures: [(month: YearMonth, error: any Error)] = []
        private var stopped = false
        private var threadDone = false
        private let folder: String
        private let window: MonthWindow
        private let previousMonth: YearMonth?

        /// Starts reading the snapshots of `window`'s months in `folder`: last month's
        /// (`previousMonth`, kept whole for the comparison) first, then the others before
        /// the window's last month (that one too when `includingLast`), except `skipping`
        /// (months the caller already has).
        public init(folder: String, window: MonthWindow, previousMonth: YearMonth? = nil, includingLast: Bool = false,
                    skipping: Set<YearMonth> = []) {
            self.folder = folder
            self.window = window
            self.previousMonth = previousMonth
            months = MonthlySnapshot.months(in: folder).filter {
                ($0 < window.last || includingLast) && window.offset(of: $0) != nil && $0 != previousMonth
                    && !skipping.contains($0)
            }
            let thread = Thread { [self] in work() }
            thread.name = "monthly history"
            thread.start()
        }

        /// The report's customers, by id: the history is placed on them.
        public func place(on indexByID: [String: Int]) {
            condition.lock()
            self.indexByID = indexByID
            condition.broadcast()
            condition.unlock()
        }

        /// Last month's snapshot, once read; nil when there is none. A damaged one is an error
        /// naming the file and line (exit 65).
        public func previousSnapshot() throws -> MonthlySnapshot? {
            condition.lock()
            while previous == nil { condition.wait() }
            let result = previous
            condition.unlock()
            return try result?.get() ?? nil
        }

        /// The history (last month included): what the thread has not read yet is read on
        /// both cores now. A damaged older month is an error naming the file and line.
        public func history() throws -> MonthlyHistory {
            condition.lock()
            let index = indexByID
            condition.unlock()
            guard let index else { preconditionFailure("the history is asked for before the customers are placed") }
            let previous = try previousSnapshot()
            drain(key: index, byPrevious: false)
            condition.lock()
            while !threadDone { condition.wait() }
            let read = read, failures = failures
            self.read = []
            condition.unlock()
            if let failure = failures.min(by: { $0.month < $1.month }) { throw failure.error }
            var history = MonthlyHistory(window: window, customers: index.count)
            // Last month's rows on the report's customers, for the months placed by them.
            let customerOfRow = read.contains(where: \.byPrevious) ? previous.map { $0.rows.map { index[$0.customerID] ?? -1 } } : nil
            for (month, byPrevious) in read {
                history.add(month, customerOfKey: byPrevious ? customerOfRow : nil, indexByID: index)
            }
            if let previous { history.add(previous, indexByID: index) }
            return history
        }

        /// Stops taking months and waits for the thread (a run that ends early leaves none
        /// behind). Any time after, even twice.
        public func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            while !threadDone { condition.wait() }
            condition.unlock()
        }

        private func work() {
            Self.yieldToEveryOtherThread()
            let result = Result { try previousMonth.flatMap { try MonthlySnapshot.read(month: $0, in: folder) } }
            condition.lock()
            previous = result
            condition.broadcast()
            var key: (index: [String: Int], byPrevious: Bool)?
            switch result {
            case .success(let snapshot?):
                key = (snapshot.indexByID, true)
            case .success(nil):
                while indexByID == nil, !stopped { condition.wait() }
                key = stopped ? nil : indexByID.map { ($0, false) }
            case .failure:
                // The run stops on it: nothing more to read.
                key = nil
            }
            condition.unlock()
            if let key { drain(key: key.index, byPrevious: key.byPrevious) }
            condition.lock()
            threadDone = true
            condition.broadcast()
            condition.unlock()
        }

        /// Reads months as long as there are any left, each placed by `key`.
        private func drain(key: [String: Int], byPrevious: Bool) {
            while let month = take() {
                do {
                    let keyed = try MonthlyHistory.read(month, window: window, in: folder, key: key)
                    condition.lock()
                    if let keyed { read.append((keyed, byPrevious)) }
                    condition.unlock()
                } catch {
                    condition.lock()
                    failures.append((month, error))
                    condition.unlock()
                    return
                }
            }
        }

        /// The oldest month not yet taken; nil when none is left, the run stopped or a month
        /// was damaged.
        private func take() -> YearMonth? {
            condition.lock()
            defer { condition.unlock() }
            guard !stopped, failures.isEmpty, !months.isEmpty else { return nil }
            return months.removeFirst()
        }

        /// SCHED_IDLE: the thread runs only on a core nothing else wants. Where the system
        /// refuses it, the thread keeps its priority: the same history, only sooner shared.
        private static func yieldToEveryOtherThread() {
            // Linux's SCHED_IDLE, which <sched.h> defines only under _GNU_SOURCE.
            let schedIdle: Int32 = 5
            var parameters = sched_param()
            _ = pthread_setschedparam(pthread_self(), schedIdle, &parameters)
        }
    }
}
