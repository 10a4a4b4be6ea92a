/// The quarterly adjustment's workbook, in the monthly workbook's house style: a summary of
/// the movements, every customer's proposal, the changes, the contract gaps, the lists for
/// (re)assignment, movements per salesperson and department, data issues.
public enum QuarterlyWorkbook {
    public static func write(_ report: QuarterlyReport, language: ReportLanguage, to path: String) throws {
        try writeSheets(report, language: language, to: path).close()
    }

    /// Every sheet written — the list sheets planned, then written on two threads, then the
    /// summary — leaving only the packing of the file (`close`), which runs on one core.
    /// - Parameter rowLimit: rows per sheet before a numbered continuation sheet (Excel's limit).
    static func writeSheets(_ report: QuarterlyReport, language: ReportLanguage, to path: String,
                            rowLimit: Int = XlsxWorkbookOptions.excelRowLimit,
                            writing: ReportWorkbook.SheetWriting = .standard) throws -> ReportWorkbook {
        let title = Label.quarterlyTitle.text(language)
        let wb = try ReportWorkbook(path: path, title: title, asOf: report.asOf, language: language,
                                    rows: report.customers.count * 2 + report.dataIssues.count + EvaluationSheets.rows(report),
                                    rowLimit: rowLimit, writing: writing)
        var second = "\(wb.label(.quarter)): \(report.quarter)    \(wb.label(.asOf)): \(report.asOf)"
        second += "    \(wb.label(.previousSnapshot)): \(report.previousSnapshot?.description ?? wb.label(.none))"
        let heading = [title + " " + report.quarter.description, second]
        let marks = ReviewMarks.inForce(report.settings, language)
        var summary = try wb.sheet(.sheetSummary, title: heading, table: wb.summaryTable(figure: .integer, width: 14))
        var jobs = [try customers(report, wb: wb, heading: heading, sheetName: .sheetCustomers, lines: report.customers, marks: marks),
                    try customers(report, wb: wb, heading: heading, sheetName: .sheetTierChanges, lines: report.changes, marks: marks)]
        let evaluation = try EvaluationSheets(report: report, wb: wb, heading: heading).planAll()
        jobs += evaluation.jobs
        jobs.append(try reassignment(report, wb: wb, heading: heading, marks: marks))
        jobs.append(try counts(report, wb: wb, heading: heading))
        jobs.append(try DataIssueSheet.plan(report.dataIssues, wb: wb, heading: heading))
        try wb.writeSheets(jobs)
        try evaluation.chart()

        let t = report.totals
        var categories: [(Label, Int)] = [(.movementUp, t.up), (.movementDown, t.down), (.movementSame, t.same),
                                          (.movementNew, t.new), (.movementNone, t.unscored)]
        try summary.append(SummaryLine(.text(wb.label(.headlineCustomers)), .integer(Int64(t.customers))))
        // The movements under a caption, each by its short name, so that the chart labels all
        // five in the table's order.
        try summary.append(SummaryLine(.text(wb.label(.headlineMovements))))
        var first: XlsxRowPosition?
        var last: XlsxRowPosition?
        for (label, count) in categories {
            let position = try summary.append(SummaryLine(.text(wb.label(label)), .integer(Int64(count))))
            first = first ?? position
            last = position
        }
        // The tier mix before and after, as the page's chart labels it: "before → after" in the
        // figure column (a count beside a text in the next column would read as one number).
        let mix = report.tierMix
        try summary.append(SummaryLine(.text(wb.label(.chartTierMixChange)),
                                       .text(wb.label(.previousTier) + " → " + wb.label(.snapshotTier))))
        for tier in TierMix.tiers {
            let before = mix.before[tier] ?? 0, after = mix.after[tier] ?? 0
            try summary.append(SummaryLine(.text(tier?.rawValue ?? wb.label(.untiered)), .text("\(before) → \(after)")))
        }
        let e = report.evaluation
        categories = [(.contractGap, t.contractGaps), (.sheetReassignment, t.reassignment),
                      (.headlineToEvaluate, e.toEvaluate), (.headlineComplete, e.complete),
                      (.headlineIncomplete, e.incomplete.count), (.headlineNotEvaluated, e.notEvaluated),
                      (.headlineDisagreements, e.disagreements.count), (.headlineNearBound, e.nearBound.count),
                      (.headlineDataIssues, report.dataIssues.count)]
        for (label, count) in categories {
            try summary.append(SummaryLine(.text(wb.label(label)), .integer(Int64(count))))
        }
        // Where the scores came from, per indicator (customers to evaluate).
        for (k, indicator) in report.evaluations.indicators.enumerated() {
            let name = EvaluationText.indicatorName(indicator, language)
            for source in PolicySettings.ScoreSource.allCases {
                try summary.append(SummaryLine(.text(name + " · " + EvaluationText.source(source, language)),
                                               .integer(Int64(e.sourceCounts[k][source] ?? 0))))
            }
            try summary.append(SummaryLine(.text(name + " · " + EvaluationText.source(nil, language)),
                                           .integer(Int64(e.unscoredByIndicator[k]))))
        }
        if let first, let last, let names = summary.range(SummaryLine.itemColumn, from: first, through: last),
           let values = summary.range(SummaryLine.figureColumn, from: first, through: last) {
            try wb.chart(XlsxChart(.bar, title: wb.label(.headlineMovements), valueAxisName: wb.label(.customers),
                                   series: [.init(name: wb.label(.customers), categories: names, values: values)]),
                         on: summary.sheet, row: 2, column: 3)
        }
        try wb.appendNotes(to: &summary, coverage: report.coverage)
        return wb
    }

