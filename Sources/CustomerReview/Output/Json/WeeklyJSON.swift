/// The weekly meeting agenda for machines (keys documented in the README).
public enum WeeklyJSON {
    public static func members(_ report: WeeklyReport, language: ReportLanguage) -> [(String, JSONText.Member)] {
        [
            ("report", .value(.string("weekly"))),
            ("week", .value(.string(report.week.description))),
            ("week_starts", .value(.string(report.week.monday.description))),
            ("week_ends", .value(.string(report.week.sunday.description))),
            ("as_of", .value(.string(report.asOf.description))),
            ("month", .value(.string(report.month.description))),
            ("language", .value(.string(language.rawValue))),
            ("agenda", .values(count: report.agenda.count) { agenda(report.agenda[$0]) }),
            ("pace", .value(.array(report.pace.map { pace($0, named: true) }))),
            ("total_pace", .value(pace(report.totalPace, named: false))),
            ("awaiting_approval", .elements(count: report.awaitingApproval.count) { MonthlyJSON.visit(report.awaitingApproval[$0], to: &$1) }),
            ("abnormal_relationships", .values(count: report.abnormal.count) { agenda(report.abnormal[$0]) }),
            ("data_issues", ReportJSON.issues(report.dataIssues, language)),
        ]
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
                ("days_since_last_visit", line.daysSinceLastVisit.map { .integer($0) } ?? .null),
            ])),
            ("over_3_months", .money(line.overThreeMonths)),
            ("streaks", MonthlyJSON.streaks(line.streaks)),
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
