/// The twelve months a running streak or a trend looks at, ending with `last`.
public struct MonthWindow: Hashable, Sendable {
    public static let length = 12
    public var last: YearMonth

    public init(last: YearMonth) { self.last = last }

    public var first: YearMonth { last.adding(months: -(Self.length - 1)) }

    /// The months oldest first.
    public var months: [YearMonth] { (0..<Self.length).map { first.adding(months: $0) } }

    /// 0 for the oldest month … 11 for `last`; nil outside the window.
    public func offset(of month: YearMonth) -> Int? {
        let k = month.months(since: first)
        return (0..<Self.length).contains(k) ? k : nil
    }
}
