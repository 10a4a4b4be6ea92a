/// The lists of the quarterly page, in the order the department manager reviews the
/// adjustment: the tier changes, the contract gaps they open, the customers to (re)assign,
/// the movements per salesperson and department, the data issues. Each is capped at
/// `htmlListLimit` rows; the workbook holds every row.
extension QuarterlyPage.Content {
    func lists() -> [PageList] {
        [changes()] + evaluationLists() + [contractGaps(), reassignment(), salespeople(), departments(),
         PageList.dataIssues(report.dataIssues, limit: limit, language: language)]
    }

    // MARK: Cells

    private func customer(_ line: QuarterlyLine) -> Cell { .text(line.customer.name, sub: line.customer.id) }

    private func movement(_ line: QuarterlyLine) -> Cell {
        .text(ValueNames.movement(line.movement).text(language), alert: line.movement == .down)
    }

    /// `+3.50`, `-12.00`, `0.00`; `—` without a previous score.
    private func scoreChange(_ change: Score?) -> Cell {
        guard let change else { return .text("—") }
        return .text((change.hundredths > 0 ? "+" : "") + change.description, alert: change.hundredths < 0)
    }

    private func joined(_ parts: [String]) -> String {
        parts.joined(separator: language.words.clauseSeparator)
    }

    // MARK: Lists

    /// §2.13: customers whose tier moves — down first (their terms tighten), then up, then
    /// classed for the first time, each in customers.csv order.
    func changes() -> PageList {
        let rank: [QuarterlyAdjustment.Movement: Int] = [.down: 0, .up: 1, .new: 2]
        let items = report.changes.enumerated().sorted { a, b in
            let (x, y) = (rank[a.element.movement ?? .same] ?? 3, rank[b.element.movement ?? .same] ?? 3)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        var t = table(of: QuarterlyLine.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.customer.salesperson)) }
        t.add(.previousTier) { .text(tier($0.previousTier)) }
        t.add(.proposedTier) { .text(tier($0.proposedTier)) }
        t.add(.movement) { movement($0) }
        t.add(.score, .number) { .text($0.score?.description ?? "—") }
        t.add(.scoreChange, .number) { scoreChange($0.scoreChange) }
        t.add(.policyChanges, .lines) { .text($0.policyChanges.map { $0.text(language) }.joined(separator: "\n")) }
        return PageList(id: "tier-changes", title: text(.sheetTierChanges), table: t, items: items, limit: limit,
                        language: language)
    }

    /// §2.11 under the proposed tiers: signed customers proposed A or B without a contract or
    /// a long-term agreement in force.
    func contractGaps() -> PageList {
        var t = table(of: QuarterlyLine.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.salesperson) { .text(person($0.customer.salesperson)) }
        t.add(.department) { .text($0.customer.department ?? "") }
        t.add(.previousTier) { .text(tier($0.previousTier)) }
        t.add(.proposedTier) { .text(tier($0.proposedTier)) }
        t.add(.contractState) { .text($0.contractGap.map { ValueNames.contractState($0).text(language) } ?? "", alert: true) }
        t.add(.outstanding, .number) { .money($0.receivables.outstanding) }
        return PageList(id: "contract-gaps", title: text(.sectionContractGaps), table: t,
                        items: report.contractGaps, limit: limit, language: language,
                        empty: report.hasContractData ? nil : text(.noContractData))
    }

    /// §2.10: customers created in the quarter, eliminated, or without a salesperson, for the
    /// manager to (re)assign.
    func reassignment() -> PageList {
        var t = table(of: QuarterlyLine.self)
        t.add(.customerName, .name) { customer($0) }
        t.add(.status) { .text(ValueNames.status($0.customer.status).text(language)) }
        t.add(.salesperson) { .text(person($0.customer.salesperson)) }
        t.add(.department) { .text($0.customer.department ?? "") }
        t.add(.createdDate, .date) { .text($0.customer.createdDate?.description ?? "") }
        t.add(.proposedTier) { .text(tier($0.proposedTier)) }
        t.add(.reassignmentReasons, .long) { .text(joined($0.reassignment.map { ValueNames.reassignment($0).text(language) })) }
        return PageList(id: "reassignment", title: text(.sectionReassignment), table: t,
                        items: report.reassignment, limit: limit, language: language)
    }

    /// One row of the movement lists: a salesperson's or department's counts, or the company's.
    struct MovementRow {
        let name: String
        let department: String
        let counts: MovementCounts
    }

    /// Movements per salesperson, with the company total.
    func salespeople() -> PageList {
        var t = table(of: MovementRow.self)
        t.add(.salesperson) { .text($0.name) }
        t.add(.department) { .text($0.department) }
        addCounts(&t)
        var list = PageList(id: "salespeople", title: text(.sectionMovementsBySalesperson), table: t,
                            items: report.salespeople.map { MovementRow(name: person($0.name), department: $0.department ?? "", counts: $0) },
                            limit: limit, language: language)
        // The company has no department: an empty cell.
        list.footer = t.cells(MovementRow(name: text(.total), department: "", counts: report.totals))
        return list
    }

    /// Movements per department, with the company total.
    func departments() -> PageList {
        var t = table(of: MovementRow.self)
        t.add(.department) { .text($0.name) }
        addCounts(&t)
        var list = PageList(id: "departments", title: text(.sectionMovementsByDepartment), table: t,
                            items: report.departments.map { MovementRow(name: person($0.name), department: "", counts: $0) },
                            limit: limit, language: language)
        list.footer = t.cells(MovementRow(name: text(.total), department: "", counts: report.totals))
        return list
    }

    private func addCounts(_ t: inout PageTable<MovementRow>) {
        t.add(.customers, .number) { .count($0.counts.customers) }
        t.add(.headlineUp, .number) { .count($0.counts.up) }
        t.add(.headlineDown, .number) { .count($0.counts.down, alert: $0.counts.down > 0) }
        t.add(.headlineSame, .number) { .count($0.counts.same) }
        t.add(.headlineNew, .number) { .count($0.counts.new) }
        t.add(.headlineUnscored, .number) { .count($0.counts.unscored, alert: $0.counts.unscored > 0) }
        t.add(.headlineContractGaps, .number) { .count($0.counts.contractGaps, alert: $0.counts.contractGaps > 0) }
        t.add(.headlineReassignment, .number) { .count($0.counts.reassignment, alert: $0.counts.reassignment > 0) }
    }
}
