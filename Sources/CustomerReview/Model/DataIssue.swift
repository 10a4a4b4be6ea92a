/// One thing wrong with the input, found without stopping the run: the file, the line where
/// the record starts, the column as the file names it, the raw value, and what to do.
///
/// Every data issue is shown on stderr and in every report; none is ever dropped.
public struct DataIssue: Hashable, Sendable {
    public var file: String
    /// The physical line where the record starts; nil when the issue is about the whole file.
    public var line: Int?
    /// The column's header as written in the file; nil when the issue is about a whole row.
    public var column: String?
    /// The raw value as read (before trimming); nil when there is none to show.
    public var value: String?
    public var problem: DataProblem
    public var effect: Effect

    /// What the run did with the row because of the issue.
    public enum Effect: String, CaseIterable, Hashable, Sendable {
        /// The row cannot be used and is left out of every figure (and listed here).
        case rowLeftOut = "row_left_out"
        /// The row is used, with this one value left empty.
        case valueLeftEmpty = "value_left_empty"
        /// The row is used as it is; the issue is a warning.
        case noted
    }

    public init(file: String, line: Int?, column: String? = nil, value: String? = nil,
                problem: DataProblem, effect: Effect) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.problem = problem
        self.effect = effect
    }
}

/// What is wrong, with what a clerk needs to fix it. Each case has a stable `code` for
/// machines and a message in each report language (the tables of `Words`).
public enum DataProblem: Hashable, Sendable {
    // Reading the file.
    case strayQuote
    case unterminatedQuote(lastLine: Int)
    case wrongFieldCount(expected: Int, found: Int)
    case recordTooLong(limitBytes: Int, limitFields: Int)
    case invalidBytes(encoding: TextEncoding)
    case foreignEncoding(lineEncoding: TextEncoding, fileEncoding: TextEncoding)
    case nulByte
    // Values.
    case missingValue
    case notADate
    case notAnAmount
    case amountTooPrecise
    case amountTooLarge
    case notANumber
    case scoreOutOfRange
    case notAStatus
    case notATier
    case notARelationship
    case notAVisitType
    case notAReceivableKind
    case notAContractType
    // Rows against each other.
    case duplicateCustomer(firstLine: Int)
    case duplicateInvoice(firstLine: Int)
    case duplicateContract(firstLine: Int)
    case unknownCustomer
    case visitAfterAsOf(asOf: CalendarDate)
    case contractEndsBeforeStart
    /// The receivables of the file add up past `ReceivableCeiling`.
    case amountsAddUpTooFar
    /// customers.csv has no column for these indicators in force (`'credit' (资信状况)`);
    /// every customer is unscored.
    case missingIndicatorColumns([String], unscored: Int)
    // A tier snapshot (history folder).
    case snapshotCustomerUnknown
    // The evaluation committee (evaluations.csv) and the criteria's measures.
    case notACommitteeGroup(groups: [String])
    case evaluationAfterAsOf(asOf: CalendarDate)
    case duplicateEvaluation(firstLine: Int)
    case notAProfileAmount

    /// The problem without its details: its stable `code`, and every kind there is, so that a
    /// test can ask each language for each message.
    public enum Kind: String, CaseIterable, Sendable {
        case strayQuote = "stray_quote"
        case unterminatedQuote = "unterminated_quote"
        case wrongFieldCount = "wrong_field_count"
        case recordTooLong = "record_too_long"
        case invalidBytes = "invalid_bytes"
        case foreignEncoding = "mixed_encoding"
        case nulByte = "nul_byte"
        case missingValue = "missing_value"
        case notADate = "not_a_date"
        case notAnAmount = "not_an_amount"
        case amountTooPrecise = "amount_too_precise"
        case amountTooLarge = "amount_too_large"
        case notANumber = "not_a_number"
        case scoreOutOfRange = "score_out_of_range"
        case notAStatus = "not_a_status"
        case notATier = "not_a_tier"
        case notARelationship = "not_a_relationship"
        case notAVisitType = "not_a_visit_type"
        case notAReceivableKind = "not_a_receivable_kind"
        case notAContractType = "not_a_contract_type"
        case duplicateCustomer = "duplicate_customer"
        case duplicateInvoice = "duplicate_invoice"
        case duplicateContract = "duplicate_contract"
        case unknownCustomer = "unknown_customer"
        case visitAfterAsOf = "visit_after_as_of"
        case contractEndsBeforeStart = "contract_ends_before_start"
        case amountsAddUpTooFar = "amounts_add_up_too_far"
        case missingIndicatorColumns = "missing_indicator_column"
        case snapshotCustomerUnknown = "snapshot_customer_unknown"
        case notACommitteeGroup = "not_a_committee_group"
        case evaluationAfterAsOf = "evaluation_after_as_of"
        case duplicateEvaluation = "duplicate_evaluation"
        case notAProfileAmount = "not_a_profile_amount"
    }

    public var kind: Kind {
        switch self {
        case .strayQuote: .strayQuote
        case .unterminatedQuote: .unterminatedQuote
        case .wrongFieldCount: .wrongFieldCount
        case .recordTooLong: .recordTooLong
        case .invalidBytes: .invalidBytes
        case .foreignEncoding: .foreignEncoding
        case .nulByte: .nulByte
        case .missingValue: .missingValue
        case .notADate: .notADate
        case .notAnAmount: .notAnAmount
        case .amountTooPrecise: .amountTooPrecise
        case .amountTooLarge: .amountTooLarge
        case .notANumber: .notANumber
        case .scoreOutOfRange: .scoreOutOfRange
        case .notAStatus: .notAStatus
        case .notATier: .notATier
        case .notARelationship: .notARelationship
        case .notAVisitType: .notAVisitType
        case .notAReceivableKind: .notAReceivableKind
        case .notAContractType: .notAContractType
        case .duplicateCustomer: .duplicateCustomer
        case .duplicateInvoice: .duplicateInvoice
        case .duplicateContract: .duplicateContract
        case .unknownCustomer: .unknownCustomer
        case .visitAfterAsOf: .visitAfterAsOf
        case .contractEndsBeforeStart: .contractEndsBeforeStart
        case .amountsAddUpTooFar: .amountsAddUpTooFar
        case .missingIndicatorColumns: .missingIndicatorColumns
        case .snapshotCustomerUnknown: .snapshotCustomerUnknown
        case .notACommitteeGroup: .notACommitteeGroup
        case .evaluationAfterAsOf: .evaluationAfterAsOf
        case .duplicateEvaluation: .duplicateEvaluation
        case .notAProfileAmount: .notAProfileAmount
        }
    }

    /// A stable snake_case identifier for machines (JSON `code`).
    public var code: String { kind.rawValue }
}
