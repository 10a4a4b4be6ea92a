/// SPEC §2.11: "A、B客户全部签订合同,并要求与公司签订长期合作协议;C类客户尽可能签订合同。且均在
/// 正式形成第一笔业务关系时签订相关业务合同".
///
/// Signed A and B customers must hold a contract and a long-term agreement in force on the
/// as-of date; for signed C customers a missing contract is a warning; a contract signed after
/// the customer's first business is a finding; contracts ending within the look-ahead are
/// listed. Without contracts.csv nothing is judged: the state is "no contract data".
public enum ContractCompliance {
    public enum State: String, Hashable, Sendable {
        /// Signed A/B with both documents in force.
        case compliant
        /// Signed A/B without a contract in force.
        case missingContract = "missing_contract"
        /// Signed A/B with a contract but no long-term agreement in force.
        case missingAgreement = "missing_long_term_agreement"
        /// Signed A/B with neither.
        case missingBoth = "missing_both"
        /// Signed C with a contract in force.
        case cWithContract = "c_with_contract"
        /// Signed C without a contract in force: a warning, not a breach.
        case cWithoutContract = "c_without_contract"
        /// Potential or eliminated customers, or no tier: nothing is required.
        case notRequired = "not_required"
        /// The folder has no contracts.csv.
        case noContractData = "no_contract_data"

        /// `contract.compliant` of the JSON: true or false where the policy requires the
        /// documents (signed A/B), null elsewhere.
        public var compliant: Bool? {
            switch self {
            case .compliant: true
            case .missingContract, .missingAgreement, .missingBoth: false
            case .cWithContract, .cWithoutContract, .notRequired, .noContractData: nil
            }
        }
    }

    public struct Evaluation: Hashable, Sendable {
        public var state: State
        /// The first business contract was signed after the first business (the date of it).
        public var signedAfterFirstBusiness: CalendarDate?
        /// Contracts in force ending within the look-ahead.
        public var endingSoon: [Contract]
    }

    /// Whether a contract is in force on `date`: started (its start date, else its signing
    /// date) on or before it, and not ended before it.
    public static func isInForce(_ contract: Contract, on date: CalendarDate) -> Bool {
        if let start = contract.startDate ?? contract.signedDate, start > date { return false }
        if let end = contract.endDate, end < date { return false }
        return true
    }

    /// - Parameters:
    ///   - contracts: the customer's contracts, or nil when there is no contracts.csv.
    ///   - firstBusiness: `first_business_date`, else the first invoice.
    public static func evaluate(status: CustomerStatus, tier: Tier?, contracts: [Contract]?,
                                firstBusiness: CalendarDate?, asOf: CalendarDate, lookaheadDays: Int) -> Evaluation {
        guard let contracts else { return Evaluation(state: .noContractData, signedAfterFirstBusiness: nil, endingSoon: []) }
        let inForce = contracts.filter { isInForce($0, on: asOf) }
        let hasContract = inForce.contains { $0.type == .contract }
        let hasAgreement = inForce.contains { $0.type == .longTermAgreement }
        let state: State
        switch (status, tier) {
        case (.signed, .a?), (.signed, .b?):
            switch (hasContract, hasAgreement) {
            case (true, true): state = .compliant
            case (false, true): state = .missingContract
            case (true, false): state = .missingAgreement
            case (false, false): state = .missingBoth
            }
        case (.signed, .c?):
            state = hasContract ? .cWithContract : .cWithoutContract
        default:
            state = .notRequired
        }
        let firstSigned = contracts.filter { $0.type == .contract }.compactMap { $0.signedDate ?? $0.startDate }.min()
        var late: CalendarDate?
        if SignedOrPotential.hasRequirements(status), let firstSigned, let firstBusiness, firstSigned > firstBusiness { late = firstSigned }
        let horizon = asOf.adding(days: lookaheadDays)
        let endingSoon = inForce.filter { contract in
            guard let end = contract.endDate else { return false }
            return end >= asOf && end <= horizon
        }.sorted { ($0.endDate ?? asOf, $0.number) < ($1.endDate ?? asOf, $1.number) }
        return Evaluation(state: state, signedAfterFirstBusiness: late, endingSoon: endingSoon)
    }
}

extension ContractCompliance: CustomerRule {
    static func find(_ line: CustomerLine, settings: PolicySettings, into found: inout [PolicyFinding]) {
        let c = line.customer
        switch line.contract.state {
        case .missingContract: found.append(PolicyFinding(rule: .contractMissing, customer: c))
        case .missingAgreement: found.append(PolicyFinding(rule: .agreementMissing, customer: c))
        case .missingBoth:
            found.append(PolicyFinding(rule: .contractMissing, customer: c))
            found.append(PolicyFinding(rule: .agreementMissing, customer: c))
        case .cWithoutContract: found.append(PolicyFinding(rule: .contractRecommended, customer: c))
        case .compliant, .cWithContract, .notRequired, .noContractData: break
        }
        if let late = line.contract.signedAfterFirstBusiness {
            found.append(PolicyFinding(rule: .contractSignedLate, customer: c, date: late))
        }
        for contract in line.contract.endingSoon {
            found.append(PolicyFinding(rule: .contractEndingSoon, customer: c, date: contract.endDate, reference: contract.number))
        }
    }
}
