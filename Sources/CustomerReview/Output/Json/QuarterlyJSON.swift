/// The quarterly adjustment for machines (keys documented in the README).
public enum QuarterlyJSON {
    public static func document(_ report: QuarterlyReport, language: ReportLanguage) -> JSONValue {
        .object([
            ("report", .string("quarterly")),
            ("quarter", .string(report.quarter.description)),
            ("as_of", .string(report.asOf.description)),
            ("language", .string(language.rawValue)),
            ("previous_snapshot", .optional(report.previousSnapshot?.description)),
            ("contract_data", .bool(report.hasContractData)),
            ("totals", counts(report.totals, kind: nil)),
            ("customers", .array(report.customers.map(customer))),
            ("salespeople", .array(report.salespeople.map { counts($0, kind: "salesperson") })),
            ("departments", .array(report.departments.map { counts($0, kind: "department") })),
            ("contract_gaps", .array(report.contractGaps.map { .string($0.customer.id) })),
            ("reassignment", .array(report.reassignment.map { line in
                .object([("customer_id", .string(line.customer.id)),
                         ("reasons", .array(line.reassignment.map { .string($0.rawValue) }))])
            })),
            ("data_issues", .array(report.dataIssues.map { ReportJSON.issue($0, language) })),
        ])
    }

    static func customer(_ line: QuarterlyLine) -> JSONValue {
        let c = line.customer
        let identity: [(String, JSONValue)] = [
            ("customer_id", .string(c.id)),
            ("name", .string(c.name)),
            ("status", .string(c.status.rawValue)),
            ("salesperson", .optional(c.salesperson)),
            ("department", .optional(c.department)),
            ("created_date", .date(c.createdDate)),
        ]
        let adjustment: [(String, JSONValue)] = [
            ("score", line.score.map { .number($0.description) } ?? .null),
            ("previous_score", line.previousScore.map { .number($0.description) } ?? .null),
            ("score_change", line.scoreChange.map { .number($0.description) } ?? .null),
            ("tier", .optional(line.tier.tier?.rawValue)),
            ("previous_tier", .optional(line.previousTier?.rawValue)),
            ("previous_tier_source", .string(line.previousSource.rawValue)),
            ("proposed_tier", .optional(line.proposedTier?.rawValue)),
            ("movement", .optional(line.movement?.rawValue)),
            ("snapshot_tier", .optional(line.snapshotTier?.rawValue)),
            ("policy_changes", .array(line.policyChanges.map { change in
                .object([("item", .string(change.item.rawValue)), ("old", .optional(change.old)), ("new", .string(change.new))])
            })),
            ("contract_gap", .optional(line.contractGap?.rawValue)),
            ("reassignment", .array(line.reassignment.map { .string($0.rawValue) })),
            ("receivables", .object([
                ("outstanding", .money(line.receivables.outstanding)),
                ("over_3_months", .money(line.receivables.overThreeMonths)),
                ("overdue", .money(line.receivables.overdue)),
            ])),
        ]
        return .object(identity + adjustment)
    }

    static func counts(_ m: MovementCounts, kind: String?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let kind {
            members.append((kind, .optional(m.name)))
            if kind == "salesperson" { members.append(("department", .optional(m.department))) }
        }
        members += [
            ("customers", .integer(m.customers)),
            ("up", .integer(m.up)),
            ("down", .integer(m.down)),
            ("same", .integer(m.same)),
            ("new", .integer(m.new)),
            ("unscored", .integer(m.unscored)),
            ("contract_gaps", .integer(m.contractGaps)),
            ("reassignment", .integer(m.reassignment)),
        ]
        return .object(members)
    }
}
