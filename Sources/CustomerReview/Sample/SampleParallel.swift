import Glibc

/// Runs independent jobs on their own POSIX threads and waits for all of them: the four
/// sample files share nothing but read-only facts, so they are written side by side.
///
/// Each job's result lands in its own slot, read only after every thread is joined, so no
/// lock is needed; a job that cannot get a thread runs on the calling one.
enum SampleParallel {
    static func run<Value>(_ jobs: [() throws -> Value]) -> [Result<Value, any Error>] {
        let slots = Slots<Value>(count: jobs.count)
        defer { slots.deallocate() }
        var threads: [pthread_t?] = []
        for (index, job) in jobs.enumerated() {
            let task = Task(work: { slots.results[index] = Result { try job() } })
            let context = Unmanaged.passRetained(task).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { raw in
                guard let raw else { return nil }
                Unmanaged<Task>.fromOpaque(raw).takeRetainedValue().work()
                return nil
            }, context) == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Task>.fromOpaque(context).takeRetainedValue().work()
                threads.append(nil)
            }
        }
        for thread in threads {
            if let thread { pthread_join(thread, nil) }
        }
        return (0..<jobs.count).map { slots.results[$0] ?? .failure(ReviewError.output("a sample file was not written")) }
    }

    /// The work of one thread, handed over through an opaque pointer.
    private final class Task: @unchecked Sendable {
        let work: () -> Void
        init(work: @escaping () -> Void) { self.work = work }
    }

    /// One result per job; each thread writes only its own slot, and the slots are read
    /// after every thread has been joined.
    private final class Slots<Value>: @unchecked Sendable {
        let results: UnsafeMutablePointer<Result<Value, any Error>?>
        private let count: Int

        init(count: Int) {
            self.count = count
            results = .allocate(capacity: max(count, 1))
            results.initialize(repeating: nil, count: count)
        }

        func deallocate() {
            results.deinitialize(count: count)
            results.deallocate()
        }
    }
}
