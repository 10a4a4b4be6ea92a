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
        parts.joined(separator: language == .zh ? ";" : "; ")
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
        return PageList(id: "tier-changes", title: text(.sheetTierChanges),
                        columns: [column(.customerName, .name), column(.salesperson), column(.previousTier), column(.proposedTier),
                                  column(.movement), column(.score, .number), column(.scoreChange, .number),
                                  column(.policyChanges, .lines)],
                        items: items, limit: limit, language: language) { line in
            [customer(line), .text(person(line.customer.salesperson)), .text(tier(line.previousTier)),
             .text(tier(line.proposedTier)), movement(line), .text(line.score?.description ?? "—"),
             scoreChange(line.scoreChange), .text(line.policyChanges.map { $0.text(language) }.joined(separator: "\n"))]
        }
    }

    /// §2.11 under the proposed tiers: signed customers proposed A or B without a contract or
    /// a long-term agreement in force.
    func contractGaps() -> PageList {
        PageList(id: "contract-gaps", title: text(.sectionContractGaps),
                 columns: [column(.customerName, .name), column(.salesperson), column(.department), column(.previousTier),
                           column(.proposedTier), column(.contractState), column(.outstanding, .number)],
                 items: report.contractGaps, limit: limit, language: language,
                 empty: report.hasContractData ? nil : text(.noContractData)) { line in
            [customer(line), .text(person(line.customer.salesperson)), .text(line.customer.department ?? ""),
             .text(tier(line.previousTier)), .text(tier(line.proposedTier)),
             .text(line.contractGap.map { ValueNames.contractState($0).text(language) } ?? "", alert: true),
             .money(line.receivables.outstanding)]
        }
    }

    /// §2.10: customers created in the quarter, eliminated, or without a salesperson, for the
    /// manager to (re)assign.
    func reassignment() -> PageList {
        PageList(id: "reassignment", title: text(.sectionReassignment),
                 columns: [column(.customerName, .name), column(.status), column(.salesperson), column(.department),
                           column(.createdDate, .date), column(.proposedTier), column(.reassignmentReasons, .long)],
                 items: report.reassignment, limit: limit, language: language) { line in
            let c = line.customer
            return [customer(line), .text(ValueNames.status(c.status).text(language)), .text(person(c.salesperson)),
                    .text(c.department ?? ""), .text(c.createdDate?.description ?? ""), .text(tier(line.proposedTier)),
                    .text(joined(line.reassignment.map { ValueNames.reassignment($0).text(language) }))]
        }
    }

    /// Movements per salesperson, with the company total.
    func salespeople() -> PageList {
        var list = PageList(id: "salespeople", title: text(.sectionMovementsBySalesperson),
                            columns: [column(.salesperson), column(.department)] + countColumns,
                            items: report.salespeople, limit: limit, language: language) { m in
            [.text(person(m.name)), .text(m.department ?? "")] + counts(m)
        }
        list.footer = [.text(text(.total)), .blank] + counts(report.totals)
        return list
    }

    /// Movements per department, with the company total.
    func departments() -> PageList {
        var list = PageList(id: "departments", title: text(.sectionMovementsByDepartment),
                            columns: [column(.department)] + countColumns,
                            items: report.departments, limit: limit, language: language) { m in
            [.text(person(m.name))] + counts(m)
        }
        list.footer = [.text(text(.total))] + counts(report.totals)
        return list
    }

    private var countColumns: [Column] {
        [column(.customers, .number), column(.headlineUp, .number), column(.headlineDown, .number),
         column(.headlineSame, .number), column(.headlineNew, .number), column(.headlineUnscored, .number),
         column(.headlineContractGaps, .number), column(.headlineReassignment, .number)]
    }

    private func counts(_ m: MovementCounts) -> [Cell] {
        [.count(m.customers), .count(m.up), .count(m.down, alert: m.down > 0), .count(m.same), .count(m.new),
         .count(m.unscored, alert: m.unscored > 0), .count(m.contractGaps, alert: m.contractGaps > 0),
         .count(m.reassignment, alert: m.reassignment > 0)]
    }
}
