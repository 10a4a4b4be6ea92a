/// The findings of a report in rule order, kept as the per-rule lists they were gathered in:
/// a collection over them, so that the whole list is never copied into one more array.
public struct FindingList: RandomAccessCollection, MutableCollection, Sendable {
    private var parts: [[PolicyFinding]]
    /// Where each part starts in the whole list.
    private let starts: [Int]
    public let count: Int

    /// `parts` in the order they are listed.
    init(parts: [[PolicyFinding]]) {
        self.parts = parts.filter { !$0.isEmpty }
        var starts: [Int] = []
        var total = 0
        for part in self.parts {
            starts.append(total)
            total += part.count
        }
        self.starts = starts
        count = total
    }

    /// Findings already in the order they are listed.
    public init(_ findings: [PolicyFinding]) {
        self.init(parts: [findings])
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> PolicyFinding {
        get {
            let part = self.part(of: position)
            return parts[part][position - starts[part]]
        }
        set {
            let part = self.part(of: position)
            parts[part][position - starts[part]] = newValue
        }
    }

    /// The last part starting at or before the position (parts are few: one per rule).
    private func part(of position: Int) -> Int {
        var part = starts.count - 1
        while part > 0, starts[part] > position { part -= 1 }
        return part
    }
}
