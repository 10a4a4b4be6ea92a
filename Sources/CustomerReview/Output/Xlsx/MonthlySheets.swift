/// The list sheets of the monthly workbook, each written whole before the next.
struct MonthlySheets {
    let report: MonthlyReport
    let wb: ReportWorkbook
    let heading: [String]
    let marks: [String]

    func label(_ l: Label) -> String { wb.label(l) }
    func name(_ l: Label) -> XlsxCell { .text(label(l)) }

    /// Every sheet after the summary, planned in the order of the file (each worksheet made
    /// here, on this thread) then written: each sheet whole by one of two threads
    /// (`ReportWorkbook.writeSheets`). Returns where the trend rows are, for the summary's
    /// charts.
    @discardableResult
    func writeAll() throws -> TrendRows? {
        var jobs = [try customers(), try visitCompliance(), try visitRecords(), try aging(), try departments(),
                    try contracts(), try findings()]
        if let job = try monthOverMonth() { jobs.append(job) }
        let trends = try trends()
        if let trends { jobs.append(trends.job) }
        jobs.append(try tierPolicies())
        jobs.append(try dataIssues())
        try wb.writeSheets(jobs)
        return trends?.rows.value
    }

    /// One row of the visit compliance or departments sheet: a salesperson's or department's
    /// totals, or the company's on the total row, with the change of compliance since last month.
    struct GroupRow {
        let group: GroupTotals
        let isTotal: Bool
        let change: MonthOverMonth.ComplianceChange?
    }

    /// The groups then the company total, each with its change since last month.
    private func groupRows(_ groups: [GroupTotals], changes: [MonthOverMonth.ComplianceChange]?) -> [GroupRow] {
        let all = changes.map { $0 + [report.sinceLastMonth?.company].compactMap { $0 } } ?? []
        return (groups.map { ($0, false) } + [(report.totals, true)]).enumerated().map { row, entry in
            GroupRow(group: entry.0, isTotal: entry.1, change: row < all.count ? all[row] : nil)
        }
    }

    private func groupName(_ row: GroupRow) -> XlsxCell {
        .text(row.isTotal ? label(.total) : (row.group.name ?? label(.unassigned)))
    }

    func visitCompliance() throws -> XlsxSheetJob {
        var t = wb.table(of: GroupRow.self)
        t.add(.salesperson, width: 12) { groupName($0) }
        t.add(.department, width: 12) { .text(orBlank: $0.isTotal ? nil : $0.group.department) }
        t.add(.customers, .integer) { .integer(Int64($0.group.customers)) }
        t.add(.customersWithRequirement, .integer) { .integer(Int64($0.group.customersWithRequirement)) }
        t.add(.customersMeeting, .integer) { .integer(Int64($0.group.customersMeetingRequirement)) }
        t.add(.requiredVisits, .integer) { .integer(Int64($0.group.required)) }
        t.add(.countedVisits, .integer) { .integer(Int64($0.group.countedVisits)) }
        t.add(.visitShortfall, .integer,
              highlights: [ColumnHighlight(.greaterThan(0), .lineThrough(ColumnID(.compliance)))]) {
            .integer(Int64($0.group.shortfall))
        }
        t.add(.compliance, .percent) { Self.percent($0.group.compliancePercent.map { Int($0.units) }) }
        t.add(.onSiteVisits, .integer) { .integer(Int64($0.group.onSiteVisits)) }
        t.add(.otherVisits, .integer) { .integer(Int64($0.group.otherVisits)) }
        t.add(.awaitingApproval, .integer) { .integer(Int64($0.group.awaitingApproval)) }
        t.add(.previousCompliance, .percent) { Self.percent($0.change?.previous) }
        t.add(.complianceChange, .decimal) { Self.points($0.change?.change) }
        return try wb.sheet(.sheetVisitCompliance, title: heading, table: t,
                            rows: groupRows(report.salespeople, changes: report.sinceLastMonth?.salespeople))
    }

