/// The weekly meeting agenda for machines (keys documented in the README).
public enum WeeklyJSON {
    public static func document(_ report: WeeklyReport, language: ReportLanguage) -> JSONValue {
        .object([
            ("report", .string("weekly")),
            ("week", .string(report.week.description)),
            ("week_starts", .string(report.week.monday.description)),
            ("week_ends", .string(report.week.sunday.description)),
            ("as_of", .string(report.asOf.description)),
            ("month", .string(report.month.description)),
            ("language", .string(language.rawValue)),
            ("agenda", .array(report.agenda.map(agenda))),
            ("pace", .array(report.pace.map { pace($0, named: true) })),
            ("total_pace", pace(report.totalPace, named: false)),
            ("awaiting_approval", .array(report.awaitingApproval.map(MonthlyJSON.visit))),
            ("abnormal_relationships", .array(report.abnormal.map(agenda))),
            ("data_issues", .array(report.dataIssues.map { ReportJSON.issue($0, language) })),
        ])
    }

    static func agenda(_ line: AgendaLine) -> JSONValue {
        .object([
            ("customer_id", .string(line.customer.id)),
            ("name", .string(line.customer.name)),
            ("status", .string(line.customer.status.rawValue)),
            ("salesperson", .optional(line.customer.salesperson)),
            ("department", .optional(line.customer.department)),
            ("tier", .optional(line.tier?.rawValue)),
            ("reasons", .array(line.reasons.map { .string($0.rawValue) })),
            ("visits", .object([
                ("on_site_this_month", .integer(line.onSiteThisMonth)),
                ("required", line.required.map { .integer($0) } ?? .null),
                ("expected_by_now", line.expectedByNow.map { .integer($0) } ?? .null),
                ("last_visit", .date(line.lastVisit)),
            ])),
            ("over_3_months", .money(line.overThreeMonths)),
        ])
    }

    static func pace(_ p: SalespersonPace, named: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if named { members += [("salesperson", .optional(p.name)), ("department", .optional(p.department))] }
        members += [
            ("customers_with_minimum", .integer(p.customersWithMinimum)),
            ("required", .integer(p.required)),
            ("expected_by_now", .integer(p.expectedByNow)),
            ("counted", .integer(p.counted)),
            ("customers_behind", .integer(p.customersBehind)),
            ("awaiting_approval", .integer(p.awaitingApproval)),
        ]
        return .object(members)
    }
}