    static func customers(_ report: QuarterlyReport, wb: ReportWorkbook, heading: [String], sheetName: Label,
                          lines: [QuarterlyLine], marks: [String]) throws -> XlsxSheetJob {
        let language = wb.language
        var t = wb.table(of: QuarterlyLine.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.status, width: 8) { .text(ValueNames.status($0.customer.status).text(language)) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.customer.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.customer.department) }
        t.add(.score, .score) { .score(orBlank: $0.score) }
        t.add(.previousScore, .score) { .score(orBlank: $0.previousScore) }
        t.add(.scoreChange, .score) { .score(orBlank: $0.scoreChange) }
        t.add(.previousTier, width: 8) { .text(orBlank: $0.previousTier?.rawValue) }
        t.add(.tierSource, width: 10) { .text(ValueNames.tierSource($0.previousSource).text(language)) }
        t.add(.proposedTier, width: 8) { .text(orBlank: $0.proposedTier?.rawValue) }
        t.add(.movement, width: 10, highlights: [
            ColumnHighlight(.textEquals(wb.label(.movementDown)), .lineThroughHere),
            ColumnHighlight(.textEquals(wb.label(.movementUp)), .lineThroughHere, .good),
            ColumnHighlight(.textEquals(wb.label(.movementNone)), .lineThroughHere, .warning),
        ]) { .text(ValueNames.movement($0.movement).text(language)) }
        t.add(.snapshotTier, width: 8) { .text(orBlank: $0.snapshotTier?.rawValue) }
        t.add(.policyChanges, .wrappedText, width: 48) { .text($0.policyChanges.map { $0.text(language) }.joined(separator: "\n")) }
        t.add(.contractGap, width: 18) { .text(orBlank: $0.contractGap.map { ValueNames.contractState($0).text(language) }) }
        t.add(.outstanding, .money) { .money($0.receivables.outstanding) }
        t.add(.overThreeMonths, .money) { .money($0.receivables.overThreeMonths) }
        t.add(.overdue, .money) { .money($0.receivables.overdue) }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        return try wb.sheet(sheetName, title: heading, table: t, rows: lines)
    }

    static func reassignment(_ report: QuarterlyReport, wb: ReportWorkbook, heading: [String], marks: [String]) throws -> XlsxSheetJob {
        let language = wb.language
        var t = wb.table(of: QuarterlyLine.self)
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.status, width: 8) { .text(ValueNames.status($0.customer.status).text(language)) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.customer.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.customer.department) }
        t.add(.createdDate, .date) { .date(orBlank: $0.customer.createdDate) }
        t.add(.reassignmentReasons, width: 30) {
            .text($0.reassignment.map { ValueNames.reassignment($0).text(language) }.joined(separator: "; "))
        }
        t.add(.proposedTier, width: 8) { .text(orBlank: $0.proposedTier?.rawValue) }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        return try wb.sheet(.sheetReassignment, title: heading, table: t, rows: report.reassignment)
    }

    /// One row of the movements sheet: a salesperson's, a department's or the company's counts.
    struct MovementRow {
        let name: String
        let department: String?
        let counts: MovementCounts
    }

    static func counts(_ report: QuarterlyReport, wb: ReportWorkbook, heading: [String]) throws -> XlsxSheetJob {
        var t = wb.table(of: MovementRow.self)
        t.add(.salesperson, width: 12) { .text($0.name) }
        t.add(.department, width: 12) { .text(orBlank: $0.department) }
        t.add(.customers, .integer) { .integer(Int64($0.counts.customers)) }
        t.add(.movementUp, .integer) { .integer(Int64($0.counts.up)) }
        t.add(.movementDown, .integer) { .integer(Int64($0.counts.down)) }
        t.add(.movementSame, .integer) { .integer(Int64($0.counts.same)) }
        t.add(.movementNew, .integer) { .integer(Int64($0.counts.new)) }
        t.add(.movementNone, .integer) { .integer(Int64($0.counts.unscored)) }
        t.add(.contractGap, .integer) { .integer(Int64($0.counts.contractGaps)) }
        t.add(.sheetReassignment, .integer) { .integer(Int64($0.counts.reassignment)) }
        let rows = report.salespeople.map { MovementRow(name: $0.name ?? wb.label(.unassigned), department: $0.department, counts: $0) }
            + report.departments.map { MovementRow(name: wb.label(.total), department: $0.name ?? wb.label(.unassigned), counts: $0) }
            + [MovementRow(name: wb.label(.total), department: nil, counts: report.totals)]
        return try wb.sheet(.sheetMovements, title: heading, table: t, rows: rows)
    }
}
