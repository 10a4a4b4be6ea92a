/// evaluations.csv (客户评估表) as the committee's forms come back, saved from Excel as "CSV
/// UTF-8": a byte order mark, Chinese headers, commas, CRLF; by customer, one row per group.
///
/// Every signed and potential customer is evaluated in the last month of the quarter before
/// the data's last month, one evaluator of each of the four groups scoring near the customer's
/// own scores; a few customers lack a group, a few have a group far from the others on credit
/// standing (a disagreement), some cells are left empty; five rows are wrong on purpose.
struct SampleEvaluationsFile {
    static let name = "evaluations.csv"
    static let header = ["客户编号", "评估人", "评估部门", "评估日期", "公司规模", "资信状况", "货量规模", "行业影响力"]
    static let groups = ["运管中心", "营销中心", "财务部", "公司高层"]
    static let evaluators = [["赵敏", "吴强"], ["钱进", "郑华"], ["孙丽", "冯洁"], ["周建国", "陈立"]]

    enum BadRow: CaseIterable {
        case unknownGroup
        case scoreOutOfRange
        case duplicateEvaluator
        case unknownCustomer
        case afterReviewDate
    }

    let world: SampleWorld

    /// The month the committee met: the last month of the quarter before the data's last month.
    var month: YearMonth { world.through.quarter.adding(quarters: -1).lastMonth }

    func write(_ writer: SampleCSVWriter) throws -> SampleFileOutcome {
        var record = try writer.writeHeader(Self.header, delimiter: UInt8(ascii: ","))
        var outcome = SampleFileOutcome()
        var schedule = SampleBadRowSchedule(count: BadRow.allCases.count, expectedGoodRows: world.customers * 3)
        var last: Written?
        for index in 0..<world.customers {
            let customer = world.customer(index)
            guard customer.status != .eliminated else { continue }
            var random = SampleRandom(seed: world.seed, .evaluations, index)
            let missingGroup = random.chance(8) ? random.below(4) : nil
            let disagreeing = random.chance(5) ? random.below(4) : nil
            for group in 0..<4 where group != missingGroup {
                while let bad = schedule.due(afterGoodRows: outcome.goodRows) {
                    try writeBad(bad, last: last, record: &record, writer: writer, outcome: &outcome)
                }
                record.reset()
                world.addCustomerID(index, to: &record)
                let evaluator = Self.evaluators[group][random.below(2)]
                record.add(evaluator)
                record.add(Self.groups[group])
                let date = world.workingDay(in: month, from: 10, random: &random)
                record.add(date, style: random.chance(20) ? .slash : .iso)
                for k in 0..<4 {
                    guard let own = customer.score(k) ?? (random.chance(60) ? 6500 : nil), !random.chance(4) else {
                        record.addEmpty()
                        continue
                    }
                    var score = own + random.int(-600...600)
                    if group == disagreeing, k == 1 { score += score > 5000 ? -4500 : 4500 }
                    score = min(10_000, max(0, score))
                    // Whole points mostly, now and then a half.
                    record.add(Self.text(random.chance(85) ? score / 100 * 100 : score / 50 * 50))
                }
                let line = try writer.write(record)
                outcome.goodRows += 1
                last = Written(customer: index, group: group, evaluator: evaluator, date: date, line: line)
            }
        }
        while let bad = schedule.remaining() {
            try writeBad(bad, last: last, record: &record, writer: writer, outcome: &outcome)
        }
        return outcome
    }

    /// Hundredths as `85`, `85.5`, `85.25`.
    static func text(_ hundredths: Int) -> String {
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The last good row written, which some bad rows refer to.
    struct Written {
        var customer: Int
        var group: Int
        var evaluator: String
        var date: CalendarDate
        var line: Int
    }

    private func writeBad(_ number: Int, last: Written?, record: inout SampleRecord,
                          writer: SampleCSVWriter, outcome: inout SampleFileOutcome) throws {
        let bad = BadRow.allCases[number]
        let base = last ?? Written(customer: 0, group: 0, evaluator: Self.evaluators[0][0],
                                   date: month.firstDay.adding(days: 14), line: 0)
        let other = (base.group + 1) % 4
        var columns = [world.customerIDText(base.customer), Self.evaluators[other][0], Self.groups[other],
                       base.date.description, "70", "70", "70", "70"]
        let column: Int
        let problem: DataProblem
        let what: String
        switch bad {
        case .unknownGroup:
            column = 2
            columns[2] = "销售部"
            problem = .notACommitteeGroup(groups: Self.groups)
            what = "a group that is not on the committee"
        case .scoreOutOfRange:
            column = 5
            columns[5] = "105"
            problem = .scoreOutOfRange
            what = "a score above 100"
        case .duplicateEvaluator where last != nil:
            // The evaluator of the row before, for the same customer, again in the quarter.
            column = 1
            columns[1] = base.evaluator
            columns[2] = Self.groups[base.group]
            problem = .duplicateEvaluation(firstLine: base.line)
            what = "the same evaluator twice for a customer in one quarter"
        case .unknownCustomer, .duplicateEvaluator:
            column = 0
            columns[0] = world.unknownCustomerID
            problem = .unknownCustomer
            what = "an evaluation of a customer id not in customers.csv"
        case .afterReviewDate:
            column = 3
            columns[3] = world.reviewDate.adding(days: 3).description
            problem = .evaluationAfterAsOf(asOf: world.reviewDate)
            what = "an evaluation dated after the review date"
        }
        record.reset()
        for value in columns { record.add(value) }
        let line = try writer.write(record)
        outcome.badRows.append(SampleBadRow(file: Self.name, line: line, column: Self.header[column], value: columns[column],
                                            problem: problem, what: what))
    }
}
