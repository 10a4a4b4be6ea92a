/// The lists of the monthly page: visit compliance per salesperson, then the exception lists
/// in the order a manager works through them. Each is capped at `htmlListLimit` rows; the
/// workbook holds every row.
extension MonthlyPage.Content {
    /// The rules with a list of their own; findings of any other rule go to "other findings".
    static let listedRules = Set<PolicyFinding.Rule>([
        .abnormalRelationship, .visitShortfall, .overCreditLimit, .overAdvanceLimit, .overdue, .unscored,
    ]).union(contractRules)

    static let contractRules: Set<PolicyFinding.Rule> = [
        .contractMissing, .agreementMissing, .contractRecommended, .contractSignedLate, .contractEndingSoon,
    ]

    func lists() -> [PageList] {
        [escalations(), salespeople(), shortfalls(), limits(), overdue(), contracts(), unscored(), otherFindings(), dataIssues()]
    }

    // MARK: Cells

    private func customer(_ f: PolicyFinding) -> Cell { .text(f.customerName, sub: f.customerID) }

    private func findings(_ rules: Set<PolicyFinding.Rule>) -> [PolicyFinding] {
        report.findings.filter { rules.contains($0.rule) }
    }

    /// `items` with the largest `key` first, ties in their order in the report.
    private func largestFirst<T>(_ items: [T], by key: (T) -> Int64) -> [T] {
        items.enumerated().sorted { a, b in
            let (x, y) = (key(a.element), key(b.element))
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    // MARK: Lists

    /// §2.6: abnormal relationships, escalated to the department manager.
    func escalations() -> PageList {
        var t = table(of: PolicyFinding.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.salesperson)) }
        t.add(.department) { .text($0.department ?? "") }
        t.add(.status) { f in .text(line(f.customerID).map { ValueNames.status($0.customer.status).text(language) } ?? "") }
        t.add(.tierInForce) { .text(tier(line($0.customerID)?.tier.tier)) }
        t.add(.onSiteVisits, .number) { f in line(f.customerID).map { .count($0.visits.onSite) } ?? .blank }
        t.add(.outstanding, .number) { f in line(f.customerID).map { .money($0.receivables.outstanding) } ?? .blank }
        t.add(.overThreeMonths, .number) { f in
            line(f.customerID).map { .money($0.receivables.overThreeMonths, alert: $0.receivables.overThreeMonths > .zero) } ?? .blank
        }
        return PageList(id: "escalations", title: text(.sectionEscalations), table: t,
                        items: findings([.abnormalRelationship]), limit: limit, language: language)
    }

    /// One row of the visit compliance list: a salesperson's totals, or the company's.
    struct GroupRow {
        let name: String
        let group: GroupTotals
    }

    /// Visit compliance per salesperson, the largest shortfall first, with the company total.
    func salespeople() -> PageList {
        var t = table(of: GroupRow.self)
        t.add(.salesperson) { .text($0.name) }
        t.add(.department) { .text($0.group.department ?? "") }
        t.add(.customers, .number) { .count($0.group.customers) }
        t.add(.requiredVisits, .number) { .count($0.group.required) }
        t.add(.countedVisits, .number) { .count($0.group.countedVisits) }
        t.add(.visitShortfall, .number) { .count($0.group.shortfall, alert: $0.group.shortfall > 0) }
        t.add(.customersMeeting, .number) {
            .text(PageFormat.count($0.group.customersMeetingRequirement) + "/" + PageFormat.count($0.group.customersWithRequirement))
        }
        t.add(.compliance, .number) {
            .text(PageFormat.percent($0.group.compliancePercent),
                  alert: $0.group.customersMeetingRequirement < $0.group.customersWithRequirement)
        }
        t.add(.awaitingApproval, .number) { .count($0.group.awaitingApproval) }
        t.add(.invoiced, .number) { .money($0.group.receivables.invoiced) }
        t.add(.commission, .number) { .money($0.group.commission) }
        var list = PageList(id: "salespeople", title: text(.sheetVisitCompliance), table: t,
                            items: orderedSalespeople().map { GroupRow(name: person($0.name), group: $0) },
                            limit: limit, language: language)
        list.footer = t.cells(GroupRow(name: text(.total), group: report.totals))
        return list
    }

