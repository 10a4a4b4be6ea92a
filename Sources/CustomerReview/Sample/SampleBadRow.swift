/// A row written wrong on purpose, and the data issue a careful reader should report for it.
public struct SampleBadRow: Sendable, Hashable {
    public let file: String
    /// The physical line where the row starts.
    public let line: Int
    /// The column as the header names it; nil when the whole row is wrong.
    public let column: String?
    /// The raw value of that column as written; nil when there is none to show.
    public let value: String?
    /// The issue a reader should find. `visitAfterAsOf` assumes the review date.
    public let problem: DataProblem
    /// What is wrong, in a few English words.
    public let what: String

    public init(file: String, line: Int, column: String?, value: String?, problem: DataProblem, what: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.problem = problem
        self.what = what
    }
}

/// Where a file's bad rows go: spread over the first three fifths of the good rows, so that
/// they are neither all together nor at the end (except in a sample too small to hold them).
struct SampleBadRowSchedule {
    private let positions: [Int]
    private(set) var next = 0

    init(count: Int, expectedGoodRows: Int) {
        let span = max(0, expectedGoodRows * 3 / 5 - count)
        positions = (0..<count).map { j in 1 + j + (j + 1) * span / (count + 1) }
    }

    /// The next bad row, if it is due once `written` good rows are written.
    mutating func due(afterGoodRows written: Int) -> Int? {
        guard next < positions.count, positions[next] <= written else { return nil }
        next += 1
        return next - 1
    }

    /// The next bad row whatever the position: for the end of a file.
    mutating func remaining() -> Int? {
        guard next < positions.count else { return nil }
        next += 1
        return next - 1
    }
}
