/// The month-over-month comparison (环比): this month's review against last month's snapshot —
/// per customer the change of the money, the findings that are new and the ones resolved, per
/// salesperson and department the change of visit compliance.
///
/// There is a comparison only when the snapshot of the calendar month before exists; a month
/// without one is never compared with an older month (a change over two months is not "since
/// last month").
public enum MonthOverMonth {
    /// What the outputs show of a customer's row of last month: the figures only, without the
    /// names (this month's are shown), so that a month's comparison costs tens of bytes a
    /// customer and last month's snapshot is released once the comparison is built.
    public struct PreviousMonth: Hashable, Sendable {
        public var status: CustomerStatus
        public var tier: Tier?
        public var findings: PolicyFinding.RuleSet
        public var onSite: Int32
        public var outstanding: Money
        public var overThreeMonths: Money
        public var overdue: Money

        public init(_ row: MonthlySnapshot.Row) {
            status = row.status
            tier = row.tier
            findings = row.findings
            onSite = Int32(clamping: row.onSite)
            outstanding = row.outstanding
            overThreeMonths = row.overThreeMonths
            overdue = row.overdue
        }
    }

    /// One customer's money against last month; nil fields where last month has no row.
    public struct CustomerChange: Hashable, Sendable {
        public var previous: PreviousMonth?
        public var outstanding: Money?
        public var overThreeMonths: Money?
        public var overdue: Money?
        /// Eliminated since last month (rule 2.1): eliminated now, not then.
        public var eliminatedSinceLastMonth = false

        public init(previous: PreviousMonth? = nil, outstanding: Money? = nil, overThreeMonths: Money? = nil,
                    overdue: Money? = nil, eliminatedSinceLastMonth: Bool = false) {
            self.previous = previous
            self.outstanding = outstanding
            self.overThreeMonths = overThreeMonths
            self.overdue = overdue
            self.eliminatedSinceLastMonth = eliminatedSinceLastMonth
        }

        /// Whether the customer was not in last month's snapshot.
        public var isNew: Bool { previous == nil }
    }

