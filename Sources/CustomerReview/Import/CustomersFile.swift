/// Reads customers.csv (客户基本资料表) into customers, one per unique id.
enum CustomersFile {
    static func read(_ table: InputTable, indicators: [PolicySettings.Indicator],
                     issues: inout [DataIssue]) throws -> [Customer] {
        var customers: [Customer] = []
        var firstLineByID: [String: Int] = [:]
        try table.read(issues: &issues) { row, issues in
            guard let id = row.required("customer_id", &issues) else { return }
            if let firstLine = firstLineByID[id] {
                issues.append(row.issue("customer_id", .duplicateCustomer(firstLine: firstLine), .rowLeftOut))
                return
            }
            let name = row.required("name", &issues)
            let status = row.requiredChoice("status", &issues, problem: .notAStatus, CustomerStatus.init(text:))
            guard let name, let status else { return }
            firstLineByID[id] = row.line
            let tier = row.choice("tier", &issues, problem: .notATier, effect: .valueLeftEmpty) { Tier(text: $0) }.value
            let relationship = row.choice("relationship", &issues, problem: .notARelationship, effect: .valueLeftEmpty,
                                          Relationship.init(text:)).value ?? .normal
            let scores: [ExactDecimal?] = indicators.map { indicator in
                guard let text = row.optionalText(indicator.id) else { return nil }
                guard let value = ExactDecimal(parsing: text), value.scale <= 2 else {
                    issues.append(row.issue(indicator.id, .notANumber, .valueLeftEmpty))
                    return nil
                }
                guard value >= ExactDecimal(0), value <= ExactDecimal(100) else {
                    issues.append(row.issue(indicator.id, .scoreOutOfRange, .valueLeftEmpty))
                    return nil
                }
                return value
            }
            customers.append(Customer(
                id: id,
                name: name,
                status: status,
                salesperson: row.optionalText("salesperson"),
                department: row.optionalText("department"),
                tierColumn: tier,
                relationship: relationship,
                createdDate: row.date("created_date", &issues, effect: .valueLeftEmpty).value,
                firstBusinessDate: row.date("first_business_date", &issues, effect: .valueLeftEmpty).value,
                indicatorScores: scores,
                profile: ProfileField.allCases.map { row.text($0.rawValue) },
                line: row.line
            ))
        }
        return customers
    }
}
