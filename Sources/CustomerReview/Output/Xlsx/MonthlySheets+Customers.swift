/// The 客户 / Customers sheet of the monthly workbook: one row per customer with every figure
/// of the review. Its table is the one place a customer column is described; the JSON twin
/// (`MonthlyJSON.customer`) writes the same report fields.
extension MonthlySheets {
    /// One row of the sheet: the customer's line and its change since last month.
    struct CustomerRow {
        let line: CustomerLine
        let change: MonthOverMonth.CustomerChange?
    }

    func customerTable() -> SheetTable<CustomerRow> {
        var t = wb.table(of: CustomerRow.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.line.customer.id) }
        t.add(.customerName, width: 28) { .text($0.line.customer.name) }
        t.add(.status, width: 8) { name(ValueNames.status($0.line.customer.status)) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.line.customer.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.line.customer.department) }
        t.add(.relationship, width: 8,
              highlights: [ColumnHighlight(.textEquals(label(.relationshipAbnormal)), .lineThroughHere, .warning)]) {
            name(ValueNames.relationship($0.line.customer.relationship))
        }
        t.add(.score, .score) { .score(orBlank: $0.line.score) }
        t.add(.tierInForce, width: 8) { .text(orBlank: $0.line.tier.tier?.rawValue) }
        t.add(.tierSource, width: 10) { name(ValueNames.tierSource($0.line.tier.source)) }
        t.add(.proposedTier, width: 8) { .text(orBlank: $0.line.proposedTier?.rawValue) }
        t.add(.onSiteVisits, .integer) { .integer(Int64($0.line.visits.onSite)) }
        t.add(.requiredVisits, .integer) { $0.line.required.map { .integer(Int64($0)) } ?? .blank }
        t.add(.visitShortfall, .integer, highlights: [ColumnHighlight(.greaterThan(0))]) {
            $0.line.shortfall.map { .integer(Int64($0)) } ?? .blank
        }
        t.add(.otherVisits, .integer) { .integer(Int64($0.line.visits.otherKinds)) }
        t.add(.awaitingApproval, .integer) { .integer(Int64($0.line.visits.awaitingApproval)) }
        t.add(.lastVisit, .date) { .date(orBlank: $0.line.visits.lastVisit) }
        t.add(.daysSinceLastVisit, .integer) { $0.line.visits.daysSinceLastVisit.map { .integer(Int64($0)) } ?? .blank }
        t.add(.invoiced, .money) { .money($0.line.receivables.invoiced) }
        t.add(.volume, .decimal) { $0.line.receivables.volume.map(XlsxCell.decimal) ?? .blank }
        t.add(.commission, .money) { .money($0.line.policy.commission) }
        t.add(.outstanding, .money) { .money($0.line.receivables.outstanding) }
        t.add(.currentMonth, .money) { .money($0.line.receivables.currentMonth) }
        t.add(.overThreeMonths, .money) { .money($0.line.receivables.overThreeMonths) }
        t.add(.overdue, .money, highlights: [ColumnHighlight(.greaterThan(0))]) { .money($0.line.receivables.overdue) }
        t.addAgingBuckets(report.receivableRules) { $0.line.receivables }
        t.add(.afterPeriodEnd, .money) { .money($0.line.receivables.afterPeriodEnd) }
        t.add(.advances, .money) { .money($0.line.receivables.advances) }
        t.add(.creditLimit, .money) { .money($0.line.policy.policy.creditLimit) }
        t.add(.overCreditLimit, .money, highlights: [ColumnHighlight(.greaterThan(0))]) {
            .money(orBlank: $0.line.policy.overCreditLimit)
        }
        t.add(.advanceLimit, .money) { .money($0.line.policy.policy.advanceLimit) }
        t.add(.overAdvanceLimit, .money, highlights: [ColumnHighlight(.greaterThan(0))]) {
            .money(orBlank: $0.line.policy.overAdvanceLimit)
        }
        t.add(.termDays, .integer) { .integer(Int64($0.line.policy.policy.termDays)) }
        t.add(.contractState, width: 18) { name(ValueNames.contractState($0.line.contract.state)) }
        t.add(.contractSignedLate, .date) { .date(orBlank: $0.line.contract.signedAfterFirstBusiness) }
        let language = wb.language
        t.add(.flags, .wrappedText, width: 36) {
            .text($0.line.rules.rules.map { FindingText.title($0, language) }.joined(separator: "; "))
        }
        t.add(.createdDate, .date) { .date(orBlank: $0.line.customer.createdDate) }
        t.add(.firstBusinessDate, .date) { .date(orBlank: $0.line.customer.firstBusinessDate) }
        t.add(.changeOutstanding, .money) { .money(orBlank: $0.change?.outstanding) }
        t.add(.changeOverThreeMonths, .money) { .money(orBlank: $0.change?.overThreeMonths) }
        t.add(.changeOverdue, .money) { .money(orBlank: $0.change?.overdue) }
        t.add(.streakVisitShortfall, .integer) { .integer(Int64($0.line.streaks.visitShortfall)) }
        t.add(.streakOverThreeMonthsGrowing, .integer) { .integer(Int64($0.line.streaks.overThreeMonthsGrowing)) }
        // Profile text (an address, the logistics needs) as wide as its longest value up to a cap, then wrapped.
        for field in ProfileField.allCases {
            t.add(ColumnID(group: "profile", field.rawValue), title: ProfileNames.title(field, language), .wrappedText,
                  width: XlsxColumn.fitting(report.customers.lazy.map { $0.customer.profile(field) }, minimum: 12, cap: 50)) {
                .text($0.line.customer.profile(field))
            }
        }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        return t
    }

    func customers() throws -> XlsxSheetJob {
        let lines = report.customers
        let changes = report.sinceLastMonth?.customers
        return try wb.sheet(.sheetCustomers, title: heading, table: customerTable(),
                            rows: lines.indices.lazy.map { CustomerRow(line: lines[$0], change: changes?[$0]) })
    }
}

extension SheetTable {
    /// A money column per aging bucket of the settings, each by its key in the JSON
    /// (`agingBucket.days_0_30`).
    mutating func addAgingBuckets(_ rules: ReceivableRules, _ receivables: @escaping (Row) -> ReceivablePosition) {
        let keys = ReportJSON.bucketKeys(rules)
        for (k, days) in rules.bucketLabels.enumerated() {
            add(ColumnID(.agingBucket, keys[k]), title: Label.agingBucket.text(language) + " " + days, .money) {
                .money(receivables($0).buckets[k])
            }
        }
    }
}
