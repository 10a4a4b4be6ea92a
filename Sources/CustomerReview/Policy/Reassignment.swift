/// SPEC §2.10: "对于新客户和淘汰客户,由业务部经理审核,并重新划归各sales" — customers created
/// in the period, eliminated ones and ones with no salesperson are listed for (re)assignment.
public enum Reassignment {
    public enum Reason: String, CaseIterable, Hashable, Sendable {
        case created
        case eliminated
        case noSalesperson = "no_salesperson"
    }

    /// Why a customer is on the list for the period from `first` to `last`, in reason order.
    public static func reasons(_ customer: Customer, from first: CalendarDate, through last: CalendarDate) -> [Reason] {
        var reasons: [Reason] = []
        if let created = customer.createdDate, created >= first, created <= last { reasons.append(.created) }
        if customer.status == .eliminated { reasons.append(.eliminated) }
        if customer.salesperson == nil { reasons.append(.noSalesperson) }
        return reasons
    }
}

extension Reassignment: CustomerRule {
    /// §2.10: a customer without a salesperson is a finding of its own, besides the list.
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        if line.customer.salesperson == nil { found.append(PolicyFinding(rule: .noSalesperson, customer: line.customer)) }
    }
}