    func visitRecords() throws -> XlsxSheetJob {
        var t = wb.table(of: VisitLine.self)
        let language = wb.language
        t.add(.visitDate, .date) { .date($0.visit.date) }
        t.add(.salesperson, width: 10) { .text($0.visit.salesperson) }
        t.add(.customerID, width: 12) { .text($0.visit.customerID) }
        t.add(.customerName, width: 28) { .text($0.customerName) }
        t.add(.tier, width: 6) { .text(orBlank: $0.tier?.rawValue) }
        t.add(.visitType, width: 8) { name(ValueNames.visitType($0.visit.type)) }
        for field in VisitFormField.allCases {
            t.add(ColumnID(group: "visitForm", field.rawValue), title: VisitFormNames.title(field, language),
                  field.isLongText ? .wrappedText : .text) { .text($0.visit.form(field)) }
        }
        t.add(.approver, width: 10) { .text(orBlank: $0.visit.approver) }
        t.add(.approvalDate, .date) { .date(orBlank: $0.visit.approvalDate) }
        t.add(.approvalState, width: 10,
              highlights: [ColumnHighlight(.textEquals(label(.awaitingApproval)), .cell, .warning)]) {
            name($0.visit.isAwaitingApproval ? .awaitingApproval : .approved)
        }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        return try wb.sheet(.sheetVisitRecords, title: heading, table: t, rows: report.visits)
    }

