/// The page's "since last month" section: the changes of the company's figures, the findings
/// new and resolved, the largest increases of money over three months. Only on a report with
/// last month's snapshot; the workbook's 环比 sheet holds every row.
extension MonthlyPage.Content {
    /// The section's headline group, or nil without a comparison.
    func sinceLastMonthGroup() -> TemplateValue? {
        guard let s = report.sinceLastMonth else { return nil }
        let r = report.totals.receivables
        func signed(_ m: Money) -> String { (m > .zero ? "+" : "") + PageFormat.money(m) }
        func figure(_ l: Label, _ value: String, note: String? = nil, alert: Bool = false) -> TemplateValue {
            PageFigures.figure(text(l), value, note: note, alert: alert)
        }
        let over = r.overThreeMonths - s.previousOverThreeMonths
        let overdue = r.overdue - s.previousOverdue
        // Percentage points, not per cent: the label says so.
        let points = s.company.change.map { ($0 > 0 ? "+" : "") + ExactDecimal(units: Int64($0), scale: 1).description }
        return PageFigures.group(text(.sectionSinceLastMonth) + " (" + text(.comparedWith) + " " + s.previousMonth.description + ")", [
            figure(.changeOutstanding, signed(r.outstanding - s.previousOutstanding),
                   note: text(.previousOutstanding) + " " + PageFormat.money(s.previousOutstanding)),
            figure(.changeOverThreeMonths, signed(over), note: text(.previousOverThreeMonths) + " " + PageFormat.money(s.previousOverThreeMonths),
                   alert: over > .zero),
            figure(.changeOverdue, signed(overdue), note: text(.previousOverdue) + " " + PageFormat.money(s.previousOverdue),
                   alert: overdue > .zero),
            figure(.complianceChange, points ?? "—", alert: (s.company.change ?? 0) < 0),
            figure(.findingsNew, PageFormat.count(s.newFindings.count), alert: !s.newFindings.isEmpty),
            figure(.findingsResolved, PageFormat.count(s.resolvedFindings.count)),
            figure(.newThisMonth, PageFormat.count(s.newCustomers)),
        ])
    }

    /// The lists of the section ([] without a comparison).
    func sinceLastMonthLists() -> [PageList] {
        guard let s = report.sinceLastMonth else { return [] }
        var findings = table(of: MonthOverMonth.FindingChange.self)
        findings.add(.customerName, .name) { .text($0.customerName, sub: $0.customerID) }
        findings.add(.salesperson) { .text(person($0.salesperson)) }
        findings.add(.rule, .long) { .text(FindingText.title($0.rule, language)) }
        findings.add(.changeNote) { f in
            let note: String = switch f.customerGone {
            case .eliminated: text(.eliminatedSinceLastMonth)
            case .notInCustomers: text(.notInCustomers)
            case nil: s.customers.indices.contains(lineByID[f.customerID] ?? -1)
                && s.customers[lineByID[f.customerID] ?? 0].isNew ? text(.newThisMonth) : ""
            }
            return .text(note)
        }
        func findingList(_ id: String, _ title: Label, _ items: [MonthOverMonth.FindingChange]) -> PageList {
            PageList(id: id, title: text(title), table: findings, items: items, limit: limit, language: language)
        }
        var t = table(of: Int.self)
        t.add(.customerName, .name) { .text(report.customers[$0].customer.name, sub: report.customers[$0].customer.id) }
        t.add(.salesperson) { .text(person(report.customers[$0].customer.salesperson)) }
        t.add(.previousOverThreeMonths, .number) { s.customers[$0].previous.map { .money($0.overThreeMonths) } ?? .blank }
        t.add(.overThreeMonths, .number) { .money(report.customers[$0].receivables.overThreeMonths) }
        t.add(.changeOverThreeMonths, .number) { .money(s.customers[$0].overThreeMonths ?? .zero, alert: true) }
        let increases = PageList(id: "since-increases", title: text(.sectionLargestIncreases), table: t,
                                 items: s.largestIncreases, limit: limit, language: language)
        return [findingList("since-new", .sectionNewFindings, s.newFindings),
                findingList("since-resolved", .sectionResolvedFindings, s.resolvedFindings), increases]
    }
}
