/// SPEC §2.5: "签约客户: 每月至少对A、B类客户实地走访 _ 次, C类 _ 次; 潜在客户: A、B类 _ 次,
/// C类 _ 次". Only on-site visits (实地走访) count, by anyone of the company.
public enum VisitRequirement {
    /// The on-site visits a month the policy asks of a customer; nil when nothing is asked
    /// (eliminated) or nothing can be said (no tier in force).
    public static func required(status: CustomerStatus, tier: Tier?, minimums: PolicySettings.VisitMinimums) -> Int? {
        guard let tier, SignedOrPotential.hasRequirements(status) else { return nil }
        return (status == .signed ? minimums.signed : minimums.potential)[tier] ?? 0
    }

    /// Visits still missing: never negative.
    public static func shortfall(required: Int?, done: Int) -> Int? {
        required.map { max(0, $0 - done) }
    }
}

/// One customer's visits in a month, and the last on-site visit of all.
public struct VisitTally: Hashable, Sendable {
    /// On-site visits (the ones that count).
    public var onSite = 0
    /// Phone and other visits (recorded, not counted).
    public var otherKinds = 0
    /// Visits without an approver.
    public var awaitingApproval = 0
    /// The latest on-site visit in all of visits.csv up to the as-of date, not only this
    /// month's: "last visit" means the last time someone was at the customer.
    public var lastVisit: CalendarDate?
    /// Days from `lastVisit` to the as-of date; nil without any on-site visit.
    public var daysSinceLastVisit: Int?

    public init() {}

    /// Counts a visit of the month.
    public mutating func add(_ visit: Visit) {
        if visit.type == .onSite { onSite += 1 } else { otherKinds += 1 }
        if visit.isAwaitingApproval { awaitingApproval += 1 }
    }

    /// Notes an on-site visit of any date up to `asOf` as a candidate for the last visit.
    public mutating func noteOnSite(_ date: CalendarDate, asOf: CalendarDate) {
        guard lastVisit.map({ date > $0 }) ?? true else { return }
        lastVisit = date
        daysSinceLastVisit = asOf.days(since: date)
    }
}

extension VisitRequirement: CustomerRule {
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        guard let shortfall = line.shortfall, shortfall > 0 else { return }
        found.append(PolicyFinding(rule: .visitShortfall, customer: line.customer, required: line.required,
                                   done: line.visits.onSite, shortfall: shortfall))
    }
}
