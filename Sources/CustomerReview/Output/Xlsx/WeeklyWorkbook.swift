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
        let summary = try wb.sheet(.sheetSummary, title: heading, columns: [
            XlsxColumn(wb.label(.item), width: 34), XlsxColumn(wb.label(.figure), .integer, width: 14),
            ReportWorkbook.noteColumn,
        ])
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
            try wb.append([.text(wb.label(label)), .integer(Int64(count))], to: summary)
        }
        try wb.appendNotes(to: summary)
        try wb.close()
    }

    static func agenda(_ lines: [AgendaLine], sheetName: Label, wb: ReportWorkbook, heading: [String],
                       marks: [String], asOf: CalendarDate) throws {
        let columns = [
            XlsxColumn(wb.label(.customerID), width: 12), XlsxColumn(wb.label(.customerName), width: 28),
            XlsxColumn(wb.label(.status), width: 8), XlsxColumn(wb.label(.tierInForce), width: 8),
            XlsxColumn(wb.label(.salesperson), width: 10), XlsxColumn(wb.label(.department), width: 12),
            XlsxColumn(wb.label(.reasons), .wrappedText, width: 40), XlsxColumn(wb.label(.onSiteThisMonth), .integer),
            XlsxColumn(wb.label(.expectedByNow), .integer), XlsxColumn(wb.label(.requiredVisits), .integer),
            XlsxColumn(wb.label(.lastVisit), .date), XlsxColumn(wb.label(.daysSinceLastVisit), .integer),
            XlsxColumn(wb.label(.overThreeMonths), .money),
        ] + wb.reviewColumns(marks: marks, asOf: asOf)
        // Id and name stay in view and head every printed page.
        let sheet = try wb.sheet(sheetName, title: heading, columns: columns, frozenColumns: 2)
        for line in lines {
            let c = line.customer
            try wb.append([
                .text(c.id), .text(c.name), .text(ValueNames.status(c.status).text(wb.language)),
                .text(orBlank: line.tier?.rawValue), .text(orBlank: c.salesperson), .text(orBlank: c.department),
                .text(line.reasons.map { ValueNames.weeklyReason($0, daysSinceLastVisit: line.daysSinceLastVisit, wb.language) }
                    .joined(separator: "; ")),
                .integer(Int64(line.onSiteThisMonth)), line.expectedByNow.map { .integer(Int64($0)) } ?? .blank,
                line.required.map { .integer(Int64($0)) } ?? .blank, .date(orBlank: line.lastVisit),
                line.daysSinceLastVisit.map { .integer(Int64($0)) } ?? .blank,
                .money(line.overThreeMonths),
            ] + ReportWorkbook.reviewBlanks, to: sheet)
        }
    }

    static func pace(_ report: WeeklyReport, wb: ReportWorkbook, heading: [String]) throws {
        let columns = [
            XlsxColumn(wb.label(.salesperson), width: 12), XlsxColumn(wb.label(.department), width: 12),
            XlsxColumn(wb.label(.customersWithRequirement), .integer), XlsxColumn(wb.label(.requiredVisits), .integer),
            XlsxColumn(wb.label(.expectedByNow), .integer), XlsxColumn(wb.label(.countedVisits), .integer),
            XlsxColumn(wb.label(.customersBehind), .integer), XlsxColumn(wb.label(.awaitingApproval), .integer),
        ]
        let sheet = try wb.sheet(.sheetPace, title: heading, columns: columns,
                                 highlights: [XlsxHighlight(.greaterThan(0), column: 6, highlighting: 0...6)])
        for (p, isTotal) in report.pace.map({ ($0, false) }) + [(report.totalPace, true)] {
            try wb.append([
                .text(isTotal ? wb.label(.total) : (p.name ?? wb.label(.unassigned))), .text(orBlank: isTotal ? nil : p.department),
                .integer(Int64(p.customersWithMinimum)), .integer(Int64(p.required)), .integer(Int64(p.expectedByNow)),
                .integer(Int64(p.counted)), .integer(Int64(p.customersBehind)), .integer(Int64(p.awaitingApproval)),
            ], to: sheet)
        }
    }

    static func awaiting(_ report: WeeklyReport, wb: ReportWorkbook, heading: [String], marks: [String]) throws {
        let columns = [
            XlsxColumn(wb.label(.visitDate), .date), XlsxColumn(wb.label(.salesperson), width: 10),
            XlsxColumn(wb.label(.customerID), width: 12), XlsxColumn(wb.label(.customerName), width: 28),
            XlsxColumn(wb.label(.tier), width: 6), XlsxColumn(wb.label(.visitType), width: 8),
            XlsxColumn(wb.label(.actual), .wrappedText), XlsxColumn(wb.label(.nextSteps), .wrappedText),
        ] + wb.reviewColumns(marks: marks, asOf: report.asOf)
        let sheet = try wb.sheet(.sheetAwaitingApproval, title: heading, columns: columns)
        for line in report.awaitingApproval {
            let v = line.visit
            try wb.append([
                .date(v.date), .text(v.salesperson), .text(v.customerID), .text(line.customerName),
                .text(orBlank: line.tier?.rawValue), .text(ValueNames.visitType(v.type).text(wb.language)),
                .text(v.form(.actual)), .text(v.form(.nextSteps)),
            ] + ReportWorkbook.reviewBlanks, to: sheet)
        }
    }
}
