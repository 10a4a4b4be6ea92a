/// The weekly meeting agenda's workbook, in the house style: a summary, the customers proposed
/// for a manager-level visit with their reasons, each salesperson's pace this month, visits
/// awaiting approval, abnormal relationships, data issues.
public enum WeeklyWorkbook {
    public static func write(_ report: WeeklyReport, language: ReportLanguage, to path: String) throws {
        let title = Label.weeklyTitle.text(language)
        let wb = try ReportWorkbook(path: path, title: title, asOf: report.asOf, language: language,
                                    rows: report.agenda.count + report.awaitingApproval.count + report.dataIssues.count)
        let week = "\(report.week) (\(report.week.monday) – \(report.week.sunday))"
        let heading = [title + " " + report.week.description,
                       "\(wb.label(.weekOf)): \(week)    \(wb.label(.asOf)): \(report.asOf)"]
        let marks = ReviewMarks.inForce(report.settings, language)
        var summary = try wb.sheet(.sheetSummary, title: heading, table: wb.summaryTable(figure: .integer, width: 14))
        try agenda(report.agenda, sheetName: .sheetAgenda, wb: wb, heading: heading, marks: marks, asOf: report.asOf)
        try pace(report, wb: wb, heading: heading)
        try awaiting(report, wb: wb, heading: heading, marks: marks)
        try agenda(report.abnormal, sheetName: .sheetEscalations, wb: wb, heading: heading, marks: marks, asOf: report.asOf)
        try DataIssueSheet.write(report.dataIssues, wb: wb, heading: heading)
        let t = report.totalPace
        let figures: [(Label, Int)] = [
            (.agendaCount, report.agenda.count), (.requiredVisits, t.required), (.expectedByNow, t.expectedByNow),
            (.countedVisits, t.counted), (.customersBehind, t.customersBehind),
            (.awaitingApproval, report.awaitingApproval.count), (.headlineAbnormal, report.abnormal.count),
            (.headlineDataIssues, report.dataIssues.count),
        ]
        for (label, count) in figures {
            try summary.append(SummaryLine(.text(wb.label(label)), .integer(Int64(count))))
        }
        try wb.appendNotes(to: &summary)
        try wb.close()
    }

    static func agenda(_ lines: [AgendaLine], sheetName: Label, wb: ReportWorkbook, heading: [String],
                       marks: [String], asOf: CalendarDate) throws {
        let language = wb.language
        var t = wb.table(of: AgendaLine.self)
        // Id and name stay in view and head every printed page.
        t.keptInView = ColumnID(.customerName)
        t.add(.customerID, width: 12) { .text($0.customer.id) }
        t.add(.customerName, width: 28) { .text($0.customer.name) }
        t.add(.status, width: 8) { .text(ValueNames.status($0.customer.status).text(language)) }
        t.add(.tierInForce, width: 8) { .text(orBlank: $0.tier?.rawValue) }
        t.add(.salesperson, width: 10) { .text(orBlank: $0.customer.salesperson) }
        t.add(.department, width: 12) { .text(orBlank: $0.customer.department) }
        t.add(.reasons, .wrappedText, width: 40) { line in
            .text(line.reasons.map { ValueNames.weeklyReason($0, daysSinceLastVisit: line.daysSinceLastVisit, language) }
                .joined(separator: "; "))
        }
        t.add(.onSiteThisMonth, .integer) { .integer(Int64($0.onSiteThisMonth)) }
        t.add(.expectedByNow, .integer) { $0.expectedByNow.map { .integer(Int64($0)) } ?? .blank }
        t.add(.requiredVisits, .integer) { $0.required.map { .integer(Int64($0)) } ?? .blank }
        t.add(.lastVisit, .date) { .date(orBlank: $0.lastVisit) }
        t.add(.daysSinceLastVisit, .integer) { $0.daysSinceLastVisit.map { .integer(Int64($0)) } ?? .blank }
        t.add(.overThreeMonths, .money) { .money($0.overThreeMonths) }
        t.addReviewColumns(marks: marks, asOf: asOf)
        var sheet = try wb.sheet(sheetName, title: heading, table: t)
        for line in lines {
            try sheet.append(line)
        }
    }

    /// One row of the pace sheet: a salesperson's pace, or the company's on the total row.
    struct PaceRow {
        let pace: SalespersonPace
        let isTotal: Bool
    }

    static func pace(_ report: WeeklyReport, wb: ReportWorkbook, heading: [String]) throws {
        var t = wb.table(of: PaceRow.self)
        t.add(.salesperson, width: 12) { .text($0.isTotal ? wb.label(.total) : ($0.pace.name ?? wb.label(.unassigned))) }
        t.add(.department, width: 12) { .text(orBlank: $0.isTotal ? nil : $0.pace.department) }
        t.add(.customersWithRequirement, .integer) { .integer(Int64($0.pace.customersWithMinimum)) }
        t.add(.requiredVisits, .integer) { .integer(Int64($0.pace.required)) }
        t.add(.expectedByNow, .integer) { .integer(Int64($0.pace.expectedByNow)) }
        t.add(.countedVisits, .integer) { .integer(Int64($0.pace.counted)) }
        t.add(.customersBehind, .integer, highlights: [ColumnHighlight(.greaterThan(0), .lineThroughHere)]) {
            .integer(Int64($0.pace.customersBehind))
        }
        t.add(.awaitingApproval, .integer) { .integer(Int64($0.pace.awaitingApproval)) }
        var sheet = try wb.sheet(.sheetPace, title: heading, table: t)
        for p in report.pace {
            try sheet.append(PaceRow(pace: p, isTotal: false))
        }
        try sheet.append(PaceRow(pace: report.totalPace, isTotal: true))
    }

    static func awaiting(_ report: WeeklyReport, wb: ReportWorkbook, heading: [String], marks: [String]) throws {
        let language = wb.language
        var t = wb.table(of: VisitLine.self)
        t.add(.visitDate, .date) { .date($0.visit.date) }
        t.add(.salesperson, width: 10) { .text($0.visit.salesperson) }
        t.add(.customerID, width: 12) { .text($0.visit.customerID) }
        t.add(.customerName, width: 28) { .text($0.customerName) }
        t.add(.tier, width: 6) { .text(orBlank: $0.tier?.rawValue) }
        t.add(.visitType, width: 8) { .text(ValueNames.visitType($0.visit.type).text(language)) }
        t.add(.actual, .wrappedText) { .text($0.visit.form(.actual)) }
        t.add(.nextSteps, .wrappedText) { .text($0.visit.form(.nextSteps)) }
        t.addReviewColumns(marks: marks, asOf: report.asOf)
        var sheet = try wb.sheet(.sheetAwaitingApproval, title: heading, table: t)
        for line in report.awaitingApproval {
            try sheet.append(line)
        }
    }
}
