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
        return PageList(id: "agenda", title: text(.sectionAgenda),
                        columns: [column(.customerName, .name), column(.tierInForce), column(.salesperson), column(.reasons, .lines),
                                  Column(text: text(.onSiteThisMonth) + " / " + text(.expectedByNow), kind: .number),
                                  column(.lastVisit, .date), column(.daysSinceLastVisit, .number),
                                  column(.overThreeMonths, .number), column(.meetingDecision, .writeIn)],
                        items: items, limit: limit, language: language) { line in
            [customer(line), statusAndTier(line), .text(person(line.customer.salesperson)),
             .text(line.reasons.map { ValueNames.weeklyReason($0, daysSinceLastVisit: line.daysSinceLastVisit, language) }
                .joined(separator: "\n")),
             pace(line), .text(line.lastVisit?.description ?? text(.none)), days(line),
             .money(line.overThreeMonths, alert: line.reasons.contains(.largeOverThreeMonths)), .blank]
        }
    }

    /// Each salesperson's on-site visits this month against the pace of the minimums, the
    /// most customers behind first, with the company total.
    func pace() -> PageList {
        var list = PageList(id: "pace", title: text(.sheetPace) + " " + report.month.description,
                            columns: [column(.salesperson), column(.department), column(.customersWithRequirement, .number),
                                      column(.requiredVisits, .number), column(.expectedByNow, .number),
                                      column(.countedVisits, .number), column(.customersBehind, .number),
                                      column(.awaitingApproval, .number)],
                            items: orderedPace(), limit: limit, language: language) { p in
            [.text(person(p.name)), .text(p.department ?? "")] + figures(p)
        }
        list.footer = [.text(text(.total)), .blank] + figures(report.totalPace)
        return list
    }

    private func days(_ line: AgendaLine) -> Cell {
        line.daysSinceLastVisit.map { .count($0, alert: line.reasons.contains(.noRecentOnSiteVisit)) } ?? .text(text(.none))
    }

    private func figures(_ p: SalespersonPace) -> [Cell] {
        [.count(p.customersWithMinimum), .count(p.required), .count(p.expectedByNow),
         .count(p.counted, alert: p.counted < p.expectedByNow), .count(p.customersBehind, alert: p.customersBehind > 0),
         .count(p.awaitingApproval)]
    }

    /// Visits of this month and the month before without an approver, the oldest first.
    func awaitingApproval() -> PageList {
        let items = report.awaitingApproval.enumerated().sorted { a, b in
            a.element.visit.date != b.element.visit.date ? a.element.visit.date < b.element.visit.date : a.offset < b.offset
        }.map(\.element)
        return PageList(id: "awaiting-approval", title: text(.sectionAwaitingApproval),
                        columns: [column(.visitDate, .date), column(.salesperson), column(.customerName, .name), column(.tier),
                                  column(.visitType), column(.actual, .long), column(.nextSteps, .long)],
                        items: items, limit: limit, language: language) { line in
            let v = line.visit
            return [.text(v.date.description), .text(v.salesperson), .text(line.customerName, sub: v.customerID),
                    .text(tier(line.tier)), .text(ValueNames.visitType(v.type).text(language)),
                    .text(v.form(.actual)), .text(v.form(.nextSteps))]
        }
    }

    /// §2.6: abnormal relationships, escalated to the department manager.
    func abnormal() -> PageList {
        PageList(id: "escalations", title: text(.sectionEscalations),
                 columns: [column(.customerName, .name), column(.tierInForce), column(.salesperson),
                           column(.department), column(.onSiteThisMonth, .number), column(.lastVisit, .date),
                           column(.overThreeMonths, .number)],
                 items: report.abnormal, limit: limit, language: language) { line in
            [customer(line), statusAndTier(line), .text(person(line.customer.salesperson)), .text(line.customer.department ?? ""), done(line),
             .text(line.lastVisit?.description ?? text(.none)),
             .money(line.overThreeMonths, alert: line.overThreeMonths > .zero)]
        }
    }
}
