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
        PageList(id: "escalations", title: text(.sectionEscalations),
                 columns: [column(.customerName, .name), column(.salesperson), column(.department), column(.status), column(.tierInForce),
                           column(.onSiteVisits, .number), column(.outstanding, .number),
                           column(.overThreeMonths, .number)],
                 items: findings([.abnormalRelationship]), limit: limit, language: language) { f in
            let l = line(f.customerID)
            return [customer(f), .text(person(f.salesperson)), .text(f.department ?? ""),
                    .text(l.map { ValueNames.status($0.customer.status).text(language) } ?? ""), .text(tier(l?.tier.tier)),
                    l.map { .count($0.visits.onSite) } ?? .blank,
                    l.map { .money($0.receivables.outstanding) } ?? .blank,
                    l.map { .money($0.receivables.overThreeMonths, alert: $0.receivables.overThreeMonths > .zero) } ?? .blank]
        }
    }

    /// Visit compliance per salesperson, the largest shortfall first, with the company total.
    func salespeople() -> PageList {
        var list = PageList(id: "salespeople", title: text(.sheetVisitCompliance),
                            columns: [column(.salesperson), column(.department), column(.customers, .number),
                                      column(.requiredVisits, .number), column(.countedVisits, .number),
                                      column(.visitShortfall, .number), column(.customersMeeting, .number),
                                      column(.compliance, .number),
                                      column(.awaitingApproval, .number), column(.invoiced, .number),
                                      column(.commission, .number)],
                            items: orderedSalespeople(), limit: limit, language: language) { g in
            groupRow(.text(person(g.name)), g)
        }
        list.footer = groupRow(.text(text(.total)), report.totals)
        return list
    }

    private func groupRow(_ name: Cell, _ g: GroupTotals) -> [Cell] {
        let meeting = PageFormat.count(g.customersMeetingRequirement) + "/" + PageFormat.count(g.customersWithRequirement)
        let compliance = Cell.text(PageFormat.percent(g.compliancePercent),
                                   alert: g.customersMeetingRequirement < g.customersWithRequirement)
        return [name, .text(g.department ?? ""), .count(g.customers),
                .count(g.required), .count(g.countedVisits), .count(g.shortfall, alert: g.shortfall > 0), .text(meeting), compliance,
                .count(g.awaitingApproval), .money(g.receivables.invoiced), .money(g.commission)]
    }

    /// §2.5: customers visited fewer times than the minimum, the largest shortfall first.
    func shortfalls() -> PageList {
        let items = largestFirst(findings([.visitShortfall])) { Int64(($0.required ?? 0) - ($0.done ?? 0)) }
        return PageList(id: "shortfalls", title: text(.sectionShortfalls),
                        columns: [column(.customerName, .name), column(.salesperson), column(.status), column(.tierInForce),
                                  column(.requiredVisits, .number), column(.onSiteVisits, .number),
                                  column(.visitShortfall, .number), column(.lastVisit)],
                        items: items, limit: limit, language: language) { f in
            let l = line(f.customerID)
            let required = f.required ?? 0
            let done = f.done ?? 0
            return [customer(f), .text(person(f.salesperson)),
                    .text(l.map { ValueNames.status($0.customer.status).text(language) } ?? ""), .text(tier(l?.tier.tier)),
                    .count(required), .count(done), .count(max(0, required - done), alert: true),
                    .text(l?.visits.lastVisit?.description ?? text(.none))]
        }
    }

    /// §2.12: outstanding over the credit limit or advances over the advance limit, one row per
    /// customer, the largest excess first.
    func limits() -> PageList {
        var order: [String] = []
        var excess: [String: (credit: Money?, advance: Money?, finding: PolicyFinding)] = [:]
        for f in findings([.overCreditLimit, .overAdvanceLimit]) {
            if excess[f.customerID] == nil { order.append(f.customerID) }
            var entry = excess[f.customerID] ?? (nil, nil, f)
            if f.rule == .overCreditLimit { entry.credit = f.amount } else { entry.advance = f.amount }
            excess[f.customerID] = entry
        }
        let items = largestFirst(order.compactMap { excess[$0] }) { ($0.credit?.fen ?? 0) + ($0.advance?.fen ?? 0) }
        return PageList(id: "limits", title: text(.sectionLimits),
                        columns: [column(.customerName, .name), column(.salesperson), column(.tierInForce),
                                  column(.outstanding, .number), column(.creditLimit, .number),
                                  column(.overCreditLimit, .number), column(.advances, .number),
                                  column(.advanceLimit, .number), column(.overAdvanceLimit, .number)],
                        items: items, limit: limit, language: language) { entry in
            let l = line(entry.finding.customerID)
            let policy = l?.policy.policy
            return [customer(entry.finding), .text(person(entry.finding.salesperson)), .text(tier(l?.tier.tier)),
                    l.map { .money($0.receivables.outstanding) } ?? .blank,
                    policy.map { .money($0.creditLimit) } ?? .blank,
                    entry.credit.map { .money($0, alert: true) } ?? .blank,
                    l.map { .money($0.receivables.advances) } ?? .blank,
                    policy.map { .money($0.advanceLimit) } ?? .blank,
                    entry.advance.map { .money($0, alert: true) } ?? .blank]
        }
    }

    /// §2.12: amounts overdue past the payment term, the largest first.
    func overdue() -> PageList {
        let items = largestFirst(findings([.overdue])) { $0.amount?.fen ?? 0 }
        return PageList(id: "overdue", title: text(.sectionOverdue),
                        columns: [column(.customerName, .name), column(.salesperson), column(.tierInForce), column(.termDays, .number),
                                  column(.outstanding, .number), column(.overdue, .number),
                                  column(.overThreeMonths, .number), column(.currentMonth, .number)],
                        items: items, limit: limit, language: language) { f in
            let l = line(f.customerID)
            return [customer(f), .text(person(f.salesperson)), .text(tier(l?.tier.tier)),
                    l.map { .count($0.policy.policy.termDays) } ?? .blank,
                    l.map { .money($0.receivables.outstanding) } ?? .blank,
                    .money(f.amount ?? .zero, alert: true),
                    l.map { .money($0.receivables.overThreeMonths, alert: $0.receivables.overThreeMonths > .zero) } ?? .blank,
                    l.map { .money($0.receivables.currentMonth) } ?? .blank]
        }
    }

    /// §2.11: contracts and long-term agreements missing, late or ending soon.
    func contracts() -> PageList {
        findingList(id: "contracts", title: text(.sectionContracts), rules: Self.contractRules, withTier: true,
                    empty: report.hasContractData ? nil : text(.noContractData))
    }

    /// §2.2: customers missing an indicator score, with the scores to complete.
    func unscored() -> PageList {
        PageList(id: "unscored", title: text(.sectionUnscored),
                 columns: [column(.customerName, .name), column(.salesperson), column(.status), column(.tierInForce), column(.tierSource),
                           Column(text: Label.missingScores.text(language), kind: .long)],
                 items: findings([.unscored]), limit: limit, language: language) { f in
            let l = line(f.customerID)
            return [customer(f), .text(person(f.salesperson)),
                    .text(l.map { ValueNames.status($0.customer.status).text(language) } ?? ""), .text(tier(l?.tier.tier)),
                    .text(l.map { ValueNames.tierSource($0.tier.source).text(language) } ?? ""),
                    .text(l.map(missingScores) ?? FindingText.detail(f, language))]
        }
    }

    /// The indicators without a score, by their Chinese name or, in English, their column id.
    private func missingScores(_ line: CustomerLine) -> String {
        let names = report.settings.indicators.enumerated().compactMap { index, indicator -> String? in
            let score = index < line.customer.indicatorScores.count ? line.customer.indicatorScores[index] : nil
            return score == nil ? (language == .zh ? indicator.name : indicator.id) : nil
        }
        return names.joined(separator: language == .zh ? "、" : ", ")
    }

    /// Findings of rules without a list of their own (no salesperson assigned).
    func otherFindings() -> PageList {
        let rules = Set(PolicyFinding.Rule.allCases).subtracting(Self.listedRules)
        return findingList(id: "other-findings", title: text(.sectionFindings), rules: rules, withTier: false, empty: nil)
    }

    private func findingList(id: String, title: String, rules: Set<PolicyFinding.Rule>, withTier: Bool, empty: String?) -> PageList {
        let middle = withTier ? column(.tierInForce) : column(.department)
        return PageList(id: id, title: title,
                        columns: [column(.customerName, .name), column(.salesperson), middle, column(.severity), column(.rule, .long), column(.detail, .long)],
                        items: findings(rules), limit: limit, language: language, empty: empty) { f in
            let severity = f.rule.severity
            return [customer(f), .text(person(f.salesperson)),
                    .text(withTier ? tier(line(f.customerID)?.tier.tier) : f.department ?? ""),
                    .text(ValueNames.severity(severity).text(language), alert: severity == .breach),
                    .text(FindingText.title(f.rule, language)), .text(FindingText.detail(f, language))]
        }
    }

    /// Rows of the input that could not be used as they are (SPEC §3 "Bad input").
    func dataIssues() -> PageList {
        PageList.dataIssues(report.dataIssues, limit: limit, language: language)
    }
}
