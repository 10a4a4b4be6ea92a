/// Reads contracts.csv (合同); a small file, kept whole.
enum ContractsFile {
    static func read(_ table: InputTable, knownCustomer: (String) -> Bool, issues: inout [DataIssue]) throws -> [Contract] {
        var contracts: [Contract] = []
        var firstLineByNumber: [String: Int] = [:]
        try table.read(issues: &issues) { row, issues in
            let number = row.required("contract_no", &issues)
            let customerID = row.required("customer_id", &issues)
            let type = row.requiredChoice("type", &issues, problem: .notAContractType, ContractType.init(text:))
            let signed = row.date("signed_date", &issues, effect: .rowLeftOut)
            let start = row.date("start_date", &issues, effect: .rowLeftOut)
            let end = row.date("end_date", &issues, effect: .rowLeftOut)
            guard let number, let customerID, let type, !signed.isInvalid, !start.isInvalid, !end.isInvalid else { return }
            guard knownCustomer(customerID) else {
                issues.append(row.issue("customer_id", .unknownCustomer, .rowLeftOut))
                return
            }
            if let firstLine = firstLineByNumber[number] {
                issues.append(row.issue("contract_no", .duplicateContract(firstLine: firstLine), .rowLeftOut))
                return
            }
            if let startDate = start.value ?? signed.value, let endDate = end.value, endDate < startDate {
                issues.append(row.issue("end_date", .contractEndsBeforeStart, .rowLeftOut))
                return
            }
            firstLineByNumber[number] = row.line
            contracts.append(Contract(number: number, customerID: customerID, type: type, signedDate: signed.value,
                                      startDate: start.value, endDate: end.value, line: row.line))
        }
        return contracts
    }
}
