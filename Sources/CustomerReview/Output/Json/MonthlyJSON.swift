/// The monthly review for machines: stable English snake_case keys (documented in the
/// README), money as numbers with two decimals, dates as `YYYY-MM-DD`.
public enum MonthlyJSON {
    public static func document(_ report: MonthlyReport, language: ReportLanguage) -> JSONValue {
        let keys = ReportJSON.bucketKeys(report.receivableRules)
        return .object([
            ("report", .string("monthly")),
            ("period", .string(report.period.description)),
            ("as_of", .string(report.asOf.description)),
            ("language", .string(language.rawValue)),
            ("aging_buckets", .array(zip(keys, report.receivableRules.bucketLabels).map { key, label in
                .object([("key", .string(key)), ("days", .string(label))])
            })),
            ("contract_data", .bool(report.hasContractData)),
            ("totals", group(report.totals, keys: keys, kind: nil)),
            ("customers", .array(report.customers.map { customer($0, keys: keys) })),
            ("salespeople", .array(report.salespeople.map { group($0, keys: keys, kind: "salesperson") })),
            ("departments", .array(report.departments.map { group($0, keys: keys, kind: "department") })),
            ("visit_records", .array(report.visits.map(visit))),
            ("contracts", .array(report.contracts.map(contract))),
            ("findings", .array(report.findings.map { ReportJSON.finding($0, language) })),
            ("data_issues", .array(report.dataIssues.map { ReportJSON.issue($0, language) })),
        ])
    }

    static func customer(_ line: CustomerLine, keys: [String]) -> JSONValue {
        let c = line.customer
        let identity: [(String, JSONValue)] = [
            ("customer_id", .string(c.id)),
            ("name", .string(c.name)),
            ("status", .string(c.status.rawValue)),
            ("salesperson", .optional(c.salesperson)),
            ("department", .optional(c.department)),
            ("relationship", .string(c.relationship.rawValue)),
            ("score", line.score.map { .number($0.description) } ?? .null),
            ("tier", .optional(line.tier.tier?.rawValue)),
            ("tier_source", .string(line.tier.source.rawValue)),
            ("proposed_tier", .optional(line.proposedTier?.rawValue)),
        ]
        let figures: [(String, JSONValue)] = [
            ("visits", visits(line)),
            ("performance", performance(line)),
            ("receivables", receivables(line.receivables, keys: keys)),
            ("limits", limits(line.policy)),
            ("contract", contract(line.contract)),
            ("flags", .array(line.flags.map(JSONValue.string))),
        ]
        return .object(identity + figures)
    }

    static func visits(_ line: CustomerLine) -> JSONValue {
        .object([
            ("on_site", .integer(line.visits.onSite)),
            ("other", .integer(line.visits.otherKinds)),
            ("required", line.required.map { .integer($0) } ?? .null),
            ("shortfall", line.shortfall.map { .integer($0) } ?? .null),
            ("awaiting_approval", .integer(line.visits.awaitingApproval)),
            ("last_visit", .date(line.visits.lastVisit)),
        ])
    }

    static func performance(_ line: CustomerLine) -> JSONValue {
        .object([
            ("invoiced", .money(line.receivables.invoiced)),
            ("volume", line.receivables.volume.map(JSONValue.decimal) ?? .null),
            ("commission", .money(line.policy.commission)),
        ])
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

    static func limits(_ p: TierPolicies.Check) -> JSONValue {
        .object([
            ("policy_tier", .string(p.tier.rawValue)),
            ("credit_limit", .money(p.policy.creditLimit)),
            ("over_credit_limit", p.overCreditLimit.map(JSONValue.money) ?? .null),
            ("advance_limit", .money(p.policy.advanceLimit)),
            ("over_advance_limit", p.overAdvanceLimit.map(JSONValue.money) ?? .null),
            ("term_days", .integer(p.policy.termDays)),
            ("commission_rate", .decimal(p.policy.commissionRate)),
        ])
    }

    static func contract(_ e: ContractCompliance.Evaluation) -> JSONValue {
        .object([
            ("state", .string(e.state.rawValue)),
            ("compliant", e.state.compliant.map(JSONValue.bool) ?? .null),
            ("signed_after_first_business", .date(e.signedAfterFirstBusiness)),
            ("ending_soon", .array(e.endingSoon.map { .string($0.number) })),
        ])
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

    static func visit(_ line: VisitLine) -> JSONValue {
        let v = line.visit
        return .object([
            ("visit_date", .string(v.date.description)),
            ("salesperson", .string(v.salesperson)),
            ("customer_id", .string(v.customerID)),
            ("customer_name", .string(line.customerName)),
            ("tier", .optional(line.tier?.rawValue)),
            ("visit_type", .string(v.type.rawValue)),
        ] + VisitFormField.allCases.map { ($0.rawValue, .string(v.form($0))) } + [
            ("approver", .optional(v.approver)),
            ("approval_date", .date(v.approvalDate)),
            ("awaiting_approval", .bool(v.isAwaitingApproval)),
            ("line", .integer(v.line)),
        ])
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
