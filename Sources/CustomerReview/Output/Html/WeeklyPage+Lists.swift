/// The lists of the weekly page, in the order of the meeting: the customers proposed for a
/// manager-level visit, each salesperson's pace, the visits awaiting approval, the abnormal
/// relationships, the data issues. Each is capped at `htmlListLimit` rows; the workbook holds
/// every row.
extension WeeklyPage.Content {
    func lists() -> [PageList] {
        [agenda(), pace(), awaitingApproval(), abnormal(),
         PageList.dataIssues(report.dataIssues, limit: limit, language: language)]
    }

    // MARK: Cells

    private func customer(_ line: AgendaLine) -> Cell { .text(line.customer.name, sub: line.customer.id) }
    /// `0 / 1`: the visits done this month and the pace expected by now, in the alert colour
    /// when behind; the visits done alone for a customer without a minimum.
    private func pace(_ line: AgendaLine) -> Cell {
        let done = PageFormat.count(line.onSiteThisMonth)
        guard let expected = line.expectedByNow else { return .text(done) }
        return .text(done + " / " + PageFormat.count(expected), alert: line.onSiteThisMonth < expected)
    }
    /// The tier, with the status under it (`A` / `signed`).
    private func statusAndTier(_ line: AgendaLine) -> Cell {
        .text(tier(line.tier), sub: ValueNames.status(line.customer.status).text(language))
    }

    /// The visits done, in the alert colour when behind the pace expected by now.
    private func done(_ line: AgendaLine) -> Cell {
        .count(line.onSiteThisMonth, alert: line.expectedByNow.map { line.onSiteThisMonth < $0 } ?? false)
    }

    // MARK: Lists

    /// §2.9: the customers proposed for a manager-level visit next week, the most pressing
    /// reason first (an abnormal relationship, then visits behind, large receivables over
    /// three months, potential A), more reasons before fewer, then in customers.csv order;
    /// with an empty column, on paper, for the meeting's decision.
    func agenda() -> PageList {
        let rank = Dictionary(uniqueKeysWithValues: WeeklyMeeting.Reason.allCases.enumerated().map { ($1, $0) })
        let first = { (line: AgendaLine) in line.reasons.first.flatMap { rank[$0] } ?? rank.count }
        let items = report.agenda.enumerated().sorted { a, b in
            let (x, y) = (first(a.element), first(b.element))
            if x != y { return x < y }
            if a.element.reasons.count != b.element.reasons.count { return a.element.reasons.count > b.element.reasons.count }
            return a.offset < b.offset
        }.map(\.element)
        var t = table(of: AgendaLine.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.tierInForce) { statusAndTier($0) }
        t.add(.salesperson) { .text(person($0.customer.salesperson)) }
        t.add(.reasons, .lines) { line in
            .text(line.reasons.map { ValueNames.weeklyReason($0, daysSinceLastVisit: line.daysSinceLastVisit, language) }
                .joined(separator: "\n"))
        }
        t.add(title: text(.onSiteThisMonth) + " / " + text(.expectedByNow), .number) { pace($0) }
        t.add(.lastVisit, .date) { .text($0.lastVisit?.description ?? text(.none)) }
        t.add(.daysSinceLastVisit, .number) { days($0) }
        t.add(.overThreeMonths, .number) { .money($0.overThreeMonths, alert: $0.reasons.contains(.largeOverThreeMonths)) }
        t.add(.meetingDecision, .writeIn) { _ in .blank }
        return PageList(id: "agenda", title: text(.sectionAgenda), table: t, items: items, limit: limit, language: language)
    }

    /// One row of the pace list: a salesperson's pace, or the company's.
    struct PaceRow {
        let name: String
        let department: String
        let pace: SalespersonPace
    }

    /// Each salesperson's on-site visits this month against the pace of the minimums, the
    /// most customers behind first, with the company total.
    func pace() -> PageList {
        var t = table(of: PaceRow.self)
        t.add(.salesperson) { .text($0.name) }
        t.add(.department) { .text($0.department) }
        t.add(.customersWithRequirement, .number) { .count($0.pace.customersWithMinimum) }
        t.add(.requiredVisits, .number) { .count($0.pace.required) }
        t.add(.expectedByNow, .number) { .count($0.pace.expectedByNow) }
        t.add(.countedVisits, .number) { .count($0.pace.counted, alert: $0.pace.counted < $0.pace.expectedByNow) }
        t.add(.customersBehind, .number) { .count($0.pace.customersBehind, alert: $0.pace.customersBehind > 0) }
        t.add(.awaitingApproval, .number) { .count($0.pace.awaitingApproval) }
        var list = PageList(id: "pace", title: text(.sheetPace) + " " + report.month.description, table: t,
                            items: orderedPace().map { PaceRow(name: person($0.name), department: $0.department ?? "", pace: $0) },
                            limit: limit, language: language)
        // The company has no department: an empty cell.
        list.footer = t.cells(PaceRow(name: text(.total), department: "", pace: report.totalPace))
        return list
    }

    private func days(_ line: AgendaLine) -> Cell {
        line.daysSinceLastVisit.map { .count($0, alert: line.reasons.contains(.noRecentOnSiteVisit)) } ?? .text(text(.none))
    }

    /// Visits of this month and the month before without an approver, the oldest first.
    func awaitingApproval() -> PageList {
        let items = report.awaitingApproval.enumerated().sorted { a, b in
            a.element.visit.date != b.element.visit.date ? a.element.visit.date < b.element.visit.date : a.offset < b.offset
        }.map(\.element)
        var t = table(of: VisitLine.self)
        t.add(.visitDate, .date) { .text($0.visit.date.description) }
        t.add(.salesperson) { .text($0.visit.salesperson) }
        t.add(.customerName, .name) { .text($0.customerName, sub: $0.visit.customerID) }
        t.add(.tier) { .text(tier($0.tier)) }
        t.add(.visitType) { .text(ValueNames.visitType($0.visit.type).text(language)) }
        t.add(.actual, .long) { .text($0.visit.form(.actual)) }
        t.add(.nextSteps, .long) { .text($0.visit.form(.nextSteps)) }
        return PageList(id: "awaiting-approval", title: text(.sectionAwaitingApproval), table: t,
                        items: items, limit: limit, language: language)
    }

    /// §2.6: abnormal relationships, escalated to the department manager.
    func abnormal() -> PageList {
        var t = table(of: AgendaLine.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.tierInForce) { statusAndTier($0) }
        t.add(.salesperson) { .text(person($0.customer.salesperson)) }
        t.add(.department) { .text($0.customer.department ?? "") }
        t.add(.onSiteThisMonth, .number) { done($0) }
        t.add(.lastVisit, .date) { .text($0.lastVisit?.description ?? text(.none)) }
        t.add(.overThreeMonths, .number) { .money($0.overThreeMonths, alert: $0.overThreeMonths > .zero) }
        return PageList(id: "escalations", title: text(.sectionEscalations), table: t,
                        items: report.abnormal, limit: limit, language: language)
    }
}
