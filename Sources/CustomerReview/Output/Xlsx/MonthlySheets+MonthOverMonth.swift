/// The 环比 sheet: one row per customer with a change since last month — the money then and
/// now, the findings new and resolved — then the customers of last month no longer in
/// customers.csv. Written only when last month's snapshot exists.
extension MonthlySheets {
    /// One row of the 环比 sheet: a customer of this month (with its receivables), or one of
    /// last month no longer in customers.csv (without).
    struct ChangeRow {
        let id: String
        let name: String
        let salesperson: String?
        let department: String?
        let previous: MonthOverMonth.PreviousMonth?
        let receivables: ReceivablePosition?
        let change: MonthOverMonth.CustomerChange?
        let found: String
        let resolved: String
        let note: Label?
    }

    func monthOverMonthTable() -> SheetTable<ChangeRow> {
        var t = wb.table(of: ChangeRow.self)
        t.add(.customerID, width: 12) { .text($0.id) }
        t.add(.customerName, width: 28) { .text($0.name) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.department) }
        t.add(.previousOutstanding, .money) { .money(orBlank: $0.previous?.outstanding) }
        t.add(.outstanding, .money) { .money(orBlank: $0.receivables?.outstanding) }
        t.add(.changeOutstanding, .money) { .money(orBlank: $0.change?.outstanding) }
        t.add(.previousOverThreeMonths, .money) { .money(orBlank: $0.previous?.overThreeMonths) }
        t.add(.overThreeMonths, .money) { .money(orBlank: $0.receivables?.overThreeMonths) }
        t.add(.changeOverThreeMonths, .money, highlights: [ColumnHighlight(.greaterThan(0))]) {
            .money(orBlank: $0.change?.overThreeMonths)
        }
        t.add(.previousOverdue, .money) { .money(orBlank: $0.previous?.overdue) }
        t.add(.overdue, .money) { .money(orBlank: $0.receivables?.overdue) }
        t.add(.changeOverdue, .money, highlights: [ColumnHighlight(.greaterThan(0))]) { .money(orBlank: $0.change?.overdue) }
        t.add(.findingsNew, .wrappedText, width: 30) { .text($0.found) }
        t.add(.findingsResolved, .wrappedText, width: 30) { .text($0.resolved) }
        t.add(.changeNote, width: 18) { $0.note.map(name) ?? .blank }
        return t
    }

    func monthOverMonth() throws -> XlsxSheetJob? {
        guard let since = report.sinceLastMonth else { return nil }
        var newByID: [String: [String]] = [:]
        var resolvedByID: [String: [String]] = [:]
        for f in since.newFindings { newByID[f.customerID, default: []].append(FindingText.title(f.rule, wb.language)) }
        for f in since.resolvedFindings { resolvedByID[f.customerID, default: []].append(FindingText.title(f.rule, wb.language)) }
        let customers = report.customers
        // The customers with a change, by position, so that the sheet's rows are counted
        // before they are written.
        let changed = (0..<min(customers.count, since.customers.count)).filter { i in
            let change = since.customers[i], id = customers[i].customer.id
            let moved = change.outstanding != .zero || change.overThreeMonths != .zero || change.overdue != .zero
            return change.isNew || moved || newByID[id] != nil || resolvedByID[id] != nil
        }
        let present = Set(customers.map(\.customer.id))
        let departed = resolvedByID.sorted(by: { $0.key < $1.key }).filter { !present.contains($0.key) }
        func row(_ i: Int) -> ChangeRow {
            let line = customers[i], change = since.customers[i]
            let c = line.customer
            let found = newByID[c.id] ?? [], gone = resolvedByID[c.id] ?? []
            let p = change.previous
            let note: Label? = change.isNew ? .newThisMonth
                : (change.eliminatedSinceLastMonth ? .eliminatedSinceLastMonth : nil)
            return ChangeRow(id: c.id, name: c.name, salesperson: c.salesperson, department: c.department,
                             previous: p, receivables: line.receivables, change: change,
                             found: found.joined(separator: "; "), resolved: gone.joined(separator: "; "), note: note)
        }
        return try wb.sheet(.sheetMonthOverMonth, title: heading + ["\(label(.comparedWith)): \(since.previousMonth)"],
                            table: monthOverMonthTable(), count: changed.count + departed.count,
                            sample: changed.prefix(ReportWorkbook.sampledRows).lazy.map(row)) { sheet in
            for i in changed {
                try sheet.append(row(i))
            }
            for (id, titles) in departed {
                let p = since.resolvedFindings.first { $0.customerID == id }
                try sheet.append(ChangeRow(id: id, name: p?.customerName ?? "", salesperson: p?.salesperson, department: nil,
                                           previous: nil, receivables: nil, change: nil, found: "",
                                           resolved: titles.joined(separator: "; "), note: .notInCustomers))
            }
        }
    }

    /// A rate per mille as a per-cent cell.
    static func percent(_ perMille: Int?) -> XlsxCell { perMille.map { .percent(Double($0) / 1000) } ?? .blank }

    /// A change of rate in percentage points, one decimal.
    static func points(_ perMille: Int?) -> XlsxCell { perMille.map { .decimal(ExactDecimal(units: Int64($0), scale: 1)) } ?? .blank }
}
