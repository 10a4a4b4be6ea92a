/// The monthly review for machines: stable English snake_case keys (documented in the
/// README), money as numbers with two decimals, dates as `YYYY-MM-DD`.
public enum MonthlyJSON {
    /// The document's members; the long lists are produced one element at a time.
    public static func members(_ report: MonthlyReport, language: ReportLanguage) -> [(String, JSONText.Member)] {
        let keys = ReportJSON.bucketKeys(report.receivableRules)
        return [
            ("report", .value(.string("monthly"))),
            ("period", .value(.string(report.period.description))),
            ("as_of", .value(.string(report.asOf.description))),
            ("language", .value(.string(language.rawValue))),
            ("aging_buckets", .value(.array(zip(keys, report.receivableRules.bucketLabels).map { key, label in
                .object([("key", .string(key)), ("days", .string(label))])
            }))),
            ("contract_data", .value(.bool(report.hasContractData))),
            ("totals", .value(group(report.totals, keys: keys, kind: nil))),
            ("changes", .value(changes(report))),
            ("trends", .value(trends(report))),
            ("customers", .elements(count: report.customers.count) { customer(report, $0, keys: keys, language: language, to: &$1) }),
            ("salespeople", .value(.array(report.salespeople.map { group($0, keys: keys, kind: "salesperson") }))),
            ("departments", .value(.array(report.departments.map { group($0, keys: keys, kind: "department") }))),
            ("visit_records", .elements(count: report.visits.count) { visit(report.visits[$0], to: &$1) }),
            ("contracts", .values(count: report.contracts.count) { contract(report.contracts[$0]) }),
            ("findings", .values(count: report.findings.count) { ReportJSON.finding(report.findings[$0], language) }),
            ("data_issues", ReportJSON.issues(report.dataIssues, language)),
        ]
    }

    /// One customer, written straight into the document (the largest list of the report).
    static func customer(_ report: MonthlyReport, _ index: Int, keys: [String], language: ReportLanguage,
                         to w: inout JSONWriter) {
        let line = report.customers[index]
        let c = line.customer
        w.beginObject()
        w.key("customer_id"); w.string(c.id)
        w.key("name"); w.string(c.name)
        w.key("status"); w.string(c.status.rawValue)
        w.key("salesperson"); w.string(c.salesperson)
        w.key("department"); w.string(c.department)
        w.key("relationship"); w.string(c.relationship.rawValue)
        w.key("score"); w.value(line.score.map { .number($0.description) } ?? .null)
        w.key("score_breakdown")
        EvaluationJSON.writeBreakdown(line.evaluation(report.evaluations, index: index), evaluations: report.evaluations,
                                      language: language, to: &w)
        w.key("tier"); w.string(line.tier.tier?.rawValue)
        w.key("tier_source"); w.string(line.tier.source.rawValue)
        w.key("proposed_tier"); w.string(line.proposedTier?.rawValue)
        w.key("visits")
        w.beginObject()
        w.key("on_site"); w.integer(line.visits.onSite)
        w.key("other"); w.integer(line.visits.otherKinds)
        w.key("required"); w.integer(line.required)
        w.key("shortfall"); w.integer(line.shortfall)
        w.key("awaiting_approval"); w.integer(line.visits.awaitingApproval)
        w.key("last_visit"); w.date(line.visits.lastVisit)
        w.key("days_since_last_visit"); w.integer(line.visits.daysSinceLastVisit)
        w.endObject()
        w.key("performance")
        w.beginObject()
        w.key("invoiced"); w.money(line.receivables.invoiced)
        w.key("volume"); w.value(line.receivables.volume.map(JSONValue.decimal) ?? .null)
        w.key("commission"); w.money(line.policy.commission)
        w.endObject()
        w.key("receivables"); w.value(receivables(line.receivables, keys: keys))
        let p = line.policy
        w.key("limits")
        w.beginObject()
        w.key("policy_tier"); w.string(p.tier.rawValue)
        w.key("credit_limit"); w.money(p.policy.creditLimit)
        w.key("over_credit_limit"); w.money(p.overCreditLimit)
        w.key("advance_limit"); w.money(p.policy.advanceLimit)
        w.key("over_advance_limit"); w.money(p.overAdvanceLimit)
        w.key("term_days"); w.integer(p.policy.termDays)
        w.key("commission_rate"); w.value(.decimal(p.policy.commissionRate))
        w.endObject()
        let e = line.contract
        w.key("contract")
        w.beginObject()
        w.key("state"); w.string(e.state.rawValue)
        w.key("compliant"); w.value(e.state.compliant.map(JSONValue.bool) ?? .null)
        w.key("signed_after_first_business"); w.date(e.signedAfterFirstBusiness)
        w.key("ending_soon")
        w.beginArray()
        for contract in e.endingSoon {
            w.element()
            w.string(contract.number)
        }
        w.endArray()
        w.endObject()
        w.key("flags")
        w.beginArray()
        for flag in line.flags {
            w.element()
            w.string(flag)
        }
        w.endArray()
        w.key("streaks"); w.value(streaks(line.streaks))
        w.key("previous"); w.value(previous(report, index))
        w.endObject()
    }

    /// Running streaks in months (issue 14).
    static func streaks(_ s: RunningStreaks) -> JSONValue {
        .object([("visit_shortfall_months", .integer(s.visitShortfall)),
                 ("over_3_months_growing_months", .integer(s.overThreeMonthsGrowing))])
    }

