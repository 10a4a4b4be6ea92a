/// Builds the monthly 15th review from the gathered inputs: every rule applied to every
/// customer, then the totals per salesperson, department and company.
public enum MonthlyReview {
    /// What the monthly review gathers: the period's visits (kept whole for the visit records),
    /// receivables at the period's end, the tier in force from the latest snapshot before the
    /// as-of quarter.
    public static func scope(asOf: CalendarDate, period: YearMonth, settings: PolicySettings) -> ReviewScope {
        ReviewScope(asOf: asOf, visitMonth: period, visitsThrough: period.lastDay,
                    keptVisits: period.firstDay...period.lastDay,
                    receivables: ReceivableRules(month: period, bucketBounds: settings.agingBuckets),
                    snapshotBefore: asOf.yearMonth.quarter, history: MonthWindow(last: period))
    }

    /// - Parameters:
    ///   - previous: last month's snapshot, for what changed since (nil: no comparison).
    ///   - history: the snapshots of the months before, for the running streaks and trends.
    public static func build(_ inputs: ReviewInputs, period: YearMonth, asOf: CalendarDate,
                             settings: PolicySettings, previous: MonthlySnapshot? = nil,
                             history: MonthlyHistory? = nil) -> MonthlyReport {
        let rules = ReceivableRules(month: period, bucketBounds: settings.agingBuckets)
        var lines: [CustomerLine] = []
        lines.reserveCapacity(inputs.customers.count)
        var findingsByRule: [PolicyFinding.Rule: [PolicyFinding]] = [:]
        var findingCounts: [Int] = []
        for (i, customer) in inputs.customers.enumerated() {
            let tier = inputs.tiers[i]
            let tally = inputs.visitTallies[i]
            let required = VisitRequirement.required(status: customer.status, tier: tier.tier, minimums: settings.visitMinimums)
            let position = inputs.positions[i]
            let firstBusiness = customer.firstBusinessDate ?? position.firstInvoice
            let contract = ContractCompliance.evaluate(status: customer.status, tier: tier.tier,
                                                       contracts: inputs.contracts?[i], firstBusiness: firstBusiness,
                                                       asOf: asOf, lookaheadDays: settings.contractExpiryDays)
            var line = CustomerLine(
                customer: customer, score: inputs.scores[i], proposedTier: inputs.proposedTiers[i], tier: tier,
                visits: tally, required: required,
                shortfall: VisitRequirement.shortfall(required: required, done: tally.onSite),
                receivables: position,
                policy: TierPolicies.check(position, tierInForce: tier.tier, settings: settings),
                contract: contract, rules: PolicyFinding.RuleSet()
            )
            line.streaks = RunningStreaks.of(
                customer: customer, index: i, month: period, required: required, onSite: tally.onSite,
                firstKnown: [customer.firstBusinessDate, position.firstInvoice].compactMap { $0 }.min(),
                overThreeMonths: position.overThreeMonths, visits: inputs.onSiteHistory, history: history)
            let found = CustomerRules.findings(for: line, settings: settings)
            for finding in found { line.rules.insert(finding.rule) }
            for finding in found { findingsByRule[finding.rule, default: []].append(finding) }
            findingCounts.append(found.count)
            lines.append(line)
        }
        let bucketCount = settings.agingBuckets.count + 1
        var totals = GroupTotals(name: nil, department: nil, bucketCount: bucketCount)
        var bySalesperson: [String?: GroupTotals] = [:]
        var byDepartment: [String?: GroupTotals] = [:]
        for (line, count) in zip(lines, findingCounts) {
            totals.add(line, findings: count)
            let c = line.customer
            bySalesperson[c.salesperson, default: GroupTotals(name: c.salesperson, department: c.department, bucketCount: bucketCount)]
                .add(line, findings: count)
            byDepartment[c.department, default: GroupTotals(name: c.department, department: c.department, bucketCount: bucketCount)]
                .add(line, findings: count)
        }
        for (name, tally) in inputs.visitsBySalesperson where bySalesperson[name] == nil {
            // Someone who visited but has no customers assigned still appears with the visits made.
            var group = GroupTotals(name: name, department: nil, bucketCount: bucketCount)
            group.onSiteVisits = tally.onSite
            group.otherVisits = tally.otherKinds
            bySalesperson[name] = group
        }
        let visits = inputs.keptVisits.map { visit in
            let i = inputs.indexByID[visit.customerID]
            return VisitLine(visit: visit, customerName: i.map { inputs.customers[$0].name } ?? "",
                             tier: i.flatMap { inputs.tiers[$0].tier })
        }
        var contracts: [ContractLine] = []
        if let grouped = inputs.contracts {
            // Sized once: a list grown by doubling can hold twice what it needs.
            contracts.reserveCapacity(grouped.reduce(0) { $0 + $1.count })
            for (i, list) in grouped.enumerated() {
                let ending = Set(lines[i].contract.endingSoon.map(\.number))
                for contract in list.sorted(by: { $0.number < $1.number }) {
                    contracts.append(ContractLine(contract: contract, customerName: inputs.customers[i].name,
                                                  tier: inputs.tiers[i].tier,
                                                  inForce: ContractCompliance.isInForce(contract, on: asOf),
                                                  endingSoon: ending.contains(contract.number)))
                }
            }
        }
        var report = MonthlyReport(
            period: period, asOf: asOf, settings: settings, receivableRules: rules,
            hasContractData: inputs.contracts != nil, customers: lines,
            salespeople: Grouping.sorted(bySalesperson), departments: Grouping.sorted(byDepartment), totals: totals,
            visits: visits, contracts: contracts,
            findings: FindingList(parts: PolicyFinding.Rule.allCases.map { findingsByRule[$0] ?? [] }),
            dataIssues: inputs.issues, evaluations: inputs.evaluations, coverage: inputs.coverage
        )
        if let previous { report.sinceLastMonth = SinceLastMonth.build(report, previous: previous) }
        report.trends = MonthlyTrends.build(report, inputs: inputs, history: history)
        return report
    }
}
