/// Reads receivables.csv (应收明细) row by row, handing each usable row on without keeping the
/// file.
enum ReceivablesFile {
    struct Fields {
        let number, customerID, date, amount, received, due, kind, volume: Field

        init(_ map: ColumnMap) {
            number = map.field("invoice_no")
            customerID = map.field("customer_id")
            date = map.field("invoice_date")
            amount = map.field("amount")
            received = map.field("received")
            due = map.field("due_date")
            kind = map.field("kind")
            volume = map.field("volume")
        }
    }

    /// - Parameter ceiling: what all the rows may add up to (`ReceivableCeiling.run`); a row
    ///   past it is a data issue.
    static func read(_ table: InputTable, knownCustomer: (String) -> Bool, ceiling: ReceivableCeiling = .run,
                     issues: inout [DataIssue], _ body: (Receivable) -> Void) throws {
        var invoiceNumbers = InvoiceNumberRegister()
        var ceiling = ceiling
        try table.read(issues: &issues, prepare: Fields.init) { row, f, issues in
            let number = row.required(f.number, &issues)
            let customerID = row.required(f.customerID, &issues)
            let date = row.requiredDate(f.date, &issues)
            var amount: Money?
            switch row.amount(f.amount, &issues, effect: .rowLeftOut) {
            case .value(let a): amount = a
            case .invalid: amount = nil
            case .absent: issues.append(row.issue(f.amount, .missingValue, .rowLeftOut))
            }
            // SPEC §3: an empty cell or a missing column is 0 received.
            let received = row.amount(f.received, &issues, effect: .rowLeftOut)
            // A bad due date would misplace the amount among the overdue; the row waits for a fix.
            let due = row.date(f.due, &issues, effect: .rowLeftOut)
            let kind = row.choice(f.kind, &issues, problem: .notAReceivableKind, effect: .rowLeftOut, ReceivableKind.init(cell:))
            let volume: ExactDecimal?
            if let bytes = row.bytes(f.volume), !bytes.isEmpty {
                volume = VolumeParser.parse(bytes)
                if volume == nil { issues.append(row.issue(f.volume, .notANumber, .valueLeftEmpty)) }
            } else {
                volume = nil
            }
            guard let number, let customerID, let date, let amount,
                  !received.isInvalid, !due.isInvalid, !kind.isInvalid else { return }
            guard knownCustomer(customerID) else {
                issues.append(row.issue(f.customerID, .unknownCustomer, .rowLeftOut))
                return
            }
            if let firstLine = invoiceNumbers.firstLine(of: number, line: row.line) {
                issues.append(row.issue(f.number, .duplicateInvoice(firstLine: firstLine), .rowLeftOut))
                return
            }
            let receivable = Receivable(invoiceNumber: number, customerID: customerID, invoiceDate: date, amount: amount,
                                        received: received.value ?? .zero, dueDate: due.value, kind: kind.value ?? .invoice,
                                        volume: volume, line: row.line)
            guard ceiling.admit(amount: amount, outstanding: receivable.outstanding, volume: volume) else {
                issues.append(row.issue(f.amount, .amountsAddUpTooFar, .rowLeftOut))
                return
            }
            body(receivable)
        }
    }
}

/// The invoice numbers seen so far, to report a number used twice, kept as 64-bit FNV-1a
/// hashes with the first line: 12 bytes a row instead of the text, for millions of rows.
///
/// Two different numbers share a hash with a probability of about n²/2⁶⁵ (4·10⁻⁶ at twelve
/// million rows); the hash is fixed, so the same file always gives the same answer.
struct InvoiceNumberRegister {
    private var firstLines: [UInt64: Int32] = [:]

    /// The line where `number` was first seen, or nil (and `line` is recorded) when it is new.
    mutating func firstLine(of number: String, line: Int) -> Int? {
        let key = Self.fnv1a(number)
        if let first = firstLines[key] { return Int(first) }
        firstLines[key] = Int32(clamping: line)
        return nil
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