    static func group(_ g: GroupTotals, keys: [String], kind: String?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let kind {
            members.append((kind, .optional(g.name)))
            if kind == "salesperson" { members.append(("department", .optional(g.department))) }
        }
        members += [
            ("customers", .integer(g.customers)),
            ("by_status", .object(CustomerStatus.allCases.map { ($0.rawValue, .integer(g.statusCounts[$0] ?? 0)) })),
            ("by_tier", .object(Tier.allCases.map { ($0.rawValue, .integer(g.tierCounts[$0] ?? 0)) } + [("none", .integer(g.untiered))])),
            ("abnormal_relationships", .integer(g.abnormal)),
            ("visits", .object([
                ("customers_with_minimum", .integer(g.customersWithRequirement)),
                ("customers_meeting_minimum", .integer(g.customersMeetingRequirement)),
                ("required", .integer(g.required)),
                ("counted", .integer(g.countedVisits)),
                ("on_site", .integer(g.onSiteVisits)),
                ("other", .integer(g.otherVisits)),
                ("shortfall", .integer(g.shortfall)),
                ("awaiting_approval", .integer(g.awaitingApproval)),
                ("compliance_percent", g.compliancePercent.map(JSONValue.decimal) ?? .null),
            ])),
            ("performance", .object([("invoiced", .money(g.receivables.invoiced)), ("commission", .money(g.commission))])),
            ("receivables", receivables(g.receivables, keys: keys)),
            ("findings", .integer(g.findings)),
        ]
        return .object(members)
    }

    static func receivables(_ r: ReceivablePosition, keys: [String]) -> JSONValue {
        .object([
            ("outstanding", .money(r.outstanding)),
            ("current_month", .money(r.currentMonth)),
            ("over_3_months", .money(r.overThreeMonths)),
            ("overdue", .money(r.overdue)),
            ("advances", .money(r.advances)),
            ("buckets", ReportJSON.buckets(r.buckets, keys: keys)),
            ("after_period_end", .money(r.afterPeriodEnd)),
        ])
    }

    /// One visit record, written straight into the document.
    static func visit(_ line: VisitLine, to w: inout JSONWriter) {
        let v = line.visit
        w.beginObject()
        w.key("visit_date"); w.string(v.date.description)
        w.key("salesperson"); w.string(v.salesperson)
        w.key("customer_id"); w.string(v.customerID)
        w.key("customer_name"); w.string(line.customerName)
        w.key("tier"); w.string(line.tier?.rawValue)
        w.key("visit_type"); w.string(v.type.rawValue)
        for field in VisitFormField.allCases {
            w.key(field.rawValue)
            w.string(v.form(field))
        }
        w.key("approver"); w.string(v.approver)
        w.key("approval_date"); w.date(v.approvalDate)
        w.key("awaiting_approval"); w.bool(v.isAwaitingApproval)
        w.key("line"); w.integer(v.line)
        w.endObject()
    }

    static func contract(_ line: ContractLine) -> JSONValue {
        let c = line.contract
        return .object([
            ("contract_no", .string(c.number)),
            ("customer_id", .string(c.customerID)),
            ("customer_name", .string(line.customerName)),
            ("type", .string(c.type.rawValue)),
            ("signed_date", .date(c.signedDate)),
            ("start_date", .date(c.startDate)),
            ("end_date", .date(c.endDate)),
            ("in_force", .bool(line.inForce)),
            ("ending_soon", .bool(line.endingSoon)),
        ])
    }
}

/// JSON pieces every report shares.
public enum ReportJSON {
    /// `days_0_30`, `days_31_60`, …, `days_over_180`.
    public static func bucketKeys(_ rules: ReceivableRules) -> [String] {
        var keys: [String] = []
        var lower = 0
        for bound in rules.bucketBounds {
            keys.append("days_\(lower)_\(bound)")
            lower = bound + 1
        }
        keys.append("days_over_\(rules.bucketBounds.last ?? 0)")
        return keys
    }

    static func buckets(_ amounts: [Money], keys: [String]) -> JSONValue {
        .object(zip(keys, amounts).map { ($0, .money($1)) })
    }

    public static func finding(_ f: PolicyFinding, _ language: ReportLanguage) -> JSONValue {
        .object([
            ("rule", .string(f.rule.rawValue)),
            ("severity", .string(f.rule.severity.rawValue)),
            ("customer_id", .string(f.customerID)),
            ("name", .string(f.customerName)),
            ("salesperson", .optional(f.salesperson)),
            ("department", .optional(f.department)),
            ("amount", f.amount.map(JSONValue.money) ?? .null),
            ("required", f.required.map { .integer($0) } ?? .null),
            ("done", f.done.map { .integer($0) } ?? .null),
            ("date", .date(f.date)),
            ("reference", .optional(f.reference)),
            ("title", .string(FindingText.title(f.rule, language))),
            ("message", .string(FindingText.detail(f, language))),
        ])
    }

    static func issues(_ issues: [DataIssue], _ language: ReportLanguage) -> JSONText.Member {
        .values(count: issues.count) { issue(issues[$0], language) }
    }

    public static func issue(_ i: DataIssue, _ language: ReportLanguage) -> JSONValue {
        .object([
            ("file", .string(i.file)),
            ("line", i.line.map { .integer($0) } ?? .null),
            ("column", .optional(i.column)),
            ("value", .optional(i.value)),
            ("code", .string(i.problem.code)),
            ("message", .string(i.problem.message(language))),
            ("effect", .string(i.effect.rawValue)),
        ])
    }
}
