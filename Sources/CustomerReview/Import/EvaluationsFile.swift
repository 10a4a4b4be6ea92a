/// Reads evaluations.csv (客户评估表): one row per evaluator and customer, one column per
/// indicator; an empty indicator cell means the evaluator did not score it.
///
/// Every row is checked (unknown customer, unknown group, a score outside 0–100, a date after
/// the as-of date, the same evaluator twice for a customer in one quarter); only rows dated in
/// `window` are kept. A row with no indicator score at all (a form line left blank) is not an
/// evaluation and is counted, not kept.
enum EvaluationsFile {
    struct Fields {
        let customerID, evaluator, group, date: Field
        let indicators: [Field]

        init(_ map: ColumnMap, indicators: [PolicySettings.Indicator]) {
            customerID = map.field("customer_id")
            evaluator = map.field("evaluator")
            group = map.field("group")
            date = map.field("evaluation_date")
            self.indicators = indicators.map { map.field($0.id) }
        }
    }

    struct Outcome {
        var book: EvaluationBook
        var usableRows = 0
        /// Rows with no indicator score at all.
        var blankRows = 0
    }

    static func read(_ table: InputTable, settings: PolicySettings, indexByID: [String: Int], asOf: CalendarDate,
                     window: ClosedRange<CalendarDate>, issues: inout [DataIssue]) throws -> Outcome {
        let committee = settings.evaluation
        var outcome = Outcome(book: EvaluationBook(indicatorCount: settings.indicators.count))
        // (customer, evaluator, quarter) → first line, to find the same evaluation twice.
        var firstLine: [EvaluationKey: Int] = [:]
        try table.read(issues: &issues, prepare: { Fields($0, indicators: settings.indicators) }) { row, f, issues in
            var scores: [ExactDecimal?] = []
            var invalidScore = false
            for field in f.indicators {
                guard let bytes = row.bytes(field), !bytes.isEmpty else {
                    scores.append(nil)
                    continue
                }
                guard let value = ExactDecimal(utf8: bytes), value.scale <= 2 else {
                    issues.append(row.issue(field, .notANumber, .rowLeftOut))
                    invalidScore = true
                    continue
                }
                guard value >= ExactDecimal(0), value <= ExactDecimal(100) else {
                    issues.append(row.issue(field, .scoreOutOfRange, .rowLeftOut))
                    invalidScore = true
                    continue
                }
                scores.append(value)
            }
            let customerID = row.required(f.customerID, &issues)
            if !invalidScore, scores.allSatisfy({ $0 == nil }), row.optionalText(f.evaluator) == nil,
               row.optionalText(f.date) == nil {
                // A form line nobody filled in.
                outcome.blankRows += 1
                return
            }
            let evaluator = row.required(f.evaluator, &issues)
            let groupText = row.required(f.group, &issues)
            let date = row.requiredDate(f.date, &issues)
            guard let customerID, let evaluator, let groupText, let date, !invalidScore else { return }
            guard let customer = indexByID[customerID] else {
                issues.append(row.issue(f.customerID, .unknownCustomer, .rowLeftOut))
                return
            }
            guard let group = committee.groupIndex(named: groupText) else {
                issues.append(row.issue(f.group, .notACommitteeGroup(groups: committee.groups.map(\.name)), .rowLeftOut))
                return
            }
            guard date <= asOf else {
                issues.append(row.issue(f.date, .evaluationAfterAsOf(asOf: asOf), .rowLeftOut))
                return
            }
            let key = EvaluationKey(customer: customer, evaluator: evaluator, quarter: date.yearMonth.quarter.index)
            if let first = firstLine[key] {
                issues.append(row.issue(f.evaluator, .duplicateEvaluation(firstLine: first), .rowLeftOut))
                return
            }
            firstLine[key] = row.line
            outcome.usableRows += 1
            if scores.allSatisfy({ $0 == nil }) {
                outcome.blankRows += 1
                return
            }
            guard window.contains(date) else { return }
            outcome.book.append(CommitteeEvaluation(customer: customer, evaluator: evaluator, group: group, date: date,
                                                    scores: scores, line: row.line))
        }
        outcome.book.seal(customerCount: indexByID.count)
        return outcome
    }

    private struct EvaluationKey: Hashable {
        let customer: Int
        let evaluator: String
        let quarter: Int
    }
}
