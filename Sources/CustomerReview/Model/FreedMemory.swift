internal import CXlsxWriter

/// What the run's threads freed, given back to the system.
///
/// glibc gives each thread that allocates its own arena, and keeps what is freed there for the
/// thread's next allocations: the memory the history's thread and the export readers used
/// would stay resident while the reports are written, in arenas no longer in use.
public enum FreedMemory {
    /// Hands every arena's free pages back (`malloc_trim`); a run calls it once its inputs are
    /// released, before it writes.
    public static func giveBack() {
        _ = malloc_trim(0)
    }
}
