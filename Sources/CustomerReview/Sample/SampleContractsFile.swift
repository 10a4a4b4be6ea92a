/// contracts.csv (合同) as a contract register exports it: UTF-16LE with a byte order mark,
/// English headers, tab-delimited, CRLF; by customer.
///
/// Most signed customers hold a business contract (renewed each term; the original and the
/// current one are listed) and a long-term agreement, signed before their first business;
/// some hold only a contract, some none, some an expired one, some one that ends within 30
/// days of the review date, and some signed theirs after the first business.
struct SampleContractsFile {
    static let name = "contracts.csv"
    static let header = ["contract_no", "customer_id", "type", "signed_date", "start_date", "end_date"]

    enum BadRow: CaseIterable {
        case impossibleSignedDate
        case endsBeforeStart
        case duplicateNumber
        case unknownType
        case unknownCustomer
    }

    let world: SampleWorld
    private let numberWidth: Int

    init(world: SampleWorld) {
        self.world = world
        numberWidth = max(5, String(world.customers * 3).count)
    }

    /// One row to write.
    private struct Contract {
        var longTerm: Bool
        var signed: CalendarDate
        var start: CalendarDate
        var end: CalendarDate?
    }

    func write(_ writer: SampleCSVWriter) throws -> SampleFileOutcome {
        var record = try writer.writeHeader(Self.header, delimiter: 0x09)
        var outcome = SampleFileOutcome()
        var schedule = SampleBadRowSchedule(count: BadRow.allCases.count, expectedGoodRows: world.customers / 2)
        var sequence = 0
        var previous: (number: String, line: Int)?
        var lastCustomer = 0
        for index in 0..<world.customers {
            let customer = world.customer(index)
            var random = SampleRandom(seed: world.seed, .contracts, index)
            for contract in contracts(of: customer, &random) {
                while let bad = schedule.due(afterGoodRows: outcome.goodRows) {
                    sequence += 1
                    try writeBad(bad, customer: lastCustomer, sequence: &sequence, previous: &previous,
                                 record: &record, writer: writer, outcome: &outcome)
                }
                sequence += 1
                record.reset()
                append(contract, customer: index, sequence: sequence, random: &random, to: &record)
                let line = try writer.write(record)
                outcome.goodRows += 1
                lastCustomer = index
                if previous == nil || sequence % 40 == 0 { previous = (record.writtenField(0), line) }
            }
        }
        while let bad = schedule.remaining() {
            sequence += 1
            try writeBad(bad, customer: lastCustomer, sequence: &sequence, previous: &previous,
                         record: &record, writer: writer, outcome: &outcome)
        }
        return outcome
    }

    private func append(_ contract: Contract, customer: Int, sequence: Int, random: inout SampleRandom,
                        to record: inout SampleRecord) {
        record.beginField()
        record.append(contract.longTerm ? "LT" : "HT")
        record.appendPadded(contract.signed.year, width: 4)
        record.append(ascii: UInt8(ascii: "-"))
        record.appendPadded(sequence, width: numberWidth)
        record.endField()
        world.addCustomerID(customer, to: &record)
        let chinese = random.chance(30)
        record.add(contract.longTerm ? (chinese ? "长期合作协议" : "long_term_agreement") : (chinese ? "业务合同" : "contract"))
        let style: SampleDateStyle = random.chance(15) ? .slash : .iso
        record.add(contract.signed, style: style)
        record.add(contract.start, style: style)
        if let end = contract.end { record.add(end, style: style) } else { record.addEmpty() }
    }

    /// The contracts of one customer, by its plan.
    private func contracts(of customer: SampleCustomer, _ random: inout SampleRandom) -> [Contract] {
        let review = world.reviewDate
        let firstSigned = customer.firstBusiness.map { $0.adding(days: -random.int(1...30)) }
            ?? review.adding(days: -random.int(10...60))
        let term = [1, 1, 1, 2, 2, 3][random.below(6)]
        let openEnded = random.chance(70)
        let agreement = Contract(longTerm: true, signed: firstSigned, start: firstSigned, end: nil)
        switch customer.contractPlan {
        case .none:
            return []
        case .full:
            let agreements = openEnded ? [agreement]
                : terms(from: firstSigned, years: 3, lastEnd: inForceEnd(from: firstSigned, years: 3), longTerm: true, &random)
            return terms(from: firstSigned, years: term, lastEnd: inForceEnd(from: firstSigned, years: term), longTerm: false, &random)
                + agreements
        case .contractOnly:
            return terms(from: firstSigned, years: term, lastEnd: inForceEnd(from: firstSigned, years: term), longTerm: false, &random)
        case .expired:
            let end = customer.status == .eliminated
                ? (customer.inactiveFrom ?? world.windowStart).firstDay.adding(days: -random.int(1...60))
                : review.adding(days: -random.int(5...120))
            guard end.days(since: firstSigned) > 60 else {
                // Too new a customer for a contract to have run out: it holds one in force.
                return customer.status == .eliminated ? []
                    : terms(from: firstSigned, years: term, lastEnd: inForceEnd(from: firstSigned, years: term), longTerm: false, &random)
            }
            let contracts = terms(from: firstSigned, years: term, lastEnd: end, longTerm: false, &random)
            return customer.status == .signed && random.chance(50) ? contracts + [agreement] : contracts
        case .endingSoon:
            return terms(from: firstSigned, years: term, lastEnd: review.adding(days: random.int(1...30)), longTerm: false, &random)
                + [agreement]
        case .signedLate:
            let late = (customer.firstBusiness ?? firstSigned).adding(days: random.int(10...90))
            return terms(from: late, years: term, lastEnd: inForceEnd(from: late, years: term), longTerm: false, &random)
                + [Contract(longTerm: true, signed: late, start: late, end: nil)]
        }
    }

