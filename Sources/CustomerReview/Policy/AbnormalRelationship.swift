/// SPEC §2.6: "客户关系出现异常情况,应及时上报部门经理" — customers flagged abnormal are
/// escalated to the department manager in every report, whatever their status.
public enum AbnormalRelationship {
    public static func isEscalated(_ customer: Customer) -> Bool {
        customer.relationship == .abnormal
    }
}

extension AbnormalRelationship: CustomerRule {
    static var appliesToEliminated: Bool { true }

    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        if isEscalated(line.customer) { found.append(PolicyFinding(rule: .abnormalRelationship, customer: line.customer)) }
    }
}