    /// §2.5: customers visited fewer times than the minimum, the largest shortfall first.
    func shortfalls() -> PageList {
        let items = largestFirst(findings([.visitShortfall])) { Int64($0.shortfall ?? 0) }
        var t = table(of: PolicyFinding.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.salesperson)) }
        t.add(.status) { f in .text(line(f.customerID).map { ValueNames.status($0.customer.status).text(language) } ?? "") }
        t.add(.tierInForce) { .text(tier(line($0.customerID)?.tier.tier)) }
        t.add(.requiredVisits, .number) { .count($0.required ?? 0) }
        t.add(.onSiteVisits, .number) { .count($0.done ?? 0) }
        t.add(.visitShortfall, .number) { .count($0.shortfall ?? 0, alert: true) }
        t.add(.lastVisit) { .text(line($0.customerID)?.visits.lastVisit?.description ?? text(.none)) }
        return PageList(id: "shortfalls", title: text(.sectionShortfalls), table: t,
                        items: items, limit: limit, language: language)
    }

    /// One customer over a limit: the excess over the credit limit and over the advance limit.
    struct LimitExcess {
        var credit: Money?
        var advance: Money?
        var finding: PolicyFinding
    }

    /// §2.12: outstanding over the credit limit or advances over the advance limit, one row per
    /// customer, the largest excess first.
    func limits() -> PageList {
        var order: [String] = []
        var excess: [String: LimitExcess] = [:]
        for f in findings([.overCreditLimit, .overAdvanceLimit]) {
            if excess[f.customerID] == nil { order.append(f.customerID) }
            var entry = excess[f.customerID] ?? LimitExcess(credit: nil, advance: nil, finding: f)
            if f.rule == .overCreditLimit { entry.credit = f.amount } else { entry.advance = f.amount }
            excess[f.customerID] = entry
        }
        let items = largestFirst(order.compactMap { excess[$0] }) { ($0.credit?.fen ?? 0) + ($0.advance?.fen ?? 0) }
        var t = table(of: LimitExcess.self)
        t.add(.customerName, .name) { customer($0.finding) }
        t.add(.salesperson) { .text(person($0.finding.salesperson)) }
        t.add(.tierInForce) { .text(tier(line($0.finding.customerID)?.tier.tier)) }
        t.add(.outstanding, .number) { e in line(e.finding.customerID).map { .money($0.receivables.outstanding) } ?? .blank }
        t.add(.creditLimit, .number) { e in line(e.finding.customerID).map { .money($0.policy.policy.creditLimit) } ?? .blank }
        t.add(.overCreditLimit, .number) { e in e.credit.map { .money($0, alert: true) } ?? .blank }
        t.add(.advances, .number) { e in line(e.finding.customerID).map { .money($0.receivables.advances) } ?? .blank }
        t.add(.advanceLimit, .number) { e in line(e.finding.customerID).map { .money($0.policy.policy.advanceLimit) } ?? .blank }
        t.add(.overAdvanceLimit, .number) { e in e.advance.map { .money($0, alert: true) } ?? .blank }
        return PageList(id: "limits", title: text(.sectionLimits), table: t, items: items, limit: limit, language: language)
    }

    /// §2.12: amounts overdue past the payment term, the largest first.
    func overdue() -> PageList {
        let items = largestFirst(findings([.overdue])) { $0.amount?.fen ?? 0 }
        var t = table(of: PolicyFinding.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.salesperson)) }
        t.add(.tierInForce) { .text(tier(line($0.customerID)?.tier.tier)) }
        t.add(.termDays, .number) { f in line(f.customerID).map { .count($0.policy.policy.termDays) } ?? .blank }
        t.add(.outstanding, .number) { f in line(f.customerID).map { .money($0.receivables.outstanding) } ?? .blank }
        t.add(.overdue, .number) { .money($0.amount ?? .zero, alert: true) }
        t.add(.overThreeMonths, .number) { f in
            line(f.customerID).map { .money($0.receivables.overThreeMonths, alert: $0.receivables.overThreeMonths > .zero) } ?? .blank
        }
        t.add(.currentMonth, .number) { f in line(f.customerID).map { .money($0.receivables.currentMonth) } ?? .blank }
        return PageList(id: "overdue", title: text(.sectionOverdue), table: t, items: items, limit: limit, language: language)
    }

    /// §2.11: contracts and long-term agreements missing, late or ending soon.
    func contracts() -> PageList {
        findingList(id: "contracts", title: text(.sectionContracts), rules: Self.contractRules, withTier: true,
                    empty: report.hasContractData ? nil : text(.noContractData))
    }

    /// §2.2: customers missing an indicator score, with the scores to complete.
    func unscored() -> PageList {
        var t = table(of: PolicyFinding.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.salesperson)) }
        t.add(.status) { f in .text(line(f.customerID).map { ValueNames.status($0.customer.status).text(language) } ?? "") }
        t.add(.tierInForce) { .text(tier(line($0.customerID)?.tier.tier)) }
        t.add(.tierSource) { f in .text(line(f.customerID).map { ValueNames.tierSource($0.tier.source).text(language) } ?? "") }
        t.add(.missingScores, .long) { f in .text(line(f.customerID).map(missingScores) ?? FindingText.detail(f, language)) }
        return PageList(id: "unscored", title: text(.sectionUnscored), table: t,
                        items: findings([.unscored]), limit: limit, language: language)
    }

    /// The indicators without a score, by their Chinese name or, in English, their column id.
    private func missingScores(_ line: CustomerLine) -> String {
        let indicators = report.settings.indicators
        let names = Scoring.missingIndicators(line.customer.indicatorScores, indicators: indicators).map {
            language.words.indicatorReference(indicators[$0])
        }
        return names.joined(separator: language.words.listSeparator)
    }

    /// Findings of rules without a list of their own (no salesperson assigned).
    func otherFindings() -> PageList {
        let rules = Set(PolicyFinding.Rule.allCases).subtracting(Self.listedRules)
        return findingList(id: "other-findings", title: text(.sectionFindings), rules: rules, withTier: false, empty: nil)
    }

    private func findingList(id: String, title: String, rules: Set<PolicyFinding.Rule>, withTier: Bool, empty: String?) -> PageList {
        var t = table(of: PolicyFinding.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.salesperson)) }
        if withTier {
            t.add(.tierInForce) { .text(tier(line($0.customerID)?.tier.tier)) }
        } else {
            t.add(.department) { .text($0.department ?? "") }
        }
        t.add(.severity) { .text(ValueNames.severity($0.rule.severity).text(language), alert: $0.rule.severity == .breach) }
        t.add(.rule, .long) { .text(FindingText.title($0.rule, language)) }
        t.add(.detail, .long) { .text(FindingText.detail($0, language)) }
        return PageList(id: id, title: title, table: t, items: findings(rules), limit: limit, language: language, empty: empty)
    }

    /// Rows of the input that could not be used as they are (SPEC §3 "Bad input").
    func dataIssues() -> PageList {
        PageList.dataIssues(report.dataIssues, limit: limit, language: language)
    }
}
