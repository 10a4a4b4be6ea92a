/// Reads visits.csv (客户拜访记录表) row by row, handing each usable visit on without keeping
/// the file: memory grows with what the caller keeps, not with the rows.
enum VisitsFile {
    struct Fields {
        let customerID, date, salesperson, type, approver, approvalDate: Field
        let form: [Field]

        init(_ map: ColumnMap) {
            customerID = map.field("customer_id")
            date = map.field("visit_date")
            salesperson = map.field("salesperson")
            type = map.field("visit_type")
            approver = map.field("approver")
            approvalDate = map.field("approval_date")
            form = VisitFormField.allCases.map { map.field($0.rawValue) }
        }
    }

    /// - Parameters:
    ///   - knownCustomer: whether a customer id is in customers.csv.
    ///   - asOf: visits dated after it are issues, not counted.
    ///   - wanted: whether the caller uses visits of this date; other rows are checked (every
    ///     issue is still found) but not built.
    ///   - wantsForm: whether the caller will show this visit's form fields (e.g. the period's
    ///     visits); other visits skip building them.
    static func read(_ table: InputTable, knownCustomer: (String) -> Bool, asOf: CalendarDate,
                     wanted: (CalendarDate) -> Bool = { _ in true },
                     wantsForm: (CalendarDate) -> Bool, issues: inout [DataIssue],
                     _ body: (Visit) -> Void) throws -> Int {
        var usable = 0
        try table.read(issues: &issues, prepare: Fields.init) { row, f, issues in
            let customerID = row.required(f.customerID, &issues)
            let date = row.requiredDate(f.date, &issues)
            let salesperson = row.requiredPresent(f.salesperson, &issues)
            // SPEC §3: without a visit_type column every visit is on-site; an empty cell in the
            // column is not a guess we make, since only on-site visits count.
            let type: VisitType? = f.type.index == nil
                ? .onSite
                : row.requiredChoice(f.type, &issues, problem: .notAVisitType, VisitType.init(cell:))
            guard let customerID, let date, let salesperson, let type else { return }
            guard knownCustomer(customerID) else {
                issues.append(row.issue(f.customerID, .unknownCustomer, .rowLeftOut))
                return
            }
            guard date <= asOf else {
                issues.append(row.issue(f.date, .visitAfterAsOf(asOf: asOf), .rowLeftOut))
                return
            }
            let approvalDate = row.date(f.approvalDate, &issues, effect: .valueLeftEmpty).value
            usable += 1
            guard wanted(date) else { return }
            body(Visit(
                customerID: customerID,
                date: date,
                salesperson: row.text(salesperson),
                type: type,
                form: wantsForm(date) ? f.form.map { row.text($0) } : [],
                approver: row.optionalText(f.approver),
                approvalDate: approvalDate,
                line: row.line
            ))
        }
        return usable
    }
}
