/// Reads visits.csv (客户拜访记录表) row by row, handing each usable visit on without keeping
/// the file: memory grows with what the caller keeps, not with the rows.
enum VisitsFile {
    /// - Parameters:
    ///   - knownCustomer: whether a customer id is in customers.csv.
    ///   - asOf: visits dated after it are issues, not counted.
    ///   - wantsForm: whether the caller will show this visit's form fields (e.g. the period's
    ///     visits); other visits skip building them.
    static func read(_ table: InputTable, knownCustomer: (String) -> Bool, asOf: CalendarDate,
                     wantsForm: (CalendarDate) -> Bool, issues: inout [DataIssue],
                     _ body: (Visit) -> Void) throws {
        try table.read(issues: &issues) { row, issues in
            let customerID = row.required("customer_id", &issues)
            let date = row.requiredDate("visit_date", &issues)
            let salesperson = row.required("salesperson", &issues)
            // SPEC §3: without a visit_type column every visit is on-site; an empty cell in the
            // column is not a guess we make, since only on-site visits count.
            let type: VisitType? = row.map.index("visit_type") == nil
                ? .onSite
                : row.requiredChoice("visit_type", &issues, problem: .notAVisitType, VisitType.init(text:))
            guard let customerID, let date, let salesperson, let type else { return }
            guard knownCustomer(customerID) else {
                issues.append(row.issue("customer_id", .unknownCustomer, .rowLeftOut))
                return
            }
            guard date <= asOf else {
                issues.append(row.issue("visit_date", .visitAfterAsOf(asOf: asOf), .rowLeftOut))
                return
            }
            let approvalDate = row.date("approval_date", &issues, effect: .valueLeftEmpty).value
            body(Visit(
                customerID: customerID,
                date: date,
                salesperson: salesperson,
                type: type,
                form: wantsForm(date) ? VisitFormField.allCases.map { row.text($0.rawValue) } : [],
                approver: row.optionalText("approver"),
                approvalDate: approvalDate,
                line: row.line
            ))
        }
    }
}
