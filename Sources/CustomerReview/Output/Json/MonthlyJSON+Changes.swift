/// The "since last month" parts of the monthly JSON: `changes` at the top, `previous` per
/// customer; both null without last month's snapshot.
extension MonthlyJSON {
    static func changes(_ report: MonthlyReport) -> JSONValue {
        guard let s = report.sinceLastMonth else { return .null }
        let r = report.totals.receivables
        func finding(_ f: MonthOverMonth.FindingChange) -> JSONValue {
            var members: [(String, JSONValue)] = [
                ("customer_id", .string(f.customerID)), ("name", .string(f.customerName)),
                ("salesperson", .optional(f.salesperson)), ("rule", .string(f.rule.rawValue)),
            ]
            if f.kind == .resolved { members.append(("customer_gone", .optional(f.customerGone?.rawValue))) }
            return .object(members)
        }
        func compliance(_ c: MonthOverMonth.ComplianceChange, kind: String?) -> JSONValue {
            func percent(_ perMille: Int?) -> JSONValue {
                perMille.map { .decimal(ExactDecimal(units: Int64($0), scale: 1)) } ?? .null
            }
            var members: [(String, JSONValue)] = []
            if let kind { members.append((kind, .optional(c.name))) }
            members += [("compliance_percent", percent(c.current)), ("previous_compliance_percent", percent(c.previous)),
                        ("change_points", percent(c.change))]
            return .object(members)
        }
        return .object([
            ("previous_period", .string(s.previousMonth.description)),
            ("new_customers", .number(String(s.newCustomers))),
            ("departed_customers", .number(String(s.departedCustomers))),
            ("eliminated_customers", .number(String(s.eliminatedCustomers))),
            ("totals", .object([
                ("outstanding", .money(r.outstanding - s.previousOutstanding)),
                ("over_3_months", .money(r.overThreeMonths - s.previousOverThreeMonths)),
                ("overdue", .money(r.overdue - s.previousOverdue)),
                ("previous_outstanding", .money(s.previousOutstanding)),
                ("previous_over_3_months", .money(s.previousOverThreeMonths)),
                ("previous_overdue", .money(s.previousOverdue)),
            ])),
            ("compliance", compliance(s.company, kind: nil)),
            ("salespeople", .array(s.salespeople.map { compliance($0, kind: "salesperson") })),
            ("departments", .array(s.departments.map { compliance($0, kind: "department") })),
            ("findings_new", .array(s.newFindings.map(finding))),
            ("findings_resolved", .array(s.resolvedFindings.map(finding))),
            ("over_3_months_increases", .array(s.largestIncreases.map { i in
                let c = report.customers[i].customer
                return .object([("customer_id", .string(c.id)), ("name", .string(c.name)),
                                ("change", .money(s.customers[i].overThreeMonths ?? .zero))])
            })),
        ])
    }

    /// A customer's row of last month with the changes; null without a comparison or for a
    /// customer new this month.
    static func previous(_ report: MonthlyReport, _ index: Int) -> JSONValue {
        guard let change = report.sinceLastMonth?.customers[index], let p = change.previous else { return .null }
        return .object([
            ("status", .string(p.status.rawValue)),
            ("tier", .optional(p.tier?.rawValue)),
            ("on_site", .number(String(p.onSite))),
            ("outstanding", .money(p.outstanding)),
            ("over_3_months", .money(p.overThreeMonths)),
            ("overdue", .money(p.overdue)),
            ("flags", .array(p.findings.rules.map { .string($0.rawValue) })),
            ("change", .object([
                ("outstanding", change.outstanding.map(JSONValue.money) ?? .null),
                ("over_3_months", change.overThreeMonths.map(JSONValue.money) ?? .null),
                ("overdue", change.overdue.map(JSONValue.money) ?? .null),
            ])),
        ])
    }
}
