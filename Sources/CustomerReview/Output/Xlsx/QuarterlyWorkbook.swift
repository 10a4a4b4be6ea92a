/// The quarterly adjustment's workbook, in the monthly workbook's house style: a summary of
/// the movements, every customer's proposal, the changes, the contract gaps, the lists for
/// (re)assignment, movements per salesperson and department, data issues.
public enum QuarterlyWorkbook {
    public static func write(_ report: QuarterlyReport, language: ReportLanguage, to path: String) throws {
        let title = Label.quarterlyTitle.text(language)
        let wb = try ReportWorkbook(path: path, title: title, asOf: report.asOf, language: language,
                                    rows: report.customers.count * 2 + report.dataIssues.count + EvaluationSheets.rows(report))
        var second = "\(wb.label(.quarter)): \(report.quarter)    \(wb.label(.asOf)): \(report.asOf)"
        second += "    \(wb.label(.previousSnapshot)): \(report.previousSnapshot?.description ?? wb.label(.none))"
        let heading = [title + " " + report.quarter.description, second]
        let marks = ReviewMarks.inForce(report.settings, language)
        let summary = try wb.sheet(.sheetSummary, title: heading, columns: [
            XlsxColumn(wb.label(.item), width: 34), XlsxColumn(wb.label(.figure), .integer, width: 14),
            ReportWorkbook.noteColumn,
        ])
        try customers(report, wb: wb, heading: heading, sheetName: .sheetCustomers, lines: report.customers, marks: marks)
        try customers(report, wb: wb, heading: heading, sheetName: .sheetTierChanges, lines: report.changes, marks: marks)
        try EvaluationSheets(report: report, wb: wb, heading: heading).writeAll()
        try reassignment(report, wb: wb, heading: heading, marks: marks)
        try counts(report, wb: wb, heading: heading)
        try DataIssueSheet.write(report.dataIssues, wb: wb, heading: heading)

        let t = report.totals
        var categories: [(Label, Int)] = [(.movementUp, t.up), (.movementDown, t.down), (.movementSame, t.same),
                                          (.movementNew, t.new), (.movementNone, t.unscored)]
        try wb.append([.text(wb.label(.headlineCustomers)), .integer(Int64(t.customers))], to: summary)
        // The movements under a caption, each by its short name, so that the chart labels all
        // five in the table's order.
        try wb.append([.text(wb.label(.headlineMovements))], to: summary)
        var first: XlsxRowPosition?
        var last: XlsxRowPosition?
        for (label, count) in categories {
            let position = try wb.append([.text(wb.label(label)), .integer(Int64(count))], to: summary)
            first = first ?? position
            last = position
        }
        let e = report.evaluation
        categories = [(.contractGap, t.contractGaps), (.sheetReassignment, t.reassignment),
                      (.headlineToEvaluate, e.toEvaluate), (.headlineComplete, e.complete),
                      (.headlineIncomplete, e.incomplete.count), (.headlineNotEvaluated, e.notEvaluated),
                      (.headlineDisagreements, e.disagreements.count), (.headlineNearBound, e.nearBound.count),
                      (.headlineDataIssues, report.dataIssues.count)]
        for (label, count) in categories {
            try wb.append([.text(wb.label(label)), .integer(Int64(count))], to: summary)
        }
        // Where the scores came from, per indicator (customers to evaluate).
        for (k, indicator) in report.evaluations.indicators.enumerated() {
            let name = EvaluationText.indicatorName(indicator, language)
            for source in PolicySettings.ScoreSource.allCases {
                try wb.append([.text(name + " · " + EvaluationText.source(source, language)),
                               .integer(Int64(e.sourceCounts[k][source] ?? 0))], to: summary)
            }
            try wb.append([.text(name + " · " + EvaluationText.source(nil, language)), .integer(Int64(e.unscoredByIndicator[k]))],
                          to: summary)
        }
        if let first, let last, let names = XlsxCellRange(column: 0, from: first, through: last),
           let values = XlsxCellRange(column: 1, from: first, through: last) {
            try wb.chart(XlsxChart(.bar, title: wb.label(.headlineMovements), valueAxisName: wb.label(.customers),
                                   series: [.init(name: wb.label(.customers), categories: names, values: values)]),
                         on: summary, row: 2, column: 3)
        }
        try wb.appendNotes(to: summary, coverage: report.coverage)
        try wb.close()
    }

