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
    /// The run never waits on the thread: on a machine busy with other work a thread of idle
    /// priority may not run at all, so when the run needs a snapshot the thread holds but is not
    /// getting on with, the run reads it itself (the first reading to end is kept: the same
    /// rows either way). The outcome never depends on timing: each month is read whole into
    /// its own column, and of two damaged months the earlier is told. Months are taken oldest
    /// first, and none is taken after a damaged one, so every month before a damaged one is
    /// read to its end.
    public final class Reading: @unchecked Sendable {
        // Every `var` below is guarded by `condition`.
        private let condition = NSCondition()
        private var indexByID: [String: Int]?
        /// The older months not yet taken, oldest first.
        private var pending: [YearMonth]
        private var previous: Result<MonthlySnapshot?, any Error>?
        /// Whether last month's snapshot is being read by the thread.
        private var threadReadsPrevious = false
        /// The month the thread is reading, if any.
        private var threadMonth: YearMonth?
        /// Rows the thread has read so far: how the run tells a thread at work from a starved one.
        private var threadRows = 0
        /// The months read, each with whether it is placed by last month's rows (else by the
        /// report's customers); the first reading of a month to end is kept.
        private var read: [YearMonth: (month: KeyedMonth, byPrevious: Bool)] = [:]
        private var failures: [YearMonth: any Error] = [:]
        private var stopped = false
        private let folder: String
        private let window: MonthWindow
        private let previousMonth: YearMonth?
        private let stalls: Bool
        /// How long the run waits for the thread to read one more batch of rows
        /// (`MonthlySnapshot.batchRows`) before it reads the snapshot itself.
        private static let patience: TimeInterval = 0.1

        /// Starts reading the snapshots of `window`'s months in `folder`: last month's
        /// (`previousMonth`, kept whole for the comparison) first, then the others before
        /// the window's last month (that one too when `includingLast`), except `skipping`
        /// (months the caller already has).
        public convenience init(folder: String, window: MonthWindow, previousMonth: YearMonth? = nil,
                                includingLast: Bool = false, skipping: Set<YearMonth> = []) {
            self.init(folder: folder, window: window, previousMonth: previousMonth, includingLast: includingLast,
                      skipping: skipping, thread: .reads)
        }

        /// What the thread does; all but `reads` for tests, standing for a thread that never
        /// gets a core.
        enum ThreadRole { case reads, none, stallsOnItsFirstOlderMonth }

        init(folder: String, window: MonthWindow, previousMonth: YearMonth?, includingLast: Bool,
             skipping: Set<YearMonth>, thread behaviour: ThreadRole) {
            self.folder = folder
            self.window = window
            self.previousMonth = previousMonth
            pending = MonthlySnapshot.months(in: folder).filter {
                ($0 < window.last || includingLast) && window.offset(of: $0) != nil && $0 != previousMonth
                    && !skipping.contains($0)
            }
            stalls = behaviour == .stallsOnItsFirstOlderMonth
            guard behaviour != .none else { return }
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

        /// Last month's snapshot; nil when there is none. A damaged one is an error naming the
        /// file and line (exit 65).
        public func previousSnapshot() throws -> MonthlySnapshot? {
            condition.lock()
            waitForThread { previous == nil && threadReadsPrevious }
            var result = previous
            condition.unlock()
            if result == nil {
                // The thread stalled on it, or has not started: read here.
                let own = readPrevious(counting: false)
                condition.lock()
                if previous == nil { previous = own }
                result = previous
                condition.unlock()
            }
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
            drain(key: index, byPrevious: false, counting: false)
            // The month the thread still holds: waited for while it gets on, else read here.
            condition.lock()
            waitForThread { heldByThread != nil }
            let held = heldByThread
            condition.unlock()
            if let held { readMonth(held, key: index, byPrevious: false, counting: false) }
            condition.lock()
            stopped = true
            condition.broadcast()
            let read = read, failures = failures
            self.read = [:]
            condition.unlock()
            if let failure = failures.min(by: { $0.key < $1.key }) { throw failure.value }
            var history = MonthlyHistory(window: window, customers: index.count)
            // Last month's rows on the report's customers, for the months placed by them.
            let customerOfRow = read.values.contains(where: \.byPrevious) ? previous.map { $0.rows.map { index[$0.customerID] ?? -1 } } : nil
            for (month, byPrevious) in read.values {
                history.add(month, customerOfKey: byPrevious ? customerOfRow : nil, indexByID: index)
            }
            if let previous { history.add(previous, indexByID: index) }
            return history
        }

        /// Stops the thread taking more months (it ends after the one it reads, if any, whose
        /// reading is then dropped). Any time, even twice; never waits.
        public func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        /// With `condition` locked: the month the thread is reading that no reading has ended yet.
        private var heldByThread: YearMonth? {
            threadMonth.flatMap { read[$0] == nil && failures[$0] == nil ? $0 : nil }
        }

        /// With `condition` locked: waits while `busy` holds and the thread reads more rows
        /// within the patience each time; returns at once when it stalls (the caller, finding
        /// `busy` still true, does the work itself).
        private func waitForThread(while busy: () -> Bool) {
            var rows = threadRows
            while busy() {
                let gotOn = condition.wait(until: Date(timeIntervalSinceNow: Self.patience)) || threadRows != rows
                if !gotOn { return }
                rows = threadRows
            }
        }

        private func work() {
            Self.yieldToEveryOtherThread()
            condition.lock()
            let readsPrevious = previous == nil && !stopped
            threadReadsPrevious = readsPrevious
            condition.unlock()
            if readsPrevious {
                let result = readPrevious(counting: true)
                condition.lock()
                if previous == nil { previous = result }
                threadReadsPrevious = false
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            var key: (index: [String: Int], byPrevious: Bool)?
            switch previous {
            case .success(let snapshot?)?:
                key = (snapshot.indexByID, true)
            case .success(nil)?, nil:
                while indexByID == nil, !stopped { condition.wait() }
                key = stopped ? nil : indexByID.map { ($0, false) }
            case .failure?:
                // The run stops on it: nothing more to read.
                key = nil
            }
            condition.unlock()
            if let key { drain(key: key.index, byPrevious: key.byPrevious, counting: true) }
        }

        private func readPrevious(counting: Bool) -> Result<MonthlySnapshot?, any Error> {
            Result {
                try previousMonth.flatMap {
                    try MonthlySnapshot.read(month: $0, in: folder, eachBatch: counting ? { self.counted() } : nil)
                }
            }
        }

        /// Reads months as long as there are any left, each placed by `key`.
        private func drain(key: [String: Int], byPrevious: Bool, counting: Bool) {
            while let month = take(counting: counting) {
                if counting, stalls {
                    condition.lock()
                    while !stopped { condition.wait() }
                    condition.unlock()
                    return
                }
                guard readMonth(month, key: key, byPrevious: byPrevious, counting: counting) else { return }
            }
        }

        /// Reads one month and keeps it (or its damage) unless another reading of it ended
        /// first; false when it is damaged.
        @discardableResult
        private func readMonth(_ month: YearMonth, key: [String: Int], byPrevious: Bool, counting: Bool) -> Bool {
            let result = Result {
                try MonthlyHistory.read(month, window: window, in: folder, key: key,
                                        eachBatch: counting ? { self.counted() } : nil)
            }
            condition.lock()
            defer {
                if counting { threadMonth = nil }
                condition.broadcast()
                condition.unlock()
            }
            guard !(counting && stopped), read[month] == nil, failures[month] == nil else { return true }
            switch result {
            case .success(let keyed?): read[month] = (keyed, byPrevious)
            case .success(nil): break
            case .failure(let error):
                failures[month] = error
                return false
            }
            return true
        }

        /// One more batch of rows read by the thread, for the run waiting on it.
        private func counted() {
            condition.lock()
            threadRows += MonthlySnapshot.batchRows
            condition.broadcast()
            condition.unlock()
        }

        /// The oldest month not yet taken; nil when none is left, the run stopped or a month
        /// was damaged.
        private func take(counting: Bool) -> YearMonth? {
            condition.lock()
            defer { condition.unlock() }
            guard !(counting && stopped), failures.isEmpty, !pending.isEmpty else { return nil }
            let month = pending.removeFirst()
            if counting { threadMonth = month }
            return month
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