    func aging() throws -> XlsxSheetJob {
        var t = wb.table(of: CustomerLine.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.customer.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.customer.department) }
        t.add(.tierInForce, width: 8) { .text(orBlank: $0.tier.tier?.rawValue) }
        t.add(.outstanding, .money) { .money($0.receivables.outstanding) }
        t.add(.currentMonth, .money) { .money($0.receivables.currentMonth) }
        t.add(.overThreeMonths, .money, highlights: [ColumnHighlight(.greaterThan(0), .cell, .warning)]) {
            .money($0.receivables.overThreeMonths)
        }
        t.add(.overdue, .money, highlights: [ColumnHighlight(.greaterThan(0))]) { .money($0.receivables.overdue) }
        t.addAgingBuckets(report.receivableRules) { $0.receivables }
        t.add(.afterPeriodEnd, .money) { .money($0.receivables.afterPeriodEnd) }
        t.add(.advances, .money) { .money($0.receivables.advances) }
        t.add(.creditLimit, .money) { .money($0.policy.policy.creditLimit) }
        t.add(.overCreditLimit, .money, highlights: [ColumnHighlight(.greaterThan(0))]) {
            .money(orBlank: $0.policy.overCreditLimit)
        }
        return try wb.sheet(.sheetAging, title: heading, table: t,
                            rows: report.customers.lazy.filter { $0.receivables.openRows > 0 })
    }

    func departments() throws -> XlsxSheetJob {
        var t = wb.table(of: GroupRow.self)
        t.add(.department, width: 14) { groupName($0) }
        t.add(.customers, .integer) { .integer(Int64($0.group.customers)) }
        t.add(.requiredVisits, .integer) { .integer(Int64($0.group.required)) }
        t.add(.countedVisits, .integer) { .integer(Int64($0.group.countedVisits)) }
        t.add(.visitShortfall, .integer, highlights: [ColumnHighlight(.greaterThan(0))]) { .integer(Int64($0.group.shortfall)) }
        t.add(.compliance, .percent) { Self.percent($0.group.compliancePercent.map { Int($0.units) }) }
        t.add(.headlineAbnormal, .integer) { .integer(Int64($0.group.abnormal)) }
        t.add(.invoiced, .money) { .money($0.group.receivables.invoiced) }
        t.add(.commission, .money) { .money($0.group.commission) }
        t.add(.outstanding, .money) { .money($0.group.receivables.outstanding) }
        t.add(.currentMonth, .money) { .money($0.group.receivables.currentMonth) }
        t.add(.overThreeMonths, .money) { .money($0.group.receivables.overThreeMonths) }
        t.add(.overdue, .money) { .money($0.group.receivables.overdue) }
        t.add(.advances, .money) { .money($0.group.receivables.advances) }
        t.addAgingBuckets(report.receivableRules) { $0.group.receivables }
        t.add(.afterPeriodEnd, .money) { .money($0.group.receivables.afterPeriodEnd) }
        t.add(.findingsCount, .integer) { .integer(Int64($0.group.findings)) }
        t.add(.previousCompliance, .percent) { Self.percent($0.change?.previous) }
        t.add(.complianceChange, .decimal) { Self.points($0.change?.change) }
        return try wb.sheet(.sheetDepartments, title: heading, table: t,
                            rows: groupRows(report.departments, changes: report.sinceLastMonth?.departments))
    }

    func contracts() throws -> XlsxSheetJob {
        var t = wb.table(of: ContractLine.self)
        t.add(.contractNumber, width: 14) { .text($0.contract.number) }
        t.add(.customerID, width: 12) { .text($0.contract.customerID) }
        t.add(.customerName, width: 28) { .text($0.customerName) }
        t.add(.tierInForce, width: 8) { .text(orBlank: $0.tier?.rawValue) }
        t.add(.contractType, width: 14) { name(ValueNames.contractType($0.contract.type)) }
        t.add(.signedDate, .date) { .date(orBlank: $0.contract.signedDate) }
        t.add(.startDate, .date) { .date(orBlank: $0.contract.startDate) }
        t.add(.endDate, .date) { .date(orBlank: $0.contract.endDate) }
        t.add(.inForce, width: 8) { name($0.inForce ? .yes : .no) }
        t.add(.endingSoon, width: 10, highlights: [ColumnHighlight(.textEquals(label(.yes)), .lineThroughHere, .warning)]) {
            name($0.endingSoon ? .yes : .no)
        }
        return try wb.sheet(.sheetContracts, title: heading + (report.hasContractData ? [] : [label(.noContractData)]),
                            table: t, rows: report.contracts)
    }

    func findings() throws -> XlsxSheetJob {
        var t = wb.table(of: PolicyFinding.self)
        let language = wb.language
        t.add(.severity, width: 8, highlights: [
            ColumnHighlight(.textEquals(label(.severityBreach)), .lineThrough(ColumnID(.rule))),
            ColumnHighlight(.textEquals(label(.severityEscalation)), .lineThrough(ColumnID(.rule)), .warning),
        ]) { name(ValueNames.severity($0.rule.severity)) }
        t.add(.rule, width: 30) { .text(FindingText.title($0.rule, language)) }
        t.add(.customerID, width: 12) { .text($0.customerID) }
        t.add(.customerName, width: 28) { .text($0.customerName) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.department) }
        t.add(.detail, .wrappedText,
              width: XlsxColumn.fitting(report.findings.lazy.map { FindingText.detail($0, language) }, minimum: 40, cap: 70)) {
            .text(FindingText.detail($0, language))
        }
        t.add(.amount, .money) { .money(orBlank: $0.amount) }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        return try wb.sheet(.sheetFindings, title: heading, table: t, rows: report.findings)
    }

    func tierPolicies() throws -> XlsxSheetJob {
        let s = report.settings
        let language = wb.language
        var t = wb.table(of: Tier.self)
        t.add(.tier, width: 6) { .text($0.rawValue) }
        t.add(.creditLimit, .money) { .money(s.policy(for: $0).creditLimit) }
        t.add(.advanceLimit, .money) { .money(s.policy(for: $0).advanceLimit) }
        t.add(.termDays, .integer) { .integer(Int64(s.policy(for: $0).termDays)) }
        t.add(.commissionRate, .percent) { .rate(s.policy(for: $0).commissionRate) }
        t.add(.visitMinimumSigned, .integer) { .integer(Int64(s.visitMinimums.signed[$0] ?? 0)) }
        t.add(.visitMinimumPotential, .integer) { .integer(Int64(s.visitMinimums.potential[$0] ?? 0)) }
        t.add(.resourceGuarantee, .wrappedText, width: 40) {
            .text(TierPolicies.resourceGuarantee($0, settings: s, language: language))
        }
        return try wb.sheet(.sheetTierPolicies, title: heading, table: t, rows: Tier.allCases)
    }

    func dataIssues() throws -> XlsxSheetJob {
        try DataIssueSheet.plan(report.dataIssues, wb: wb, heading: heading)
    }
}

/// The data issues sheet every report has.
enum DataIssueSheet {
    /// The sheet on this thread, now (a workbook of few rows).
    static func write(_ issues: [DataIssue], wb: ReportWorkbook, heading: [String]) throws {
        try wb.writeSheets([plan(issues, wb: wb, heading: heading)])
    }

    /// The sheet planned, to be written with the other sheets.
    static func plan(_ issues: [DataIssue], wb: ReportWorkbook, heading: [String]) throws -> XlsxSheetJob {
        let language = wb.language
        var t = wb.table(of: DataIssue.self)
        t.add(.file, width: 16) { .text($0.file) }
        t.add(.line, .integer) { $0.line.map { .integer(Int64($0)) } ?? .blank }
        t.add(.column, width: 14) { .text(orBlank: $0.column) }
        t.add(.value, width: 20) { .text(orBlank: $0.value) }
        t.add(.message, .wrappedText, width: 60) { .text($0.problem.message(language)) }
        t.add(.effect, width: 14) { .text($0.effect.description(language)) }
        t.add(.code, width: 20) { .text($0.problem.code) }
        return try wb.sheet(.sheetDataIssues, title: heading, table: t, rows: issues)
    }
}
