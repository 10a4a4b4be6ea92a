/// A column an input file may have, under its English name or one of its Chinese names.
struct InputColumn: Hashable, Sendable {
    let key: String
    let chineseNames: [String]
    let required: Bool

    init(_ key: String, _ chineseNames: [String], required: Bool = false) {
        self.key = key
        self.chineseNames = chineseNames
        self.required = required
    }

    /// How the column is named in messages: `visit_date (拜访日期)`.
    var label: String { chineseNames.first.map { "\(key) (\($0))" } ?? key }
}

/// The four exports of SPEC §3.
public enum InputFileKind: String, CaseIterable, Sendable {
    case customers, visits, receivables, contracts, evaluations

    public var fileName: String { rawValue + ".csv" }

    /// The form the policy names the file after.
    public var chineseName: String {
        switch self {
        case .customers: "客户基本资料表"
        case .visits: "客户拜访记录表"
        case .receivables: "应收明细"
        case .contracts: "合同"
        case .evaluations: "客户评估表"
        }
    }

    /// contracts.csv is optional: without it the contract checks say "no contract data";
    /// evaluations.csv is optional: without it no indicator has a committee score.
    public var isRequired: Bool { self != .contracts && self != .evaluations }

    func columns(indicators: [PolicySettings.Indicator]) -> [InputColumn] {
        switch self {
        case .customers:
            return [
                InputColumn("customer_id", ["客户编号"], required: true),
                InputColumn("name", ["客户名称", "公司名称"], required: true),
                InputColumn("status", ["客户状态"], required: true),
                InputColumn("salesperson", ["业务员"]),
                InputColumn("department", ["部门"]),
                InputColumn("tier", ["客户类别"]),
                InputColumn("relationship", ["关系状态"]),
                InputColumn("created_date", ["建档日期"]),
                InputColumn("first_business_date", ["首笔业务日期"]),
            ] + indicators.map { InputColumn($0.id, $0.name == $0.id ? [] : [$0.name]) }
                + ProfileField.allCases.map { InputColumn($0.rawValue, $0.chineseNames) }
        case .visits:
            return [
                InputColumn("customer_id", ["客户编号"], required: true),
                InputColumn("visit_date", ["拜访日期"], required: true),
                InputColumn("salesperson", ["业务员"], required: true),
                InputColumn("visit_type", ["拜访方式"]),
                InputColumn("approver", ["审批人"]),
                InputColumn("approval_date", ["审批日期"]),
            ] + VisitFormField.allCases.map { InputColumn($0.rawValue, $0.chineseNames) }
        case .receivables:
            return [
                InputColumn("invoice_no", ["单据号"], required: true),
                InputColumn("customer_id", ["客户编号"], required: true),
                InputColumn("invoice_date", ["业务日期"], required: true),
                InputColumn("amount", ["金额"], required: true),
                InputColumn("received", ["已收金额"]),
                InputColumn("due_date", ["到期日"]),
                InputColumn("kind", ["类型"]),
                InputColumn("volume", ["货量"]),
            ]
        case .contracts:
            return [
                InputColumn("contract_no", ["合同编号"], required: true),
                InputColumn("customer_id", ["客户编号"], required: true),
                InputColumn("type", ["合同类型"], required: true),
                InputColumn("signed_date", ["签订日期"]),
                InputColumn("start_date", ["开始日期"]),
                InputColumn("end_date", ["结束日期"]),
            ]
        case .evaluations:
            return [
                InputColumn("customer_id", ["客户编号"], required: true),
                InputColumn("evaluator", ["评估人"], required: true),
                InputColumn("group", ["评估部门", "评估小组"], required: true),
                InputColumn("evaluation_date", ["评估日期"], required: true),
            ] + indicators.map { InputColumn($0.id, $0.name == $0.id ? [] : [$0.name]) }
        }
    }
}
