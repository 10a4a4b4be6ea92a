/// Reads customers.csv (客户基本资料表) into customers, one per unique id.
enum CustomersFile {
    struct Fields {
        let id, name, status, salesperson, department, tier, relationship, created, firstBusiness: Field
        let indicators: [Field]
        let profile: [Field]

        init(_ map: ColumnMap, indicators: [PolicySettings.Indicator]) {
            id = map.field("customer_id")
            name = map.field("name")
            status = map.field("status")
            salesperson = map.field("salesperson")
            department = map.field("department")
            tier = map.field("tier")
            relationship = map.field("relationship")
            created = map.field("created_date")
            firstBusiness = map.field("first_business_date")
            self.indicators = indicators.map { map.field($0.id) }
            profile = ProfileField.allCases.map { map.field($0.rawValue) }
        }
    }

    /// - Parameter measured: profile fields the criteria score (资本额, 营业额): each is parsed
    ///   (`ProfileAmount`) into `measures`, one list per customer in `measured` order, and a
    ///   value that cannot be read is a data issue.
    static func read(_ table: InputTable, indicators: [PolicySettings.Indicator], measured: [ProfileField] = [],
                     measures: inout [[Money?]], missingIndicators missingIDs: inout [String],
                     issues: inout [DataIssue]) throws -> [Customer] {
        var customers: [Customer] = []
        var firstLineByID: [String: Int] = [:]
        var missingIndicators: [PolicySettings.Indicator] = []
        try table.read(issues: &issues, prepare: { map in
            let fields = Fields(map, indicators: indicators)
            missingIndicators = zip(indicators, fields.indicators).filter { $0.1.index == nil }.map(\.0)
            return fields
        }) { row, f, issues in
            guard let id = row.required(f.id, &issues) else { return }
            if let firstLine = firstLineByID[id] {
                issues.append(row.issue(f.id, .duplicateCustomer(firstLine: firstLine), .rowLeftOut))
                return
            }
            let name = row.required(f.name, &issues)
            let status = row.requiredChoice(f.status, &issues, problem: .notAStatus, CustomerStatus.init(cell:))
            guard let name, let status else { return }
            firstLineByID[id] = row.line
            let tier = row.choice(f.tier, &issues, problem: .notATier, effect: .valueLeftEmpty, Tier.init(cell:)).value
            let relationship = row.choice(f.relationship, &issues, problem: .notARelationship, effect: .valueLeftEmpty,
                                          Relationship.init(cell:)).value ?? .normal
            let scores: [ExactDecimal?] = f.indicators.map { field in
                guard let bytes = row.bytes(field), !bytes.isEmpty else { return nil }
                guard let value = ExactDecimal(utf8: bytes), value.scale <= 2 else {
                    issues.append(row.issue(field, .notANumber, .valueLeftEmpty))
                    return nil
                }
                guard value >= ExactDecimal(0), value <= ExactDecimal(100) else {
                    issues.append(row.issue(field, .scoreOutOfRange, .valueLeftEmpty))
                    return nil
                }
                return value
            }
            if !measured.isEmpty {
                measures.append(measured.map { field in
                    let column = f.profile[field.index]
                    guard let bytes = row.bytes(column), !bytes.isEmpty else { return nil }
                    guard let value = ProfileAmount.parse(bytes) else {
                        issues.append(row.issue(column, .notAProfileAmount, .noted))
                        return nil
                    }
                    return value
                })
            }
            customers.append(Customer(
                id: id,
                name: name,
                status: status,
                salesperson: row.optionalText(f.salesperson),
                department: row.optionalText(f.department),
                tierColumn: tier,
                relationship: relationship,
                createdDate: row.date(f.created, &issues, effect: .valueLeftEmpty).value,
                firstBusinessDate: row.date(f.firstBusiness, &issues, effect: .valueLeftEmpty).value,
                indicatorScores: scores,
                profile: f.profile.map { row.text($0) },
                line: row.line
            ))
        }
        // One issue for the missing columns, not one per customer, saying how many customers
        // are unscored because of them (SPEC §2.2): all of them here; the review inputs count
        // again once the committee's and the criteria's scores are known.
        missingIDs = missingIndicators.map(\.id)
        if !missingIndicators.isEmpty {
            let columns = missingIndicators.map { "'\($0.id)' (\($0.name))" }
            issues.append(DataIssue(file: table.kind.fileName, line: nil,
                                    problem: .missingIndicatorColumns(columns, unscored: customers.count), effect: .noted))
        }
        return customers
    }
}
