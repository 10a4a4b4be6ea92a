/// customers.csv (客户基本资料表) as Excel on a Chinese Windows saves it: GB18030, Chinese
/// headers, comma-delimited, CRLF. One row per customer in id order, plus one unknown column
/// (客户来源) that a reader must ignore, plus the deliberately bad rows.
struct SampleCustomersFile {
    static let name = "customers.csv"
    static let header = [
        "客户编号", "客户名称", "客户状态", "客户类别", "业务员", "部门", "关系状态", "建档日期",
        "首笔业务日期", "公司规模", "资信状况", "货量规模", "行业影响力", "地址", "电话", "传真",
        "email", "网址", "负责人", "联系人", "资本额", "成立日期", "占地面积", "营业额", "银行讯息",
        "资源状况", "目前的物流供应商", "主要物流需求", "其他", "客户来源",
    ]

    /// The bad rows, in the order they appear. All but the duplicate use ids after the last
    /// good customer, with no visits, invoices or contracts, so no issue cascades.
    enum BadRow: CaseIterable {
        case duplicateID
        case impossibleCreatedDate
        case scoreOutOfRange
        case unknownStatus
        case tierD
        case cutShort
        case strayQuote
    }

    let world: SampleWorld

    func write(_ writer: SampleCSVWriter) throws -> SampleFileOutcome {
        var record = try writer.writeHeader(Self.header, delimiter: UInt8(ascii: ","))
        let profile = SampleProfile(world: world)
        var outcome = SampleFileOutcome()
        var schedule = SampleBadRowSchedule(count: BadRow.allCases.count, expectedGoodRows: world.customers)
        var previous: (id: String, line: Int)?
        for index in 0..<world.customers {
            while let bad = schedule.due(afterGoodRows: index) {
                outcome.badRows.append(try writeBad(BadRow.allCases[bad], number: bad, previous: previous,
                                                    record: &record, profile: profile, writer: writer))
            }
            record.reset()
            appendRow(world.customer(index), profile: profile, id: nil, to: &record)
            let line = try writer.write(record)
            if previous == nil || index % 64 == 0 { previous = (record.writtenField(0), line) }
        }
        outcome.goodRows = world.customers
        while let bad = schedule.remaining() {
            outcome.badRows.append(try writeBad(BadRow.allCases[bad], number: bad, previous: previous,
                                                record: &record, profile: profile, writer: writer))
        }
        return outcome
    }

    /// One customer's row; `id` replaces the customer's own id (for the extra bad rows).
    private func appendRow(_ customer: SampleCustomer, profile: SampleProfile, id: String?, to record: inout SampleRecord) {
        let index = customer.index
        if let id { record.add(id) } else { world.addCustomerID(index, to: &record) }
        let place = profile.place(index)
        let company = profile.company(index, city: place.city)
        record.add(company.name)
        record.add(customer.statusText)
        record.add(customer.tierText)
        if let salesperson = customer.salesperson { record.add(world.staff.salespeople[salesperson]) } else { record.addEmpty() }
        if let department = customer.department { record.add(world.staff.departments[department]) } else { record.addEmpty() }
        record.add(customer.relationshipText)
        var styles = SampleRandom(seed: world.seed, .profile, index, 1)
        let excelStyle = styles.chance(60)
        record.add(customer.created, style: excelStyle ? .slash : .iso)
        if customer.showsFirstBusiness, let firstBusiness = customer.firstBusiness {
            record.add(firstBusiness, style: excelStyle ? .slash : .iso)
        } else {
            record.addEmpty()
        }
        for indicator in 0..<4 {
            record.beginField()
            if let score = customer.score(indicator) { Self.appendScore(score, to: &record) }
            record.endField()
        }
        profile.appendProfileFields(index, place: place, pinyin: company.pinyin, to: &record)
    }

    /// `85`, `85.5`, `85.02`: as few decimals as the score needs.
    static func appendScore(_ hundredths: Int, to record: inout SampleRecord) {
        record.append(hundredths / 100)
        let fraction = hundredths % 100
        guard fraction != 0 else { return }
        record.append(ascii: UInt8(ascii: "."))
        record.append(ascii: UInt8(truncatingIfNeeded: fraction / 10) + 0x30)
        if fraction % 10 != 0 { record.append(ascii: UInt8(truncatingIfNeeded: fraction % 10) + 0x30) }
    }

    private func writeBad(_ bad: BadRow, number: Int, previous: (id: String, line: Int)?,
                          record: inout SampleRecord, profile: SampleProfile,
                          writer: SampleCSVWriter) throws -> SampleBadRow {
        let extra = world.customers + 1 + number
        record.reset()
        appendRow(world.customer(extra), profile: profile, id: world.extraCustomerID(number), to: &record)
        func column(_ name: String) -> Int { Self.header.firstIndex(of: name) ?? 0 }
        var columnName: String?
        var value: String?
        let problem: DataProblem
        let what: String
        switch bad {
        case .duplicateID:
            // Without an earlier row there is nothing to duplicate: repeat this row's own id.
            let original = previous ?? (world.extraCustomerID(number), 0)
            columnName = "客户编号"
            value = original.id
            record.replaceField(0, with: original.id)
            problem = .duplicateCustomer(firstLine: original.line)
            what = "customer id already used on line \(original.line)"
        case .impossibleCreatedDate:
            columnName = "建档日期"
            value = "\(world.through.year)-02-30"
            problem = .notADate
            what = "impossible created date"
        case .scoreOutOfRange:
            columnName = "资信状况"
            value = "105"
            problem = .scoreOutOfRange
            what = "credit score above 100"
        case .unknownStatus:
            columnName = "客户状态"
            value = "待定"
            problem = .notAStatus
            what = "status neither signed, potential nor eliminated"
        case .tierD:
            columnName = "客户类别"
            value = "D"
            problem = .notATier
            what = "tier D does not exist"
        case .cutShort:
            record.truncate(toFields: 12)
            problem = .wrongFieldCount(expected: Self.header.count, found: 12)
            what = "row cut short after 12 fields"
        case .strayQuote:
            columnName = "客户名称"
            value = "上海\"宏达\"贸易有限公司"
            record.replaceField(column("客户名称"), with: value ?? "", quoted: false)
            problem = .strayQuote
            what = "unescaped quotes inside an unquoted name"
        }
        if let columnName, let value, bad != .duplicateID, bad != .strayQuote {
            record.replaceField(column(columnName), with: value)
        }
        let line = try writer.write(record)
        return SampleBadRow(file: Self.name, line: line, column: columnName, value: value, problem: problem, what: what)
    }
}