    /// The end of the term, of `years` each from `first`, that is in force on the review date.
    private func inForceEnd(from first: CalendarDate, years: Int) -> CalendarDate {
        var terms = 1
        while Self.adding(years: terms * years, to: first) <= world.reviewDate { terms += 1 }
        return Self.adding(years: terms * years, to: first).adding(days: -1)
    }

    /// The first contract from `first`, and the last renewal, which ends on `lastEnd`; the
    /// renewals in between are not listed. A first contract cut short ends on `lastEnd`.
    private func terms(from first: CalendarDate, years: Int, lastEnd: CalendarDate, longTerm: Bool,
                       _ random: inout SampleRandom) -> [Contract] {
        let firstEnd = Self.adding(years: years, to: first).adding(days: -1)
        guard lastEnd > firstEnd else {
            return [Contract(longTerm: longTerm, signed: first, start: first, end: lastEnd)]
        }
        let lastStart = max(Self.adding(years: -years, to: lastEnd).adding(days: 1), firstEnd.adding(days: 1))
        return [
            Contract(longTerm: longTerm, signed: first, start: first, end: firstEnd),
            Contract(longTerm: longTerm, signed: lastStart.adding(days: -random.int(0...15)), start: lastStart, end: lastEnd),
        ]
    }

    /// The same day `years` later; 29 February becomes the 28th in a common year.
    static func adding(years: Int, to date: CalendarDate) -> CalendarDate {
        CalendarDate(year: date.year + years, month: date.month, day: date.day)
            ?? CalendarDate(dayNumber: CalendarDate.dayNumber(year: date.year + years, month: date.month, day: 28))
    }

    private func writeBad(_ number: Int, customer index: Int, sequence: inout Int,
                          previous: inout (number: String, line: Int)?, record: inout SampleRecord,
                          writer: SampleCSVWriter, outcome: inout SampleFileOutcome) throws {
        let bad = BadRow.allCases[number]
        var random = SampleRandom(seed: world.seed, .badRows, number)
        let start = world.windowFirstDay
        let contract = Contract(longTerm: false, signed: start.adding(days: -3), start: start,
                                end: Self.adding(years: 1, to: start).adding(days: -1))
        if bad == .duplicateNumber, previous == nil {
            // A sample without any contract yet: write the good one the duplicate repeats.
            record.reset()
            append(contract, customer: min(index, world.customers - 1), sequence: sequence, random: &random, to: &record)
            previous = (record.writtenField(0), try writer.write(record))
            outcome.goodRows += 1
            sequence += 1
        }
        record.reset()
        append(contract, customer: min(index, world.customers - 1), sequence: sequence, random: &random, to: &record)
        var column: String?
        var value: String?
        let problem: DataProblem
        let what: String
        switch bad {
        case .impossibleSignedDate:
            var year = world.reviewDate.year - 1
            while CalendarDate.isLeap(year) { year -= 1 }
            (column, value) = ("signed_date", "\(year)-02-29")
            problem = .notADate
            what = "29 February of a common year"
        case .endsBeforeStart:
            (column, value) = ("end_date", start.adding(days: -1).description)
            problem = .contractEndsBeforeStart
            what = "contract ends the day before it starts"
        case .duplicateNumber:
            let original = previous ?? (record.writtenField(0), 1)
            (column, value) = ("contract_no", original.number)
            problem = .duplicateContract(firstLine: original.line)
            what = "contract number already used on line \(original.line)"
        case .unknownType:
            (column, value) = ("type", "框架协议")
            problem = .notAContractType
            what = "type neither contract nor long-term agreement"
        case .unknownCustomer:
            (column, value) = ("customer_id", world.unknownCustomerID)
            problem = .unknownCustomer
            what = "contract of a customer id not in customers.csv"
        }
        if let column, let value {
            record.replaceField(Self.header.firstIndex(of: column) ?? 0, with: value)
        }
        let line = try writer.write(record)
        outcome.badRows.append(SampleBadRow(file: Self.name, line: line, column: column, value: value, problem: problem, what: what))
    }
}
