/// receivables.csv (应收明细) as an accounting system exports it: plain UTF-8 without byte
/// order mark, English headers, semicolon-delimited, LF; in date order, numbered by month.
///
/// Each month a signed customer doing business is invoiced about once (A more, C less), now
/// and then with an advance (垫资) or a credit note. Old invoices are mostly paid, the last
/// month's mostly open; slow and bad payers leave invoices open for months. Dates and
/// amounts come in every shape SPEC §3 lists, exact to the fen.
struct SampleReceivablesFile {
    static let name = "receivables.csv"
    static let header = ["invoice_no", "customer_id", "invoice_date", "amount", "received", "due_date", "kind", "volume"]

    enum BadRow: CaseIterable {
        case amountWithBadGrouping
        case amountTooPrecise
        case receivedNotAnAmount
        case impossibleDate
        case unknownCustomer
        case duplicateInvoice
        case lineInGBK
        case cutShort
        case unknownKind
    }

    let world: SampleWorld
    /// Digits of the number in an invoice number (`YS202610-000123`).
    private let invoiceWidth: Int

    init(world: SampleWorld) {
        self.world = world
        invoiceWidth = max(5, String(world.customers * 4).count)
    }

    func write(_ writer: SampleCSVWriter) throws -> SampleFileOutcome {
        var record = try writer.writeHeader(Self.header, delimiter: UInt8(ascii: ";"))
        var outcome = SampleFileOutcome()
        var schedule = SampleBadRowSchedule(count: BadRow.allCases.count, expectedGoodRows: world.customers * world.months / 2)
        var monthRows = SampleMonthSchedule()
        var previous: (number: String, line: Int)?
        var lastCustomer = 0
        for month in world.monthsWritten {
            monthRows.removeAll()
            for index in 0..<world.customers {
                plan(world.customer(index), month: month) { day, item, kind in
                    if world.isWritten(day: day, of: month) { monthRows.add(day: day, customer: index, item: item, kind: kind) }
                }
            }
            monthRows.sort()
            var sequence = 0
            var cached: SampleCustomer?
            for entry in monthRows.entries {
                while let bad = schedule.due(afterGoodRows: outcome.goodRows) {
                    sequence += 1
                    try writeBad(bad, customer: lastCustomer, month: month, sequence: &sequence,
                                 previous: &previous, record: &record, writer: writer, outcome: &outcome)
                }
                let (day, index, item, kind) = SampleMonthSchedule.decode(entry)
                if cached?.index != index { cached = world.customer(index) }
                guard let customer = cached else { continue }
                sequence += 1
                record.reset()
                let (amount, received) = appendRow(customer, date: month.firstDay.adding(days: day - 1), item: item,
                                                   advance: kind == 1, sequence: sequence, to: &record)
                let line = try writer.write(record)
                outcome.goodRows += 1
                outcome.invoiced += amount
                outcome.received += received
                lastCustomer = index
                if previous == nil || sequence % 50 == 0 { previous = (record.writtenField(0), line) }
            }
        }
        var sequence = 900_000
        while let bad = schedule.remaining() {
            sequence += 1
            try writeBad(bad, customer: lastCustomer, month: world.through, sequence: &sequence,
                         previous: &previous, record: &record, writer: writer, outcome: &outcome)
        }
        return outcome
    }

    /// Calls `invoice(day, number, kind)` (kind 1: an advance) for each receivable of
    /// `customer` in `month`. The first business day holds the customer's first invoice.
    func plan(_ customer: SampleCustomer, month: YearMonth, _ invoice: (Int, Int, Int) -> Void) {
        guard customer.doesBusiness(in: month), let firstBusiness = customer.firstBusiness else { return }
        var random = SampleRandom(seed: world.seed, .invoicePlan, customer.index, month.monthIndex)
        var count = switch (customer.status, customer.tier) {
        case (.signed, .a): 1 + (random.chance(70) ? 1 : 0) + (random.chance(50) ? 1 : 0) + (random.chance(30) ? 1 : 0)
        case (.signed, .b): 1 + (random.chance(60) ? 1 : 0) + (random.chance(15) ? 1 : 0)
        default: (random.chance(95) ? 1 : 0) + (random.chance(35) ? 1 : 0)
        }
        let firstMonth = firstBusiness.yearMonth == month
        if firstMonth { count = max(count, 1) }
        for item in 0..<count {
            let day = firstMonth && item == 0
                ? firstBusiness.day
                : world.workingDay(in: month, from: firstMonth ? firstBusiness.day : 1, random: &random).day
            let advance = !(firstMonth && item == 0) && random.chance(4)
            invoice(day, item, advance ? 1 : 0)
        }
    }

