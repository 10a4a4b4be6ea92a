import Dispatch

/// Runs independent pieces of work on both cores and waits for all of them; the results and
/// the first error come back in the caller's order, so the outcome never depends on timing.
enum Concurrently {
    private final class Slot<T>: @unchecked Sendable {
        // Written by one task, read after the group is done: no concurrent access.
        var result: Result<T, any Error>?
    }

    static func run<A, B>(_ a: @Sendable () throws -> A, _ b: @Sendable () throws -> B) throws -> (A, B) {
        let slotA = Slot<A>()
        let slotB = Slot<B>()
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let group = DispatchGroup()
                DispatchQueue.global().async(group: group) { slotB.result = Result { try b() } }
                slotA.result = Result { try a() }
                group.wait()
            }
        }
        guard let ra = slotA.result, let rb = slotB.result else { preconditionFailure("a task did not finish") }
        return (try ra.get(), try rb.get())
    }
}
