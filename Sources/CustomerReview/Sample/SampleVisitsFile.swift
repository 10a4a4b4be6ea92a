/// visits.csv (客户拜访记录表) as a web system exports it for Excel: UTF-8 with a byte order
/// mark, Chinese headers, comma-delimited, CRLF; in date order.
///
/// Each month, each active customer gets the policy's minimum of on-site visits when its
/// salesperson is diligent that month, fewer otherwise, and now and then an extra visit, a
/// phone call or another contact. Most records are approved by the department manager; some
/// of the last month's await approval.
struct SampleVisitsFile {
    static let name = "visits.csv"
    static let header = [
        "客户编号", "拜访日期", "业务员", "拜访方式", "会谈地址", "同行人员", "客户会谈人", "职务", "电话",
        "预计沟通内容", "实际沟通内容", "下一步计划", "是否需要公司其他部门支持", "备注", "审批人", "审批日期",
    ]

    enum BadRow: CaseIterable {
        case impossibleDate
        case unknownCustomer
        case afterReviewDate
        case unquotedComma
        case unknownVisitType
        case strayQuote
    }

    let world: SampleWorld

    func write(_ writer: SampleCSVWriter) throws -> SampleFileOutcome {
        var record = try writer.writeHeader(Self.header, delimiter: UInt8(ascii: ","))
        let profile = SampleProfile(world: world)
        var outcome = SampleFileOutcome()
        var schedule = SampleBadRowSchedule(count: BadRow.allCases.count, expectedGoodRows: world.customers * world.months * 9 / 10)
        var monthRows = SampleMonthSchedule()
        var lastCustomer = 0
        for month in world.monthsWritten {
            monthRows.removeAll()
            for index in 0..<world.customers {
                plan(world.customer(index), month: month) { day, visit, type in
                    if world.isWritten(day: day, of: month) { monthRows.add(day: day, customer: index, item: visit, kind: type) }
                }
            }
            monthRows.sort()
            var cached: SampleCustomer?
            for entry in monthRows.entries {
                while let bad = schedule.due(afterGoodRows: outcome.goodRows) {
                    outcome.badRows.append(try writeBad(bad, customer: lastCustomer, month: month,
                                                        record: &record, profile: profile, writer: writer))
                }
                let (day, index, visit, type) = SampleMonthSchedule.decode(entry)
                if cached?.index != index { cached = world.customer(index) }
                guard let customer = cached else { continue }
                record.reset()
                appendRow(customer, date: month.firstDay.adding(days: day - 1), visit: visit,
                          type: VisitType.sampleCases[type], profile: profile, to: &record)
                try writer.write(record)
                outcome.goodRows += 1
                lastCustomer = index
            }
        }
        while let bad = schedule.remaining() {
            outcome.badRows.append(try writeBad(bad, customer: lastCustomer, month: world.through,
                                                record: &record, profile: profile, writer: writer))
        }
        return outcome
    }

    /// Calls `visit(day, number, type)` for each visit `customer` gets in `month`.
    func plan(_ customer: SampleCustomer, month: YearMonth, _ visit: (Int, Int, Int) -> Void) {
        guard customer.isActive(in: month) else { return }
        var random = SampleRandom(seed: world.seed, .visitPlan, customer.index, month.monthIndex)
        let firstDay = month == customer.created.yearMonth ? customer.created.day : 1
        var onSite = 0
        var phone = 0
        var other = 0
        if customer.salesperson == nil {
            // Nobody's customer: now and then the department manager drops by.
            onSite = random.chance(30) ? 1 : 0
        } else {
            let required = max(1, customer.requiredOnSiteVisits)
            let diligence = customer.status == .potential ? min(customer.visitDiligence, 60) : customer.visitDiligence
            if random.chance(diligence) {
                onSite = required + (random.chance(10) ? 1 : 0)
            } else {
                onSite = random.below(required)
            }
            phone = random.chance(8) ? 1 : 0
            other = random.chance(2) ? 1 : 0
        }
        if customer.fixture == .potentialA, month == world.through {
            // Every visit type appears even in the smallest sample.
            onSite = max(onSite, 1)
            phone = 1
            other = 1
        }
        var number = 0
        for (count, type) in [(onSite, 0), (phone, 1), (other, 2)] {
            for _ in 0..<count {
                visit(world.workingDay(in: month, from: firstDay, random: &random).day, number, type)
                number += 1
            }
        }
    }