    /// Writes one receivable; returns its amount and the amount received, for the totals.
    @discardableResult
    private func appendRow(_ customer: SampleCustomer, date: CalendarDate, item: Int, advance: Bool,
                           sequence: Int, chineseDate: Bool = false, to record: inout SampleRecord) -> (Money, Money) {
        var random = SampleRandom(seed: world.seed, .invoiceDetail, customer.index, date.yearMonth.monthIndex, item)
        record.beginField()
        record.append("YS")
        record.appendPadded(date.year, width: 4)
        record.appendPadded(date.month, width: 2)
        record.append(ascii: UInt8(ascii: "-"))
        record.appendPadded(sequence, width: invoiceWidth)
        record.endField()
        world.addCustomerID(customer.index, to: &record)

        let styleRoll = random.below(100)
        let drawnStyle: SampleDateStyle = switch styleRoll {
        case 0..<61: .iso
        case 61..<80: .slash
        case 80..<85: .dot
        case 85..<93: .chinese
        default: .compact
        }
        let dateStyle = chineseDate ? .chinese : drawnStyle
        let time = !chineseDate && random.chance(10) ? SampleTime(hour: random.int(0...23), minute: random.below(60), second: random.below(60)) : nil
        record.add(date, style: dateStyle, time: dateStyle == .compact || dateStyle == .dot ? nil : time)

        let creditNote = !advance && item > 0 && random.chance(perMille: 3)
        let amount = creditNote ? Money(fen: -Int64(random.int(100...5_000)) * 100) : Self.amount(customer.tier, advance: advance, &random)
        let received: Money = creditNote ? amount : receivedAmount(amount, customer: customer, month: date.yearMonth, advance: advance, &random)
        var amountStyle = SampleAmountStyle.allCases[random.weighted([45, 10, 20, 8, 7, 10])]
        // The GBK line cannot hold ¥ (U+00A5), which GBK lacks; ￥ it has.
        if chineseDate, amountStyle == .yenHalfWidth { amountStyle = .yenFullWidth }
        let parentheses = random.chance(50)
        record.add(amount, style: amountStyle, parenthesesForNegative: parentheses)
        if received == .zero {
            switch random.below(4) {
            case 0, 1: record.addEmpty()
            case 2: record.add("0")
            default: record.add("0.00")
            }
        } else {
            record.add(received, style: amountStyle, parenthesesForNegative: parentheses)
        }
        if random.chance(40) {
            let term = customer.tier == .a ? 60 : customer.tier == .b ? 45 : 30
            record.add(date.adding(days: term), style: dateStyle)
        } else {
            record.addEmpty()
        }
        let kindRoll = random.below(100)
        if advance {
            record.add(chineseDate || kindRoll < 40 ? "垫资" : "advance")
        } else {
            record.add(kindRoll < 70 ? "invoice" : kindRoll < 90 ? "发票" : "")
        }
        if !advance, !creditNote, random.chance(75) {
            // Tons at 300–800 yuan a ton, to one decimal.
            let tenths = Int(amount.fen) / (random.int(300...800) * 10)
            record.beginField()
            record.append(tenths / 10)
            record.append(ascii: UInt8(ascii: "."))
            record.append(tenths % 10)
            record.endField()
        } else {
            record.addEmpty()
        }
        return (amount, received)
    }

    /// An invoice amount by tier, in whole yuan, tens of fen or any fen.
    static func amount(_ tier: Tier, advance: Bool, _ random: inout SampleRandom) -> Money {
        let range = switch tier {
        case .a: 20_000...300_000
        case .b: 5_000...80_000
        case .c: 500...20_000
        }
        let yuan = random.int(advance ? 2_000...50_000 : range)
        let shape = random.below(100)
        let fen = shape < 45 ? 0 : shape < 60 ? random.int(1...9) * 10 : random.int(1...99)
        return Money(fen: Int64(yuan) * 100 + Int64(fen))
    }