    static func customers(_ report: QuarterlyReport, wb: ReportWorkbook, heading: [String], sheetName: Label,
                          lines: [QuarterlyLine], marks: [String]) throws {
        var columns = [
            XlsxColumn(wb.label(.customerID), width: 12), XlsxColumn(wb.label(.customerName), width: 28),
            XlsxColumn(wb.label(.status), width: 8), XlsxColumn(wb.label(.salesperson), width: 10),
            XlsxColumn(wb.label(.department), width: 12), XlsxColumn(wb.label(.score), .score),
            XlsxColumn(wb.label(.previousScore), .score), XlsxColumn(wb.label(.scoreChange), .score),
            XlsxColumn(wb.label(.previousTier), width: 8), XlsxColumn(wb.label(.tierSource), width: 10),
            XlsxColumn(wb.label(.proposedTier), width: 8), XlsxColumn(wb.label(.movement), width: 10),
            XlsxColumn(wb.label(.snapshotTier), width: 8), XlsxColumn(wb.label(.policyChanges), .wrappedText, width: 48),
            XlsxColumn(wb.label(.contractGap), width: 18), XlsxColumn(wb.label(.outstanding), .money),
            XlsxColumn(wb.label(.overThreeMonths), .money), XlsxColumn(wb.label(.overdue), .money),
        ]
        columns += wb.reviewColumns(marks: marks, asOf: report.asOf)
        let sheet = try wb.sheet(sheetName, title: heading, columns: columns, highlights: [
            XlsxHighlight(.textEquals(wb.label(.movementDown)), column: 11, highlighting: 0...11),
            XlsxHighlight(.textEquals(wb.label(.movementUp)), column: 11, highlighting: 0...11, style: .good),
            XlsxHighlight(.textEquals(wb.label(.movementNone)), column: 11, highlighting: 0...11, style: .warning),
        ], frozenColumns: 2)
        for line in lines {
            let c = line.customer
            try wb.append([
                .text(c.id), .text(c.name), .text(ValueNames.status(c.status).text(wb.language)),
                .text(orBlank: c.salesperson), .text(orBlank: c.department), .score(orBlank: line.score),
                .score(orBlank: line.previousScore), .score(orBlank: line.scoreChange),
                .text(orBlank: line.previousTier?.rawValue), .text(ValueNames.tierSource(line.previousSource).text(wb.language)),
                .text(orBlank: line.proposedTier?.rawValue), .text(ValueNames.movement(line.movement).text(wb.language)),
                .text(orBlank: line.snapshotTier?.rawValue),
                .text(line.policyChanges.map { $0.text(wb.language) }.joined(separator: "\n")),
                .text(orBlank: line.contractGap.map { ValueNames.contractState($0).text(wb.language) }),
                .money(line.receivables.outstanding), .money(line.receivables.overThreeMonths), .money(line.receivables.overdue),
            ] + ReportWorkbook.reviewBlanks, to: sheet)
        }
    }

    static func reassignment(_ report: QuarterlyReport, wb: ReportWorkbook, heading: [String], marks: [String]) throws {
        let columns = [
            XlsxColumn(wb.label(.customerID), width: 12), XlsxColumn(wb.label(.customerName), width: 28),
            XlsxColumn(wb.label(.status), width: 8), XlsxColumn(wb.label(.salesperson), width: 10),
            XlsxColumn(wb.label(.department), width: 12), XlsxColumn(wb.label(.createdDate), .date),
            XlsxColumn(wb.label(.reassignmentReasons), width: 30), XlsxColumn(wb.label(.proposedTier), width: 8),
        ] + wb.reviewColumns(marks: marks, asOf: report.asOf)
        let sheet = try wb.sheet(.sheetReassignment, title: heading, columns: columns, frozenColumns: 2)
        for line in report.reassignment {
            let c = line.customer
            try wb.append([
                .text(c.id), .text(c.name), .text(ValueNames.status(c.status).text(wb.language)),
                .text(orBlank: c.salesperson), .text(orBlank: c.department), .date(orBlank: c.createdDate),
                .text(line.reassignment.map { ValueNames.reassignment($0).text(wb.language) }.joined(separator: "; ")),
                .text(orBlank: line.proposedTier?.rawValue),
            ] + ReportWorkbook.reviewBlanks, to: sheet)
        }
    }

    static func counts(_ report: QuarterlyReport, wb: ReportWorkbook, heading: [String]) throws {
        let columns = [
            XlsxColumn(wb.label(.salesperson), width: 12), XlsxColumn(wb.label(.department), width: 12),
            XlsxColumn(wb.label(.customers), .integer), XlsxColumn(wb.label(.movementUp), .integer),
            XlsxColumn(wb.label(.movementDown), .integer), XlsxColumn(wb.label(.movementSame), .integer),
            XlsxColumn(wb.label(.movementNew), .integer), XlsxColumn(wb.label(.movementNone), .integer),
            XlsxColumn(wb.label(.contractGap), .integer), XlsxColumn(wb.label(.sheetReassignment), .integer),
        ]
        let sheet = try wb.sheet(.sheetMovements, title: heading, columns: columns)
        for m in report.salespeople {
            try wb.append(row(m, name: m.name ?? wb.label(.unassigned), department: m.department), to: sheet)
        }
        for m in report.departments {
            try wb.append(row(m, name: wb.label(.total), department: m.name ?? wb.label(.unassigned)), to: sheet)
        }
        try wb.append(row(report.totals, name: wb.label(.total), department: nil), to: sheet)
    }

    static func row(_ m: MovementCounts, name: String, department: String?) -> [XlsxCell] {
        [.text(name), .text(orBlank: department), .integer(Int64(m.customers)), .integer(Int64(m.up)),
         .integer(Int64(m.down)), .integer(Int64(m.same)), .integer(Int64(m.new)), .integer(Int64(m.unscored)),
         .integer(Int64(m.contractGaps)), .integer(Int64(m.reassignment))]
    }
}
