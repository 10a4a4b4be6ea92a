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
        let columns = [
            XlsxColumn(wb.label(.customerID), width: 12), XlsxColumn(wb.label(.customerName), width: 28),
            XlsxColumn(wb.label(.tierInForce), width: 8), XlsxColumn(wb.label(.status), width: 8),
            XlsxColumn(wb.label(.salesperson), width: 10), XlsxColumn(wb.label(.invoiced), .money),
            XlsxColumn(wb.label(.volume), .decimal), XlsxColumn(wb.label(.overThreeMonths), .money),
            XlsxColumn(wb.label(.currentMonth), .money), XlsxColumn(wb.label(.outstanding), .money),
            XlsxColumn(wb.label(.overdue), .money), XlsxColumn(wb.label(.onSiteVisits), .integer),
            XlsxColumn(wb.label(.requiredVisits), .integer), XlsxColumn(wb.label(.visitShortfall), .integer),
            XlsxColumn(wb.label(.relationship), width: 8),
        ] + wb.reviewColumns(marks: marks, asOf: report.asOf)
        let sheet = try wb.sheet(.sheetCustomers, title: heading, columns: columns, highlights: [
            XlsxHighlight(.greaterThan(0), column: 7, style: .warning),
            XlsxHighlight(.greaterThan(0), column: 10),
            XlsxHighlight(.greaterThan(0), column: 13),
            XlsxHighlight(.textEquals(wb.label(.relationshipAbnormal)), column: 14, highlighting: 0...1, style: .warning),
        ], frozenColumns: 2)
        for line in group.customers {
            let c = line.customer
            let r = line.receivables
            try wb.append([
                .text(c.id), .text(c.name), .text(orBlank: line.tier.tier?.rawValue),
                .text(ValueNames.status(c.status).text(language)), .text(orBlank: c.salesperson),
                .money(r.invoiced), r.volume.map(XlsxCell.decimal) ?? .blank, .money(r.overThreeMonths),
                .money(r.currentMonth), .money(r.outstanding), .money(r.overdue), .integer(Int64(line.visits.onSite)),
                line.required.map { .integer(Int64($0)) } ?? .blank, line.shortfall.map { .integer(Int64($0)) } ?? .blank,
                .text(ValueNames.relationship(c.relationship).text(language)),
            ] + ReportWorkbook.reviewBlanks, to: sheet)
        }
        let partial = MonthlySheets(report: MonthlyReport(
            period: report.period, asOf: report.asOf, settings: report.settings, receivableRules: report.receivableRules,
            hasContractData: report.hasContractData, customers: group.customers, salespeople: [], departments: [],
            totals: report.totals, visits: group.visits, contracts: [], findings: FindingList(group.findings), dataIssues: [],
            evaluations: report.evaluations
        ), wb: wb, heading: heading, marks: marks)
        try partial.visitRecords()
        try partial.findings()
        // The handover has no summary of its own; the cells cut to fit are listed on one at
        // the end, only when there are any.
        if wb.hasNotes {
            let notes = try wb.sheet(.sheetSummary, title: heading, columns: [
                XlsxColumn(wb.label(.item), width: 34), XlsxColumn("", width: 24), ReportWorkbook.noteColumn,
            ])
            try wb.appendNotes(to: notes)
        }
        try wb.close()
    }
}