    /// How much of an invoice is paid by the end of the data, by the customer's habit and the
    /// invoice's age in months.
    private func receivedAmount(_ amount: Money, customer: SampleCustomer, month: YearMonth, advance: Bool,
                                _ random: inout SampleRandom) -> Money {
        let age = min(3, max(0, world.through.months(since: month)))
        // Chances in per cent of (open, partly paid); the rest is paid in full.
        let table: [(Int, Int)] = switch customer.payment {
        case .prompt: [(60, 15), (20, 15), (5, 5), (1, 1)]
        case .slow: [(80, 10), (50, 20), (30, 20), (8, 10)]
        case .bad: [(85, 10), (70, 15), (60, 15), (45, 25)]
        }
        var (open, partial) = table[age]
        if advance { (open, partial) = age < 3 ? (40, 10) : (15, 5) }
        let roll = random.below(100)
        if roll < open { return .zero }
        if roll < open + partial {
            let part = amount.fen * Int64(random.int(20...80)) / 100
            return Money(fen: part - part % 100)
        }
        return amount
    }

    private func writeBad(_ number: Int, customer index: Int, month: YearMonth, sequence: inout Int,
                          previous: inout (number: String, line: Int)?, record: inout SampleRecord,
                          writer: SampleCSVWriter, outcome: inout SampleFileOutcome) throws {
        let bad = BadRow.allCases[number]
        let customer = world.customer(min(index, world.customers - 1))
        let date = month.firstDay.adding(days: 11)
        if bad == .duplicateInvoice, previous == nil {
            // A sample without any invoice yet: write the good one the duplicate repeats.
            record.reset()
            let (amount, received) = appendRow(customer, date: date, item: 999, advance: false, sequence: sequence, to: &record)
            previous = (record.writtenField(0), try writer.write(record))
            outcome.goodRows += 1
            outcome.invoiced += amount
            outcome.received += received
            sequence += 1
        }
        record.reset()
        appendRow(customer, date: date, item: 1_000 + number, advance: bad == .lineInGBK, sequence: sequence,
                  chineseDate: bad == .lineInGBK, to: &record)
        var column: String?
        var value: String?
        let problem: DataProblem
        let what: String
        switch bad {
        case .amountWithBadGrouping:
            (column, value) = ("amount", "1,5")
            problem = .notAnAmount
            what = "'1,5' is neither 1.5 nor 15"
        case .amountTooPrecise:
            (column, value) = ("amount", "12.345")
            problem = .amountTooPrecise
            what = "amount with three decimals"
        case .receivedNotAnAmount:
            (column, value) = ("received", "abc")
            problem = .notAnAmount
            what = "received is not an amount"
        case .impossibleDate:
            (column, value) = ("invoice_date", "\(world.through.year)-02-30")
            problem = .notADate
            what = "impossible invoice date"
        case .unknownCustomer:
            (column, value) = ("customer_id", world.unknownCustomerID)
            problem = .unknownCustomer
            what = "invoice for a customer id not in customers.csv"
        case .duplicateInvoice:
            let original = previous ?? (record.writtenField(0), 1)
            (column, value) = ("invoice_no", original.number)
            problem = .duplicateInvoice(firstLine: original.line)
            what = "invoice number already used on line \(original.line)"
        case .lineInGBK:
            column = "invoice_date"
            problem = .foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8)
            what = "a line pasted in GBK into a UTF-8 file"
        case .cutShort:
            record.truncate(toFields: 6)
            problem = .wrongFieldCount(expected: Self.header.count, found: 6)
            what = "row cut short after 6 fields"
        case .unknownKind:
            (column, value) = ("kind", "返利")
            problem = .notAReceivableKind
            what = "kind neither invoice nor advance"
        }
        if let column, let value {
            record.replaceField(Self.header.firstIndex(of: column) ?? 0, with: value)
        }
        let line = bad == .lineInGBK ? try writer.writeInGBK(record) : try writer.write(record)
        outcome.badRows.append(SampleBadRow(file: Self.name, line: line, column: column, value: value, problem: problem, what: what))
    }
}
