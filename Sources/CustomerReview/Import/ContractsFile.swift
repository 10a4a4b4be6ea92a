/// Reads contracts.csv (合同); a small file, kept whole.
enum ContractsFile {
    struct Fields {
        let number, customerID, type, signed, start, end: Field

        init(_ map: ColumnMap) {
            number = map.field("contract_no")
            customerID = map.field("customer_id")
            type = map.field("type")
            signed = map.field("signed_date")
            start = map.field("start_date")
            end = map.field("end_date")
        }
    }

    static func read(_ table: InputTable, knownCustomer: (String) -> Bool, issues: inout [DataIssue]) throws -> [Contract] {
        var contracts: [Contract] = []
        var firstLineByNumber: [String: Int] = [:]
        try table.read(issues: &issues, prepare: Fields.init) { row, f, issues in
            let number = row.required(f.number, &issues)
            let customerID = row.required(f.customerID, &issues)
            let type = row.requiredChoice(f.type, &issues, problem: .notAContractType, ContractType.init(cell:))
            let signed = row.date(f.signed, &issues, effect: .rowLeftOut)
            let start = row.date(f.start, &issues, effect: .rowLeftOut)
            let end = row.date(f.end, &issues, effect: .rowLeftOut)
            guard let number, let customerID, let type, !signed.isInvalid, !start.isInvalid, !end.isInvalid else { return }
            guard knownCustomer(customerID) else {
                issues.append(row.issue(f.customerID, .unknownCustomer, .rowLeftOut))
                return
            }
            if let firstLine = firstLineByNumber[number] {
                issues.append(row.issue(f.number, .duplicateContract(firstLine: firstLine), .rowLeftOut))
                return
            }
            if let startDate = start.value ?? signed.value, let endDate = end.value, endDate < startDate {
                issues.append(row.issue(f.end, .contractEndsBeforeStart, .rowLeftOut))
                return
            }
            firstLineByNumber[number] = row.line
            contracts.append(Contract(number: number, customerID: customerID, type: type, signedDate: signed.value,
                                      startDate: start.value, endDate: end.value, line: row.line))
        }
        return contracts
    }
}