    /// A finding that appeared or went away since last month.
    public struct FindingChange: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case new, resolved }
        public var kind: Kind
        public var rule: PolicyFinding.Rule
        public var customerID: String
        public var customerName: String
        public var salesperson: String?
        /// Why a resolved finding went: the customer was eliminated, or left customers.csv.
        public var customerGone: CustomerGone?
    }

    public enum CustomerGone: String, Hashable, Sendable {
        case eliminated
        case notInCustomers = "not_in_customers"
    }

    /// A salesperson's or department's visit compliance (per mille) this month and last.
    public struct ComplianceChange: Hashable, Sendable {
        public var name: String?
        public var current: Int?
        public var previous: Int?
        /// Percentage points in tenths; nil when either month has no customer with a minimum.
        public var change: Int? {
            guard let current, let previous else { return nil }
            return current - previous
        }
    }

    /// One customer as this month's review sees it, for the comparison.
    public struct Current: Sendable {
        public var customerID: String
        public var name: String
        public var status: CustomerStatus
        public var salesperson: String?
        public var receivables: ReceivablePosition
        public var rules: PolicyFinding.RuleSet

        public init(customerID: String, name: String, status: CustomerStatus, salesperson: String?,
                    receivables: ReceivablePosition, rules: PolicyFinding.RuleSet) {
            self.customerID = customerID
            self.name = name
            self.status = status
            self.salesperson = salesperson
            self.receivables = receivables
            self.rules = rules
        }
    }

    public static func customerChange(_ position: ReceivablePosition, status: CustomerStatus,
                                      previous: MonthlySnapshot.Row?) -> CustomerChange {
        guard let previous else { return CustomerChange(previous: nil) }
        return CustomerChange(previous: PreviousMonth(previous), outstanding: position.outstanding - previous.outstanding,
                              overThreeMonths: position.overThreeMonths - previous.overThreeMonths,
                              overdue: position.overdue - previous.overdue,
                              eliminatedSinceLastMonth: SignedOrPotential.eliminatedSince(now: status, then: previous.status))
    }

    /// Findings new this month and resolved since last month, by customer and rule: new in
    /// customers.csv order then rule order; resolved the same, then the customers of last
    /// month no longer in customers.csv, in last month's order.
    public static func findingChanges(_ customers: some Sequence<Current>, previous: MonthlySnapshot)
        -> (new: [FindingChange], resolved: [FindingChange]) {
        var comparison = Comparison(previous: previous)
        for c in customers { comparison.add(c) }
        let done = comparison.finished()
        return (done.new, done.resolved)
    }

    /// This month's customers against last month's snapshot, one at a time in customers.csv
    /// order, each row of last month looked up once: the change of each customer's money
    /// (`customerChange`) and the findings new and resolved (`findingChanges`).
    public struct Comparison {
        public let previous: MonthlySnapshot
        public private(set) var changes: [CustomerChange] = []
        private var new: [FindingChange] = []
        private var resolved: [FindingChange] = []
        /// Which of last month's rows this month still has, by their place in the snapshot.
        private var present: [Bool]

        public init(previous: MonthlySnapshot, customers: Int = 0) {
            self.previous = previous
            present = [Bool](repeating: false, count: previous.rows.count)
            changes.reserveCapacity(customers)
        }

        public mutating func add(_ c: Current) {
            let row = previous.indexByID[c.customerID]
            if let row { present[row] = true }
            changes.append(row.map { customerChange(c.receivables, status: c.status, previous: previous.rows[$0]) }
                           ?? CustomerChange(previous: nil))
            let thenStatus = row.map { previous.rows[$0].status }
            let gone: CustomerGone? = SignedOrPotential.eliminatedSince(now: c.status, then: thenStatus) ? .eliminated : nil
            let then = row.map { previous.rows[$0].findings } ?? PolicyFinding.RuleSet()
            guard then != c.rules else { return }
            for rule in PolicyFinding.Rule.allCases {
                let isNow = c.rules.contains(rule)
                let wasThen = then.contains(rule)
                if isNow, !wasThen {
                    new.append(FindingChange(kind: .new, rule: rule, customerID: c.customerID, customerName: c.name,
                                             salesperson: c.salesperson))
                } else if wasThen, !isNow {
                    resolved.append(FindingChange(kind: .resolved, rule: rule, customerID: c.customerID, customerName: c.name,
                                                  salesperson: c.salesperson, customerGone: gone))
                }
            }
        }

        /// The changes, and the findings with those of last month's customers no longer in
        /// customers.csv added to the resolved ones.
        public func finished() -> (changes: [CustomerChange], new: [FindingChange], resolved: [FindingChange]) {
            var resolved = resolved
            for (row, kept) in zip(previous.rows, present) where !kept {
                for rule in row.findings.rules {
                    resolved.append(FindingChange(kind: .resolved, rule: rule, customerID: row.customerID, customerName: row.name,
                                                  salesperson: row.salesperson, customerGone: .notInCustomers))
                }
            }
            return (changes, new, resolved)
        }
    }

    /// Customers meeting the minimum over customers with one, per mille rounded half up;
    /// nil when no customer has a minimum. The same figure as `GroupTotals.compliancePercent`.
    public static func compliancePerMille(meeting: Int, withRequirement: Int) -> Int? {
        guard withRequirement > 0 else { return nil }
        return (meeting * 2000 + withRequirement) / (2 * withRequirement)
    }

    /// Last month's compliance per group (by last month's salesperson or department).
    public static func previousCompliance(_ previous: MonthlySnapshot, by key: (MonthlySnapshot.Row) -> String?)
        -> [String?: Int] {
        var counts: [String?: (meeting: Int, with: Int)] = [:]
        for row in previous.rows {
            guard let met = row.metRequirement else { continue }
            counts[key(row), default: (0, 0)].with += 1
            if met { counts[key(row), default: (0, 0)].meeting += 1 }
        }
        return counts.compactMapValues { compliancePerMille(meeting: $0.meeting, withRequirement: $0.with) }
    }

    /// The customers whose money over three months grew most since last month, largest first
    /// (ties in customers.csv order): indices into `changes`.
    public static func largestIncreases(_ changes: [CustomerChange]) -> [Int] {
        changes.indices.filter { (changes[$0].overThreeMonths ?? .zero) > .zero }
            .sorted { (changes[$0].overThreeMonths ?? .zero, $1) > (changes[$1].overThreeMonths ?? .zero, $0) }
    }
}
