/// A customer as customers.csv (客户基本资料表) describes it.
public struct Customer: Hashable, Sendable {
    public var id: String
    public var name: String
    public var status: CustomerStatus
    /// 业务员; nil when none is assigned (listed for reassignment).
    public var salesperson: String?
    public var department: String?
    /// The company system's current class (the `tier` column), if given and valid.
    public var tierColumn: Tier?
    public var relationship: Relationship
    public var createdDate: CalendarDate?
    public var firstBusinessDate: CalendarDate?
    /// One per indicator of the settings, in their order; nil where missing or unusable.
    public var indicatorScores: [ExactDecimal?] {
        get { indicatorHundredths.map { $0 == Self.missingScore ? nil : ExactDecimal(units: Int64($0), scale: 2) } }
        set { indicatorHundredths = newValue.map { $0?.units(atScale: 2).flatMap(UInt16.init(exactly:)) ?? Self.missingScore } }
    }
    /// Scores in hundredths (0…10000, the import refuses anything else), `missingScore` where
    /// missing: a small array instead of optional decimals, for a million customers.
    private var indicatorHundredths: [UInt16]
    private static let missingScore = UInt16.max
    /// The profile fields of 附表2, in `ProfileField.allCases` order ("" where empty).
    public var profile: [String] {
        get { profileTexts.all }
        set { profileTexts = PackedTexts(newValue) }
    }
    private var profileTexts: PackedTexts
    /// The line of customers.csv the customer comes from.
    public var line: Int

    public init(id: String, name: String, status: CustomerStatus, salesperson: String? = nil,
                department: String? = nil, tierColumn: Tier? = nil, relationship: Relationship = .normal,
                createdDate: CalendarDate? = nil, firstBusinessDate: CalendarDate? = nil,
                indicatorScores: [ExactDecimal?] = [], profile: [String] = [], line: Int = 0) {
        self.id = id
        self.name = name
        self.status = status
        self.salesperson = salesperson
        self.department = department
        self.tierColumn = tierColumn
        self.relationship = relationship
        self.createdDate = createdDate
        self.firstBusinessDate = firstBusinessDate
        indicatorHundredths = indicatorScores.map { $0?.units(atScale: 2).flatMap(UInt16.init(exactly:)) ?? Self.missingScore }
        profileTexts = PackedTexts(profile)
        self.line = line
    }

    public func profile(_ field: ProfileField) -> String {
        profileTexts[field.index]
    }
}

/// The fields of 附表2 客户基本资料表 carried into the workbook as they are.
public enum ProfileField: String, CaseIterable, Sendable {
    case address, phone, fax, email, website, principal, contact
    case registeredCapital = "registered_capital"
    case founded, area
    case annualRevenue = "annual_revenue"
    case bank, resources
    case logisticsProviders = "logistics_providers"
    case logisticsNeeds = "logistics_needs"
    case notes

    public var chineseNames: [String] {
        switch self {
        case .address: ["地址", "公司地址"]
        case .phone: ["电话"]
        case .fax: ["传真"]
        case .email: ["电子邮件", "e-mail", "邮箱"]
        case .website: ["网址"]
        case .principal: ["负责人"]
        case .contact: ["联系人"]
        case .registeredCapital: ["资本额", "注册资本"]
        case .founded: ["成立日期"]
        case .area: ["占地面积"]
        case .annualRevenue: ["营业额"]
        case .bank: ["银行讯息", "银行信息"]
        case .resources: ["资源状况"]
        case .logisticsProviders: ["目前的物流供应商", "物流供应商"]
        case .logisticsNeeds: ["主要物流需求", "物流需求"]
        case .notes: ["其他", "备注"]
        }
    }

    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A visit as visits.csv (客户拜访记录表) records it.
public struct Visit: Hashable, Sendable {
    public var customerID: String
    public var date: CalendarDate
    public var salesperson: String
    public var type: VisitType
    /// The form's free-text fields, in `VisitFormField.allCases` order ("" where empty).
    public var form: [String] {
        get { formTexts.all }
        set { formTexts = PackedTexts(newValue) }
    }
    private var formTexts: PackedTexts
    public var approver: String?
    public var approvalDate: CalendarDate?
    public var line: Int

    public init(customerID: String, date: CalendarDate, salesperson: String, type: VisitType = .onSite,
                form: [String] = [], approver: String? = nil, approvalDate: CalendarDate? = nil, line: Int = 0) {
        self.customerID = customerID
        self.date = date
        self.salesperson = salesperson
        self.type = type
        formTexts = PackedTexts(form)
        self.approver = approver
        self.approvalDate = approvalDate
        self.line = line
    }

    /// A visit without an approver is awaiting approval.
    public var isAwaitingApproval: Bool { approver == nil }

    public func form(_ field: VisitFormField) -> String {
        formTexts[field.index]
    }
}

/// The free-text fields of the visit form (附表3).
public enum VisitFormField: String, CaseIterable, Sendable {
    case location, companions, contact, title, phone, planned, actual
    case nextSteps = "next_steps"
    case supportNeeded = "support_needed"
    case remarks

    public var chineseNames: [String] {
        switch self {
        case .location: ["会谈地址"]
        case .companions: ["同行人员"]
        case .contact: ["客户会谈人"]
        case .title: ["职务"]
        case .phone: ["电话"]
        case .planned: ["预计沟通内容"]
        case .actual: ["实际沟通内容"]
        case .nextSteps: ["下一步计划"]
        case .supportNeeded: ["是否需要公司其他部门支持", "需要支持"]
        case .remarks: ["备注"]
        }
    }

    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A receivable row of receivables.csv (应收明细): an invoice or an advance.
public struct Receivable: Hashable, Sendable {
    public var invoiceNumber: String
    public var customerID: String
    public var invoiceDate: CalendarDate
    public var amount: Money
    public var received: Money
    public var dueDate: CalendarDate?
    public var kind: ReceivableKind
    public var volume: ExactDecimal?
    public var line: Int

    public init(invoiceNumber: String, customerID: String, invoiceDate: CalendarDate, amount: Money,
                received: Money = .zero, dueDate: CalendarDate? = nil, kind: ReceivableKind = .invoice,
                volume: ExactDecimal? = nil, line: Int = 0) {
        self.invoiceNumber = invoiceNumber
        self.customerID = customerID
        self.invoiceDate = invoiceDate
        self.amount = amount
        self.received = received
        self.dueDate = dueDate
        self.kind = kind
        self.volume = volume
        self.line = line
    }

    /// Outstanding = amount − received.
    public var outstanding: Money { amount - received }
}

/// A contract or long-term agreement of contracts.csv (合同).
public struct Contract: Hashable, Sendable {
    public var number: String
    public var customerID: String
    public var type: ContractType
    public var signedDate: CalendarDate?
    public var startDate: CalendarDate?
    /// nil: open-ended.
    public var endDate: CalendarDate?
    public var line: Int

    public init(number: String, customerID: String, type: ContractType, signedDate: CalendarDate? = nil,
                startDate: CalendarDate? = nil, endDate: CalendarDate? = nil, line: Int = 0) {
        self.number = number
        self.customerID = customerID
        self.type = type
        self.signedDate = signedDate
        self.startDate = startDate
        self.endDate = endDate
        self.line = line
    }
}
