/// The list sheets of the monthly workbook, each written whole before the next.
struct MonthlySheets {
    let report: MonthlyReport
    let wb: ReportWorkbook
    let heading: [String]
    let marks: [String]

    func label(_ l: Label) -> String { wb.label(l) }
    func name(_ l: Label) -> XlsxCell { .text(label(l)) }

    /// Every sheet after the summary; returns where the trend rows are, for the summary's charts.
    @discardableResult
    func writeAll() throws -> TrendRows? {
        try customers()
        try visitCompliance()
        try visitRecords()
        try aging()
        try departments()
        try contracts()
        try findings()
        try monthOverMonth()
        let trendRows = try trends()
        try tierPolicies()
        try dataIssues()
        return trendRows
    }

    var bucketColumns: [XlsxColumn] {
        report.receivableRules.bucketLabels.map { XlsxColumn(label(.agingBucket) + " " + $0, .money) }
    }

    func customers() throws {
        var columns = [
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.status), width: 8), XlsxColumn(label(.salesperson), width: 10),
            XlsxColumn(label(.department), width: 12), XlsxColumn(label(.relationship), width: 8),
            XlsxColumn(label(.score), .score), XlsxColumn(label(.tierInForce), width: 8),
            XlsxColumn(label(.tierSource), width: 10), XlsxColumn(label(.proposedTier), width: 8),
            XlsxColumn(label(.onSiteVisits), .integer), XlsxColumn(label(.requiredVisits), .integer),
            XlsxColumn(label(.visitShortfall), .integer), XlsxColumn(label(.otherVisits), .integer),
            XlsxColumn(label(.awaitingApproval), .integer), XlsxColumn(label(.lastVisit), .date),
            XlsxColumn(label(.daysSinceLastVisit), .integer),
            XlsxColumn(label(.invoiced), .money), XlsxColumn(label(.volume), .decimal), XlsxColumn(label(.commission), .money),
            XlsxColumn(label(.outstanding), .money), XlsxColumn(label(.currentMonth), .money),
            XlsxColumn(label(.overThreeMonths), .money), XlsxColumn(label(.overdue), .money),
        ]
        columns += bucketColumns
        columns += [
            XlsxColumn(label(.afterPeriodEnd), .money), XlsxColumn(label(.advances), .money),
            XlsxColumn(label(.creditLimit), .money), XlsxColumn(label(.overCreditLimit), .money),
            XlsxColumn(label(.advanceLimit), .money), XlsxColumn(label(.overAdvanceLimit), .money),
            XlsxColumn(label(.termDays), .integer), XlsxColumn(label(.contractState), width: 18),
            XlsxColumn(label(.contractSignedLate), .date), XlsxColumn(label(.flags), .wrappedText, width: 36),
            XlsxColumn(label(.createdDate), .date), XlsxColumn(label(.firstBusinessDate), .date),
            XlsxColumn(label(.changeOutstanding), .money), XlsxColumn(label(.changeOverThreeMonths), .money),
            XlsxColumn(label(.changeOverdue), .money),
            XlsxColumn(label(.streakVisitShortfall), .integer), XlsxColumn(label(.streakOverThreeMonthsGrowing), .integer),
        ]
        // Profile text (an address, the logistics needs) as wide as its longest value up to a cap, then wrapped.
        columns += ProfileField.allCases.map { field in
            XlsxColumn(ProfileNames.title(field, wb.language), .wrappedText,
                       width: XlsxColumn.fitting(report.customers.lazy.map { $0.customer.profile(field) }, minimum: 12, cap: 50))
        }
        columns += wb.reviewColumns(marks: marks, asOf: report.asOf)
        let index = { (l: Label) in columns.firstIndex { $0.title == label(l) } ?? 0 }
        let highlights = [
            XlsxHighlight(.textEquals(label(.relationshipAbnormal)), column: index(.relationship), highlighting: 0...5, style: .warning),
            XlsxHighlight(.greaterThan(0), column: index(.visitShortfall)),
            XlsxHighlight(.greaterThan(0), column: index(.overdue)),
            XlsxHighlight(.greaterThan(0), column: index(.overCreditLimit)),
            XlsxHighlight(.greaterThan(0), column: index(.overAdvanceLimit)),
        ]
        let sheet = try wb.sheet(.sheetCustomers, title: heading, columns: columns, highlights: highlights, frozenColumns: 2)
        for (i, line) in report.customers.enumerated() {
            let c = line.customer
            let change = report.sinceLastMonth?.customers[i]
            let r = line.receivables
            let p = line.policy
            var cells: [XlsxCell] = [
                .text(c.id), .text(c.name), name(ValueNames.status(c.status)), .text(orBlank: c.salesperson),
                .text(orBlank: c.department), name(ValueNames.relationship(c.relationship)), .score(orBlank: line.score),
                .text(orBlank: line.tier.tier?.rawValue), name(ValueNames.tierSource(line.tier.source)),
                .text(orBlank: line.proposedTier?.rawValue),
                .integer(Int64(line.visits.onSite)), line.required.map { .integer(Int64($0)) } ?? .blank,
                line.shortfall.map { .integer(Int64($0)) } ?? .blank, .integer(Int64(line.visits.otherKinds)),
                .integer(Int64(line.visits.awaitingApproval)), .date(orBlank: line.visits.lastVisit),
                line.visits.daysSinceLastVisit.map { .integer(Int64($0)) } ?? .blank,
                .money(r.invoiced), r.volume.map(XlsxCell.decimal) ?? .blank, .money(p.commission),
                .money(r.outstanding), .money(r.currentMonth), .money(r.overThreeMonths), .money(r.overdue),
            ]
            cells += r.buckets.map(XlsxCell.money)
            cells += [
                .money(r.afterPeriodEnd), .money(r.advances),
                .money(p.policy.creditLimit), .money(orBlank: p.overCreditLimit),
                .money(p.policy.advanceLimit), .money(orBlank: p.overAdvanceLimit),
                .integer(Int64(p.policy.termDays)), name(ValueNames.contractState(line.contract.state)),
                .date(orBlank: line.contract.signedAfterFirstBusiness),
                .text(line.rules.rules.map { FindingText.title($0, wb.language) }
                    .joined(separator: "; ")),
                .date(orBlank: c.createdDate), .date(orBlank: c.firstBusinessDate),
                .money(orBlank: change?.outstanding), .money(orBlank: change?.overThreeMonths), .money(orBlank: change?.overdue),
                .integer(Int64(line.streaks.visitShortfall)), .integer(Int64(line.streaks.overThreeMonthsGrowing)),
            ]
            cells += ProfileField.allCases.map { .text(c.profile($0)) }
            cells += ReportWorkbook.reviewBlanks
            try wb.append(cells, to: sheet)
        }
    }

    func visitCompliance() throws {
        let columns = [
            XlsxColumn(label(.salesperson), width: 12), XlsxColumn(label(.department), width: 12),
            XlsxColumn(label(.customers), .integer), XlsxColumn(label(.customersWithRequirement), .integer),
            XlsxColumn(label(.customersMeeting), .integer), XlsxColumn(label(.requiredVisits), .integer),
            XlsxColumn(label(.countedVisits), .integer), XlsxColumn(label(.visitShortfall), .integer),
            XlsxColumn(label(.compliance), .percent), XlsxColumn(label(.onSiteVisits), .integer),
            XlsxColumn(label(.otherVisits), .integer), XlsxColumn(label(.awaitingApproval), .integer),
            XlsxColumn(label(.previousCompliance), .percent), XlsxColumn(label(.complianceChange), .decimal),
        ]
        let since = report.sinceLastMonth
        let changes = (since?.salespeople ?? []) + (since.map { [$0.company] } ?? [])
        let sheet = try wb.sheet(.sheetVisitCompliance, title: heading, columns: columns,
                                 highlights: [XlsxHighlight(.greaterThan(0), column: 7, highlighting: 0...8)])
        for (row, (g, isTotal)) in (report.salespeople.map({ ($0, false) }) + [(report.totals, true)]).enumerated() {
            let change = row < changes.count ? changes[row] : nil
            try wb.append([
                .text(isTotal ? label(.total) : (g.name ?? label(.unassigned))),
                .text(orBlank: isTotal ? nil : g.department),
                .integer(Int64(g.customers)), .integer(Int64(g.customersWithRequirement)),
                .integer(Int64(g.customersMeetingRequirement)), .integer(Int64(g.required)),
                .integer(Int64(g.countedVisits)), .integer(Int64(g.shortfall)),
                g.compliancePercent.map { .percent(Double($0.units) / 1000) } ?? .blank,
                .integer(Int64(g.onSiteVisits)), .integer(Int64(g.otherVisits)), .integer(Int64(g.awaitingApproval)),
                Self.percent(change?.previous), Self.points(change?.change),
            ], to: sheet)
        }
    }

    func visitRecords() throws {
        var columns = [
            XlsxColumn(label(.visitDate), .date), XlsxColumn(label(.salesperson), width: 10),
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.tier), width: 6), XlsxColumn(label(.visitType), width: 8),
        ]
        columns += VisitFormField.allCases.map { XlsxColumn(VisitFormNames.title($0, wb.language), $0.isLongText ? .wrappedText : .text) }
        columns += [XlsxColumn(label(.approver), width: 10), XlsxColumn(label(.approvalDate), .date),
                    XlsxColumn(label(.approvalState), width: 10)]
        let stateColumn = columns.count - 1
        columns += wb.reviewColumns(marks: marks, asOf: report.asOf)
        let sheet = try wb.sheet(.sheetVisitRecords, title: heading, columns: columns,
                                 highlights: [XlsxHighlight(.textEquals(label(.awaitingApproval)), column: stateColumn, style: .warning)])
        for line in report.visits {
            let v = line.visit
            var cells: [XlsxCell] = [
                .date(v.date), .text(v.salesperson), .text(v.customerID), .text(line.customerName),
                .text(orBlank: line.tier?.rawValue), name(ValueNames.visitType(v.type)),
            ]
            cells += VisitFormField.allCases.map { .text(v.form($0)) }
            cells += [.text(orBlank: v.approver), .date(orBlank: v.approvalDate),
                      name(v.isAwaitingApproval ? .awaitingApproval : .approved)]
            cells += ReportWorkbook.reviewBlanks
            try wb.append(cells, to: sheet)
        }
    }

    func aging() throws {
        var columns = [
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.salesperson), width: 10), XlsxColumn(label(.department), width: 12),
            XlsxColumn(label(.tierInForce), width: 8), XlsxColumn(label(.outstanding), .money),
            XlsxColumn(label(.currentMonth), .money), XlsxColumn(label(.overThreeMonths), .money),
            XlsxColumn(label(.overdue), .money),
        ]
        columns += bucketColumns
        columns += [XlsxColumn(label(.afterPeriodEnd), .money), XlsxColumn(label(.advances), .money),
                    XlsxColumn(label(.creditLimit), .money), XlsxColumn(label(.overCreditLimit), .money)]
        let sheet = try wb.sheet(.sheetAging, title: heading, columns: columns, highlights: [
            XlsxHighlight(.greaterThan(0), column: 7, style: .warning),
            XlsxHighlight(.greaterThan(0), column: 8),
            XlsxHighlight(.greaterThan(0), column: columns.count - 1),
        ], frozenColumns: 2)
        for line in report.customers where line.receivables.openRows > 0 {
            let r = line.receivables
            var cells: [XlsxCell] = [
                .text(line.customer.id), .text(line.customer.name), .text(orBlank: line.customer.salesperson),
                .text(orBlank: line.customer.department), .text(orBlank: line.tier.tier?.rawValue),
                .money(r.outstanding), .money(r.currentMonth), .money(r.overThreeMonths), .money(r.overdue),
            ]
            cells += r.buckets.map(XlsxCell.money)
            cells += [.money(r.afterPeriodEnd), .money(r.advances), .money(line.policy.policy.creditLimit),
                      .money(orBlank: line.policy.overCreditLimit)]
            try wb.append(cells, to: sheet)
        }
    }

    func departments() throws {
        var columns = [
            XlsxColumn(label(.department), width: 14), XlsxColumn(label(.customers), .integer),
            XlsxColumn(label(.requiredVisits), .integer), XlsxColumn(label(.countedVisits), .integer),
            XlsxColumn(label(.visitShortfall), .integer), XlsxColumn(label(.compliance), .percent),
            XlsxColumn(label(.headlineAbnormal), .integer), XlsxColumn(label(.invoiced), .money),
            XlsxColumn(label(.commission), .money), XlsxColumn(label(.outstanding), .money),
            XlsxColumn(label(.currentMonth), .money), XlsxColumn(label(.overThreeMonths), .money),
            XlsxColumn(label(.overdue), .money), XlsxColumn(label(.advances), .money),
        ]
        columns += bucketColumns
        columns += [XlsxColumn(label(.afterPeriodEnd), .money), XlsxColumn(label(.findingsCount), .integer),
                    XlsxColumn(label(.previousCompliance), .percent), XlsxColumn(label(.complianceChange), .decimal)]
        let since = report.sinceLastMonth
        let changes = (since?.departments ?? []) + (since.map { [$0.company] } ?? [])
        let sheet = try wb.sheet(.sheetDepartments, title: heading, columns: columns,
                                 highlights: [XlsxHighlight(.greaterThan(0), column: 4)])
        for (row, (g, isTotal)) in (report.departments.map({ ($0, false) }) + [(report.totals, true)]).enumerated() {
            let r = g.receivables
            let change = row < changes.count ? changes[row] : nil
            var cells: [XlsxCell] = [
                .text(isTotal ? label(.total) : (g.name ?? label(.unassigned))), .integer(Int64(g.customers)),
                .integer(Int64(g.required)), .integer(Int64(g.countedVisits)), .integer(Int64(g.shortfall)),
                g.compliancePercent.map { .percent(Double($0.units) / 1000) } ?? .blank, .integer(Int64(g.abnormal)),
                .money(r.invoiced), .money(g.commission), .money(r.outstanding), .money(r.currentMonth),
                .money(r.overThreeMonths), .money(r.overdue), .money(r.advances),
            ]
            cells += r.buckets.map(XlsxCell.money)
            cells += [.money(r.afterPeriodEnd), .integer(Int64(g.findings)), Self.percent(change?.previous),
                      Self.points(change?.change)]
            try wb.append(cells, to: sheet)
        }
    }

    func contracts() throws {
        let columns = [
            XlsxColumn(label(.contractNumber), width: 14), XlsxColumn(label(.customerID), width: 12),
            XlsxColumn(label(.customerName), width: 28), XlsxColumn(label(.tierInForce), width: 8),
            XlsxColumn(label(.contractType), width: 14), XlsxColumn(label(.signedDate), .date),
            XlsxColumn(label(.startDate), .date), XlsxColumn(label(.endDate), .date),
            XlsxColumn(label(.inForce), width: 8), XlsxColumn(label(.endingSoon), width: 10),
        ]
        let sheet = try wb.sheet(.sheetContracts, title: heading + (report.hasContractData ? [] : [label(.noContractData)]),
                                 columns: columns, highlights: [
                                    XlsxHighlight(.textEquals(label(.yes)), column: 9, highlighting: 0...9, style: .warning),
                                 ])
        for line in report.contracts {
            let c = line.contract
            try wb.append([
                .text(c.number), .text(c.customerID), .text(line.customerName), .text(orBlank: line.tier?.rawValue),
                name(ValueNames.contractType(c.type)), .date(orBlank: c.signedDate), .date(orBlank: c.startDate),
                .date(orBlank: c.endDate), name(line.inForce ? .yes : .no), name(line.endingSoon ? .yes : .no),
            ], to: sheet)
        }
    }

    func findings() throws {
        var columns = [
            XlsxColumn(label(.severity), width: 8), XlsxColumn(label(.rule), width: 30),
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.salesperson), width: 10), XlsxColumn(label(.department), width: 12),
            XlsxColumn(label(.detail), .wrappedText,
                       width: XlsxColumn.fitting(report.findings.lazy.map { FindingText.detail($0, wb.language) }, minimum: 40, cap: 70)),
            XlsxColumn(label(.amount), .money),
        ]
        columns += wb.reviewColumns(marks: marks, asOf: report.asOf)
        let sheet = try wb.sheet(.sheetFindings, title: heading, columns: columns, highlights: [
            XlsxHighlight(.textEquals(label(.severityBreach)), column: 0, highlighting: 0...1),
            XlsxHighlight(.textEquals(label(.severityEscalation)), column: 0, highlighting: 0...1, style: .warning),
        ])
        for f in report.findings {
            try wb.append([
                name(ValueNames.severity(f.rule.severity)), .text(FindingText.title(f.rule, wb.language)),
                .text(f.customerID), .text(f.customerName), .text(orBlank: f.salesperson), .text(orBlank: f.department),
                .text(FindingText.detail(f, wb.language)), .money(orBlank: f.amount),
            ] + ReportWorkbook.reviewBlanks, to: sheet)
        }
    }

    func tierPolicies() throws {
        let columns = [
            XlsxColumn(label(.tier), width: 6), XlsxColumn(label(.creditLimit), .money), XlsxColumn(label(.advanceLimit), .money),
            XlsxColumn(label(.termDays), .integer), XlsxColumn(label(.commissionRate), .percent),
            XlsxColumn(label(.visitMinimumSigned), .integer), XlsxColumn(label(.visitMinimumPotential), .integer),
            XlsxColumn(label(.resourceGuarantee), .wrappedText, width: 40),
        ]
        let sheet = try wb.sheet(.sheetTierPolicies, title: heading, columns: columns)
        let s = report.settings
        for tier in Tier.allCases {
            let p = s.policy(for: tier)
            try wb.append([
                .text(tier.rawValue), .money(p.creditLimit), .money(p.advanceLimit), .integer(Int64(p.termDays)),
                .rate(p.commissionRate), .integer(Int64(s.visitMinimums.signed[tier] ?? 0)),
                .integer(Int64(s.visitMinimums.potential[tier] ?? 0)),
                .text(TierPolicies.resourceGuarantee(tier, settings: s, language: wb.language)),
            ], to: sheet)
        }
    }

    func dataIssues() throws {
        try DataIssueSheet.write(report.dataIssues, wb: wb, heading: heading)
    }
}

/// The data issues sheet every report has.
enum DataIssueSheet {
    static func write(_ issues: [DataIssue], wb: ReportWorkbook, heading: [String]) throws {
        let columns = [
            XlsxColumn(wb.label(.file), width: 16), XlsxColumn(wb.label(.line), .integer),
            XlsxColumn(wb.label(.column), width: 14), XlsxColumn(wb.label(.value), width: 20),
            XlsxColumn(wb.label(.message), .wrappedText, width: 60), XlsxColumn(wb.label(.effect), width: 14),
            XlsxColumn(wb.label(.code), width: 20),
        ]
        let sheet = try wb.sheet(.sheetDataIssues, title: heading, columns: columns)
        for issue in issues {
            try wb.append([
                .text(issue.file), issue.line.map { .integer(Int64($0)) } ?? .blank, .text(orBlank: issue.column),
                .text(orBlank: issue.value), .text(issue.problem.message(wb.language)),
                .text(issue.effect.description(wb.language)), .text(issue.problem.code),
            ], to: sheet)
        }
    }
}
