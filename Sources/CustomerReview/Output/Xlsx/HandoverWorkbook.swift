/// The 客户拜访记录表 (附表3) a salesperson hands to the department manager on the 15th
/// (`monthly --split`): for one salesperson's or department's customers, last month's 业绩, the
/// receivables over three months and this month's, the visits, and the manager's review columns.
public enum HandoverWorkbook {
    public enum Split: String, CaseIterable, Sendable {
        case salesperson, department
    }

    /// One group of customers and the name it goes under.
    public struct Group: Sendable {
        public var name: String?
        public var customers: [CustomerLine]
        public var visits: [VisitLine]
        public var findings: [PolicyFinding]
    }

    /// The report's customers grouped by salesperson or department, in name order (unassigned last).
    public static func groups(_ report: MonthlyReport, by split: Split) -> [Group] {
        func key(_ c: Customer) -> String? { split == .salesperson ? c.salesperson : c.department }
        var customers: [String?: [CustomerLine]] = [:]
        for line in report.customers { customers[key(line.customer), default: []].append(line) }
        var owner: [String: String?] = [:]
        for line in report.customers { owner[line.customer.id] = key(line.customer) }
        var visits: [String?: [VisitLine]] = [:]
        for line in report.visits {
            guard let group = owner[line.visit.customerID] else { continue }
            visits[group, default: []].append(line)
        }
        var findings: [String?: [PolicyFinding]] = [:]
        for f in report.findings {
            guard let group = owner[f.customerID] else { continue }
            findings[group, default: []].append(f)
        }
        let names = Array(customers.keys)
        let ordered = names.compactMap { $0 }.sorted() + (names.contains(where: { $0 == nil }) ? [nil] : [])
        return ordered.map { Group(name: $0, customers: customers[$0] ?? [], visits: visits[$0] ?? [], findings: findings[$0] ?? []) }
    }

    public static func write(_ group: Group, report: MonthlyReport, split: Split, language: ReportLanguage, to path: String) throws {
        let title = Label.handoverTitle.text(language)
        let wb = try ReportWorkbook(path: path, title: title, asOf: report.asOf, language: language,
                                    rows: group.customers.count + group.visits.count)
        let who = group.name ?? wb.label(.unassigned)
        let role = wb.label(split == .salesperson ? .salesperson : .department)
        let heading = ["\(title) — \(who)",
                       "\(role): \(who)    \(wb.label(.period)): \(report.period)    \(wb.label(.asOf)): \(report.asOf)"]
        let marks = ReviewMarks.inForce(report.settings, language)
        var sheet = try wb.sheet(.sheetCustomers, title: heading, table: customerTable(wb: wb, report: report, marks: marks))
        for line in group.customers {
            try sheet.append(line)
        }
        let partial = MonthlySheets(report: MonthlyReport(
            period: report.period, asOf: report.asOf, settings: report.settings, receivableRules: report.receivableRules,
            hasContractData: report.hasContractData, customers: group.customers, salespeople: [], departments: [],
            totals: report.totals, visits: group.visits, contracts: [], findings: FindingList(group.findings), dataIssues: [],
            evaluations: report.evaluations
        ), wb: wb, heading: heading, marks: marks)
        try wb.writeSheets([partial.visitRecords(), partial.findings()])
        // The handover has no summary of its own; the cells cut to fit are listed on one at
        // the end, only when there are any.
        if wb.hasNotes {
            var notes = try wb.sheet(.sheetSummary, title: heading, table: wb.summaryTable(figure: .text, width: 24, titled: false))
            try wb.appendNotes(to: &notes)
        }
        try wb.close()
    }

    /// The customers of 附表3: last month's 业绩, the receivables over three months and this
    /// month's, the visits against the minimum, the relationship.
    static func customerTable(wb: ReportWorkbook, report: MonthlyReport, marks: [String]) -> SheetTable<CustomerLine> {
        let language = wb.language
        var t = wb.table(of: CustomerLine.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.tierInForce, width: 8) { .text(orBlank: $0.tier.tier?.rawValue) }
        t.add(.status, width: 8) { .text(ValueNames.status($0.customer.status).text(language)) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.customer.salesperson) }
        t.add(.invoiced, .money) { .money($0.receivables.invoiced) }
        t.add(.volume, .decimal) { $0.receivables.volume.map(XlsxCell.decimal) ?? .blank }
        t.add(.overThreeMonths, .money, highlights: [ColumnHighlight(.greaterThan(0), .cell, .warning)]) {
            .money($0.receivables.overThreeMonths)
        }
        t.add(.currentMonth, .money) { .money($0.receivables.currentMonth) }
        t.add(.outstanding, .money) { .money($0.receivables.outstanding) }
        t.add(.overdue, .money, highlights: [ColumnHighlight(.greaterThan(0))]) { .money($0.receivables.overdue) }
        t.add(.onSiteVisits, .integer) { .integer(Int64($0.visits.onSite)) }
        t.add(.requiredVisits, .integer) { $0.required.map { .integer(Int64($0)) } ?? .blank }
        t.add(.visitShortfall, .integer, highlights: [ColumnHighlight(.greaterThan(0))]) {
            $0.shortfall.map { .integer(Int64($0)) } ?? .blank
        }
        t.add(.relationship, width: 8, highlights: [
            ColumnHighlight(.textEquals(wb.label(.relationshipAbnormal)), .lineThrough(ColumnID(.customerName)), .warning),
        ]) { .text(ValueNames.relationship($0.customer.relationship).text(language)) }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        return t
    }
}
