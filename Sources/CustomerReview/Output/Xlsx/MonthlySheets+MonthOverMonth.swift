/// The 环比 sheet: one row per customer with a change since last month — the money then and
/// now, the findings new and resolved — then the customers of last month no longer in
/// customers.csv. Written only when last month's snapshot exists.
extension MonthlySheets {
    func monthOverMonth() throws {
        guard let since = report.sinceLastMonth else { return }
        let columns = [
            XlsxColumn(label(.customerID), width: 12), XlsxColumn(label(.customerName), width: 28),
            XlsxColumn(label(.salesperson), width: 10), XlsxColumn(label(.department), width: 12),
            XlsxColumn(label(.previousOutstanding), .money), XlsxColumn(label(.outstanding), .money),
            XlsxColumn(label(.changeOutstanding), .money),
            XlsxColumn(label(.previousOverThreeMonths), .money), XlsxColumn(label(.overThreeMonths), .money),
            XlsxColumn(label(.changeOverThreeMonths), .money),
            XlsxColumn(label(.previousOverdue), .money), XlsxColumn(label(.overdue), .money),
            XlsxColumn(label(.changeOverdue), .money),
            XlsxColumn(label(.findingsNew), .wrappedText, width: 30), XlsxColumn(label(.findingsResolved), .wrappedText, width: 30),
            XlsxColumn(label(.changeNote), width: 18),
        ]
        let sheet = try wb.sheet(.sheetMonthOverMonth,
                                 title: heading + ["\(label(.comparedWith)): \(since.previousMonth)"], columns: columns,
                                 highlights: [XlsxHighlight(.greaterThan(0), column: 9), XlsxHighlight(.greaterThan(0), column: 12)])
        var newByID: [String: [String]] = [:]
        var resolvedByID: [String: [String]] = [:]
        for f in since.newFindings { newByID[f.customerID, default: []].append(FindingText.title(f.rule, wb.language)) }
        for f in since.resolvedFindings { resolvedByID[f.customerID, default: []].append(FindingText.title(f.rule, wb.language)) }
        for (line, change) in zip(report.customers, since.customers) {
            let c = line.customer
            let r = line.receivables
            let found = newByID[c.id] ?? [], gone = resolvedByID[c.id] ?? []
            let moved = change.outstanding != .zero || change.overThreeMonths != .zero || change.overdue != .zero
            guard change.isNew || moved || !found.isEmpty || !gone.isEmpty else { continue }
            let p = change.previous
            let note: Label? = change.isNew ? .newThisMonth
                : (c.status == .eliminated && p?.status != .eliminated ? .eliminatedSinceLastMonth : nil)
            try wb.append([
                .text(c.id), .text(c.name), .text(orBlank: c.salesperson), .text(orBlank: c.department),
                .money(orBlank: p?.outstanding), .money(r.outstanding), .money(orBlank: change.outstanding),
                .money(orBlank: p?.overThreeMonths), .money(r.overThreeMonths), .money(orBlank: change.overThreeMonths),
                .money(orBlank: p?.overdue), .money(r.overdue), .money(orBlank: change.overdue),
                .text(found.joined(separator: "; ")), .text(gone.joined(separator: "; ")),
                note.map(name) ?? .blank,
            ], to: sheet)
        }
        let present = Set(report.customers.map(\.customer.id))
        for (id, titles) in resolvedByID.sorted(by: { $0.key < $1.key }) where !present.contains(id) {
            let p = since.resolvedFindings.first { $0.customerID == id }
            try wb.append([
                .text(id), .text(p?.customerName ?? ""), .text(orBlank: p?.salesperson), .blank,
                .blank, .blank, .blank, .blank, .blank, .blank, .blank, .blank, .blank,
                .text(""), .text(titles.joined(separator: "; ")), name(.notInCustomers),
            ], to: sheet)
        }
    }

    /// A rate per mille as a per-cent cell.
    static func percent(_ perMille: Int?) -> XlsxCell { perMille.map { .percent(Double($0) / 1000) } ?? .blank }

    /// A change of rate in percentage points, one decimal.
    static func points(_ perMille: Int?) -> XlsxCell { perMille.map { .decimal(ExactDecimal(units: Int64($0), scale: 1)) } ?? .blank }
}
