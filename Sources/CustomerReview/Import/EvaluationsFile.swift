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
        var evaluatorHeader = "evaluator"
        try table.read(issues: &issues, prepare: { map in
            evaluatorHeader = map.header("evaluator") ?? evaluatorHeader
            return Fields(map, indicators: settings.indicators)
        }) { row, f, issues in
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
            // Every row is kept until the book is sealed, which finds the same evaluator twice
            // in a quarter (by customer, without a table over all rows) and drops the rows
            // outside the window.
            outcome.book.append(CommitteeEvaluation(customer: customer, evaluator: evaluator, group: group, date: date,
                                                    scores: scores, line: row.line))
        }
        let sealed = outcome.book.seal(customerCount: indexByID.count, window: window)
        outcome.usableRows = outcome.book.count + sealed.outsideWindow
        outcome.blankRows += sealed.unscored
        if !sealed.duplicates.isEmpty {
            let found = sealed.duplicates.map { duplicate in
                DataIssue(file: table.kind.fileName, line: duplicate.line, column: evaluatorHeader, value: duplicate.evaluator,
                          problem: .duplicateEvaluation(firstLine: duplicate.firstLine), effect: .rowLeftOut)
            }
            issues = Self.merged(issues, found)
        }
        return outcome
    }

    /// The read issues and the duplicates found after, in line order (each list is already).
    static func merged(_ read: [DataIssue], _ duplicates: [DataIssue]) -> [DataIssue] {
        let sorted = duplicates.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        var result: [DataIssue] = []
        result.reserveCapacity(read.count + sorted.count)
        var j = 0
        for issue in read {
            while j < sorted.count, (sorted[j].line ?? 0) < (issue.line ?? 0) {
                result.append(sorted[j])
                j += 1
            }
            result.append(issue)
        }
        result += sorted[j...]
        return result
    }
}
