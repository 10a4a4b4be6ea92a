extension DataProblem {
    /// What is wrong and what to do, in the report language (the tables of `Words`).
    public func message(_ language: ReportLanguage) -> String {
        language.words.problem(self)
    }

    /// Whether the message speaks of the value itself ("… is not a date"), so that it reads
    /// after the quoted value; other messages speak of the row or the file.
    var describesValue: Bool {
        switch self {
        case .notADate, .notAnAmount, .amountTooPrecise, .amountTooLarge, .notANumber, .scoreOutOfRange,
             .notAStatus, .notATier, .notARelationship, .notAVisitType, .notAReceivableKind, .notAContractType,
             .notACommitteeGroup, .notAProfileAmount:
            true
        default:
            false
        }
    }
}

extension DataIssue.Effect {
    public func description(_ language: ReportLanguage) -> String {
        language.words.effect(self)
    }
}

extension DataIssue {
    /// `visits.csv line 214, visit_date: '2026-13-01' is not a date; … (row left out)`.
    ///
    /// One line whatever the file holds: the column and value are shown through
    /// `ConsoleText.oneLine`, so no control character of the input reaches a terminal.
    public func line(_ language: ReportLanguage) -> String {
        let words = language.words
        var text = file
        if let line { text += words.issueLine(line) }
        if let column { text += ", \(ConsoleText.oneLine(column))" }
        text += ": "
        let value = value.map(ConsoleText.oneLine)
        if let value, problem.describesValue {
            text += "'\(value)' " + words.problem(problem)
        } else {
            text += words.problem(problem)
            if let value { text += words.issueValue(value) }
        }
        text += words.issueEffect(words.effect(effect))
        return text
    }
}
