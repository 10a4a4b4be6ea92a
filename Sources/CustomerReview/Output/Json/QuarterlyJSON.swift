/// The quarterly adjustment for machines (keys documented in the README).
public enum QuarterlyJSON {
    public static func members(_ report: QuarterlyReport, language: ReportLanguage) -> [(String, JSONText.Member)] {
        let reassignment = report.reassignment
        return [
            ("report", .value(.string("quarterly"))),
            ("quarter", .value(.string(report.quarter.description))),
            ("as_of", .value(.string(report.asOf.description))),
            ("language", .value(.string(language.rawValue))),
            ("previous_snapshot", .value(.optional(report.previousSnapshot?.description))),
            ("contract_data", .value(.bool(report.hasContractData))),
            ("totals", .value(counts(report.totals, kind: nil))),
            ("tier_mix", .value(tierMix(report.tierMix))),
            ("customers", .elements(count: report.customers.count) { customer(report, $0, language: language, to: &$1) }),
            ("salespeople", .value(.array(report.salespeople.map { counts($0, kind: "salesperson") }))),
            ("departments", .value(.array(report.departments.map { counts($0, kind: "department") }))),
            ("contract_gaps", .value(.array(report.contractGaps.map { .string($0.customer.id) }))),
            ("reassignment", .values(count: reassignment.count) { i in
                .object([("customer_id", .string(reassignment[i].customer.id)),
                         ("reasons", .array(reassignment[i].reassignment.map { .string($0.rawValue) }))])
            }),
        ] + EvaluationJSON.quarterlyMembers(report, language: language) + [
            ("data_issues", ReportJSON.issues(report.dataIssues, language)),
        ]
    }

    /// Customers per tier before and after the adjustment (eliminated ones only counted).
    static func tierMix(_ mix: TierMix) -> JSONValue {
        .object([
            ("customers", .integer(mix.customers)),
            ("eliminated", .integer(mix.eliminated)),
            ("tiers", .array(TierMix.tiers.map { tier in
                .object([("tier", .optional(tier?.rawValue)), ("before", .integer(mix.before[tier] ?? 0)),
                         ("after", .integer(mix.after[tier] ?? 0))])
            })),
        ])
    }

    /// One customer, its score breakdown written straight into the document.
    static func customer(_ report: QuarterlyReport, _ index: Int, language: ReportLanguage, to w: inout JSONWriter) {
        let line = report.customers[index]
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
                .object([("item", .string(change.item.rawValue)), ("old", change.old.map(JSONValue.number) ?? .null), ("new", .number(change.new))])
            })),
            ("contract_gap", .optional(line.contractGap?.rawValue)),
            ("reassignment", .array(line.reassignment.map { .string($0.rawValue) })),
            ("receivables", .object([
                ("outstanding", .money(line.receivables.outstanding)),
                ("over_3_months", .money(line.receivables.overThreeMonths)),
                ("overdue", .money(line.receivables.overdue)),
            ])),
        ]
        w.beginObject()
        for (key, value) in identity + adjustment {
            w.key(key)
            w.value(value)
            if key == "score" {
                w.key("score_breakdown")
                EvaluationJSON.writeBreakdown(line.evaluation(report.evaluations, index: index), evaluations: report.evaluations,
                                              language: language, to: &w)
            }
        }
        w.endObject()
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
