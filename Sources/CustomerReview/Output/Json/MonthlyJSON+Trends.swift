/// `trends` of the monthly JSON: twelve months of company figures (null where a month has no
/// figure — never 0) and each salesperson's compliance over the last six months.
extension MonthlyJSON {
    static func trends(_ report: MonthlyReport) -> JSONValue {
        guard let t = report.trends else { return .null }
        func rate(_ perMille: Int?) -> JSONValue { perMille.map { .decimal(ExactDecimal(units: Int64($0), scale: 1)) } ?? .null }
        func money(_ m: Money?) -> JSONValue { m.map(JSONValue.money) ?? .null }
        return .object([
            ("months", .array(t.months.map { m in
                .object([
                    ("month", .string(m.month.description)),
                    ("invoiced", money(m.invoiced)),
                    ("on_site_visits", m.onSiteVisits.map { .integer($0) } ?? .null),
                    ("outstanding", money(m.outstanding)),
                    ("over_3_months", money(m.overThreeMonths)),
                    ("overdue", money(m.overdue)),
                    ("compliance_percent", rate(m.compliance)),
                    ("snapshot", .bool(m.hasSnapshot)),
                ])
            })),
            ("salesperson_months", .array(t.salespersonMonths.map { .string($0.description) })),
            ("salespeople", .array(t.salespeople.map { s in
                .object([("salesperson", .optional(s.name)), ("compliance_percent", .array(s.compliance.map(rate)))])
            })),
        ])
    }
}
