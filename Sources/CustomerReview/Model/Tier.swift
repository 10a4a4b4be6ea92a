/// The customer class of the policy: "依据客户规模、资信状况、业务规模等指标将客户分为A、B、C三类".
public enum Tier: String, CaseIterable, Comparable, Sendable, Codable {
    case a = "A"
    case b = "B"
    case c = "C"

    /// Reads `A`, `b`, `A类`, `A类客户`; nil for anything else.
    public init?(text: String) {
        var t = text.uppercased()
        for suffix in ["类客户", "类"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        guard let tier = Tier(rawValue: t) else { return nil }
        self = tier
    }

    /// A ranks highest: A > B > C.
    var rank: Int {
        switch self {
        case .a: 3
        case .b: 2
        case .c: 1
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rank < rhs.rank }
}

/// Signed or potential (签约客户 / 潜在客户); eliminated (淘汰) customers are kept for
/// reassignment and excluded from every requirement.
public enum CustomerStatus: String, CaseIterable, Sendable, Codable {
    case signed
    case potential
    case eliminated

    public init?(text: String) {
        switch text.lowercased() {
        case "signed", "签约", "签约客户", "已签约": self = .signed
        case "potential", "潜在", "潜在客户": self = .potential
        case "eliminated", "淘汰", "淘汰客户", "已淘汰": self = .eliminated
        default: return nil
        }
    }
}

/// The relationship state (关系状态); abnormal ones go to the department manager.
public enum Relationship: String, Sendable, Codable {
    case normal
    case abnormal

    public init?(text: String) {
        switch text.lowercased() {
        case "", "normal", "正常": self = .normal
        case "abnormal", "异常": self = .abnormal
        default: return nil
        }
    }
}

/// How a visit was made (拜访方式). Only on-site visits (实地走访) count for the minimums.
public enum VisitType: String, Sendable, Codable {
    case onSite = "on_site"
    case phone
    case other

    public init?(text: String) {
        switch text.lowercased() {
        case "on_site", "on-site", "onsite", "实地", "实地走访", "实地拜访", "上门": self = .onSite
        case "phone", "电话", "电话拜访": self = .phone
        case "other", "其他", "其它": self = .other
        default: return nil
        }
    }
}

/// An invoice (发票, the default) or an advance the company paid for the customer (垫资/代垫).
public enum ReceivableKind: String, Sendable, Codable {
    case invoice
    case advance

    public init?(text: String) {
        switch text.lowercased() {
        case "", "invoice", "发票": self = .invoice
        case "advance", "垫资", "代垫": self = .advance
        default: return nil
        }
    }
}

/// A business contract (业务合同) or a long-term cooperation agreement (长期合作协议).
public enum ContractType: String, Sendable, Codable {
    case contract
    case longTermAgreement = "long_term_agreement"

    public init?(text: String) {
        switch text.lowercased() {
        case "contract", "业务合同", "合同": self = .contract
        case "long_term_agreement", "long-term agreement", "长期合作协议", "长期协议": self = .longTermAgreement
        default: return nil
        }
    }
}

/// A value of the policy read from a cell: its exact spellings compared as bytes first (the
/// common case, no string built), then any case or width through the type's text parser.
protocol CellChoice {
    init?(text: String)
    /// The spellings exports use most, exactly.
    static var spellings: [([UInt8], Self)] { get }
}

extension CellChoice {
    init?(cell bytes: ArraySlice<UInt8>) {
        for (spelling, value) in Self.spellings where bytes.elementsEqual(spelling) {
            self = value
            return
        }
        self.init(text: String(decoding: bytes, as: UTF8.self))
    }
}

extension CustomerStatus: CellChoice {
    static let spellings: [([UInt8], CustomerStatus)] = [
        (Array("signed".utf8), .signed), (Array("签约".utf8), .signed), (Array("potential".utf8), .potential),
        (Array("潜在".utf8), .potential), (Array("eliminated".utf8), .eliminated), (Array("淘汰".utf8), .eliminated),
    ]
}

extension Relationship: CellChoice {
    static let spellings: [([UInt8], Relationship)] = [
        (Array("normal".utf8), .normal), (Array("正常".utf8), .normal),
        (Array("abnormal".utf8), .abnormal), (Array("异常".utf8), .abnormal),
    ]
}

extension VisitType: CellChoice {
    static let spellings: [([UInt8], VisitType)] = [
        (Array("on_site".utf8), .onSite), (Array("实地".utf8), .onSite), (Array("phone".utf8), .phone),
        (Array("电话".utf8), .phone), (Array("other".utf8), .other), (Array("其他".utf8), .other),
    ]
}

extension ReceivableKind: CellChoice {
    static let spellings: [([UInt8], ReceivableKind)] = [
        (Array("invoice".utf8), .invoice), (Array("发票".utf8), .invoice),
        (Array("advance".utf8), .advance), (Array("垫资".utf8), .advance),
    ]
}

extension ContractType: CellChoice {
    static let spellings: [([UInt8], ContractType)] = [
        (Array("contract".utf8), .contract), (Array("业务合同".utf8), .contract),
        (Array("long_term_agreement".utf8), .longTermAgreement), (Array("长期合作协议".utf8), .longTermAgreement),
    ]
}

extension Tier: CellChoice {
    static let spellings: [([UInt8], Tier)] = [(Array("A".utf8), .a), (Array("B".utf8), .b), (Array("C".utf8), .c)]
}