    private func appendRow(_ customer: SampleCustomer, date: CalendarDate, visit: Int, type: VisitType,
                           profile: SampleProfile, to record: inout SampleRecord) {
        let staff = world.staff
        var random = SampleRandom(seed: world.seed, .visitDetail, customer.index, date.yearMonth.monthIndex, visit)
        world.addCustomerID(customer.index, to: &record)
        let style = random.below(100)
        if style < 80 {
            record.add(date, style: .iso)
        } else if style < 95 {
            record.add(date, style: .slash)
        } else {
            record.add(date, style: .iso, time: SampleTime(hour: random.int(8...17), minute: random.below(60)))
        }
        // Who went: the customer's salesperson, a colleague, or the department manager.
        let department: Int
        if let salesperson = customer.salesperson {
            let roll = random.below(100)
            let visitor = roll < 88 ? salesperson : roll < 94 ? staff.colleague(of: salesperson, pick: random.below(1_000)) : nil
            department = staff.department(ofSalesperson: salesperson)
            record.add(visitor.map { staff.salespeople[$0] } ?? staff.managers[department])
        } else {
            department = customer.department ?? customer.index % staff.departments.count
            record.add(staff.managers[department])
        }
        record.add(Self.typeText(type, roll: random.below(100)))
        switch type {
        case .onSite: record.add(random.pick(SampleTexts.onSiteLocationPrefixes) + profile.place(customer.index).address)
        case .phone: record.add("电话沟通")
        case .other: record.add(random.pick(SampleTexts.otherLocations))
        }
        let companions = random.below(100)
        if companions < 70 {
            record.addEmpty()
        } else if companions < 85 {
            record.add(staff.managers[department])
        } else if companions < 95, let salesperson = customer.salesperson {
            record.add(staff.salespeople[staff.colleague(of: salesperson, pick: random.below(1_000))])
        } else {
            record.add("运管中心 " + SampleStaff.personName(&random))
        }
        let people = profile.people(customer.index)
        let who = random.below(100)
        if who < 65 {
            record.add(people.contact)
            record.add(people.contactTitle)
        } else if who < 90 {
            record.add(people.principal)
            record.add(people.principalTitle)
        } else {
            record.add(SampleStaff.personName(&random))
            record.add(random.pick(SampleTexts.titles))
        }
        if random.chance(90) { record.add(who < 65 ? people.contactMobile : SampleStaff.mobile(&random)) } else { record.addEmpty() }
        record.add(random.pick(SampleTexts.planned))
        record.add(random.pick(SampleTexts.actual))
        record.add(random.pick(SampleTexts.nextSteps))
        record.add(random.pick(SampleTexts.support))
        if random.chance(20) { record.add(random.pick(SampleTexts.remarks)) } else { record.addEmpty() }
        let awaiting = (date.yearMonth >= world.through && random.chance(30)) || random.chance(3)
        if awaiting {
            record.addEmpty()
            record.addEmpty()
        } else {
            record.add(staff.managers[department])
            let approved = date.adding(days: random.int(0...5))
            record.add(min(approved, world.reviewDate.adding(days: -1)), style: .iso)
        }
    }

    static func typeText(_ type: VisitType, roll: Int) -> String {
        switch type {
        case .onSite: roll < 75 ? "实地" : roll < 90 ? "on_site" : "实地走访"
        case .phone: roll < 80 ? "电话" : "phone"
        case .other: roll < 80 ? "其他" : "other"
        }
    }

    private func writeBad(_ number: Int, customer index: Int, month: YearMonth, record: inout SampleRecord,
                          profile: SampleProfile, writer: SampleCSVWriter) throws -> SampleBadRow {
        let bad = BadRow.allCases[number]
        let customer = world.customer(min(index, world.customers - 1))
        record.reset()
        appendRow(customer, date: month.firstDay.adding(days: 9), visit: 1_000 + number,
                  type: .onSite, profile: profile, to: &record)
        var column: String?
        var value: String?
        let problem: DataProblem
        let what: String
        switch bad {
        case .impossibleDate:
            column = "拜访日期"
            value = "\(world.through.year)-13-01"
            problem = .notADate
            what = "month 13"
        case .unknownCustomer:
            column = "客户编号"
            value = world.unknownCustomerID
            problem = .unknownCustomer
            what = "visit to a customer id not in customers.csv"
        case .afterReviewDate:
            column = "拜访日期"
            value = world.reviewDate.adding(days: 5).description
            problem = .visitAfterAsOf(asOf: world.reviewDate)
            what = "visit dated after the review date \(world.reviewDate)"
        case .unquotedComma:
            record.replaceField(Self.header.firstIndex(of: "备注") ?? 13, with: "客户反馈,需跟进", quoted: false)
            problem = .wrongFieldCount(expected: Self.header.count, found: Self.header.count + 1)
            what = "unquoted comma in 备注 makes one field too many"
        case .unknownVisitType:
            column = "拜访方式"
            value = "视频"
            problem = .notAVisitType
            what = "visit type neither on-site, phone nor other"
        case .strayQuote:
            column = "实际沟通内容"
            value = "客户称\"价格偏高\""
            record.replaceField(Self.header.firstIndex(of: "实际沟通内容") ?? 10, with: value ?? "", quoted: false)
            problem = .strayQuote
            what = "unescaped quotes inside an unquoted field"
        }
        if let column, let value, bad != .strayQuote {
            record.replaceField(Self.header.firstIndex(of: column) ?? 0, with: value)
        }
        let line = try writer.write(record)
        return SampleBadRow(file: Self.name, line: line, column: column, value: value, problem: problem, what: what)
    }
}

extension VisitType {
    /// The order the sample plans visit types in: on-site, phone, other.
    static let sampleCases: [VisitType] = [.onSite, .phone, .other]
}
