/// The evaluation on the quarterly page (客户评估): the committee's completeness, the
/// incomplete evaluations and the disagreements for the committee's meeting, the customers
/// near a tier bound, and the chart of what moving a bound would change.
extension QuarterlyPage.Content {
    var evaluations: CustomerEvaluations { report.evaluations }
    var groups: [PolicySettings.CommitteeGroup] { report.evaluations.groups }

    func committeeHeadlines() -> TemplateValue {
        let e = report.evaluation
        let present = evaluations.committeePresent
        return PageFigures.group(text(.groupCommittee), [
            PageFigures.figure(text(.headlineToEvaluate), PageFormat.count(e.toEvaluate),
                               note: present ? nil : text(.noEvaluationsFile)),
            PageFigures.figure(text(.headlineComplete), PageFormat.count(e.complete),
                               note: PageFormat.percent(tenths: PageFormat.share(e.complete, of: e.toEvaluate))),
            PageFigures.figure(text(.headlineIncomplete), PageFormat.count(e.incomplete.count), alert: !e.incomplete.isEmpty),
            PageFigures.figure(text(.headlineNotEvaluated), PageFormat.count(e.notEvaluated), alert: present && e.notEvaluated > 0),
            PageFigures.figure(text(.headlineDisagreements), PageFormat.count(e.disagreements.count), alert: !e.disagreements.isEmpty),
            PageFigures.figure(text(.headlineNearBound), PageFormat.count(e.nearBound.count)),
        ])
    }

    /// Customers changing tier if a bound moved by −5 … +5 points, the A bound's rows first.
    func boundChart() -> TemplateValue {
        let e = report.evaluation
        var bars: [SVGChart.Bar] = []
        for (shifts, bound, style) in [(e.sensitivityA, "A", "tier-a"), (e.sensitivityB, "B", "tier-b")] {
            for s in shifts {
                let shift = s.shift > 0 ? "+\(s.shift)" : "\(s.shift)"
                let at = s.bound.map { $0.description } ?? "—"
                bars.append(SVGChart.Bar(label: "\(bound) \(shift) (\(at))", value: Int64(s.changes ?? 0),
                                         valueText: s.changes.map(PageFormat.count) ?? text(.notValid), style: style))
            }
        }
        let title = text(.chartBoundSensitivity)
        let scored = report.customers.contains { $0.score != nil && $0.customer.status != .eliminated }
        let svg = SVGChart.bars(id: "chart-bound-sensitivity", title: title, heading: text(.boundShift),
                                bars: scored ? bars : [], footer: nil, empty: text(.nothingToReport))
        return PageFigures.chart(id: "chart-bound-sensitivity", title: title, svg: svg, note: nil)
    }

    func evaluationLists() -> [PageList] {
        [incomplete(), disagreements(), nearBound()]
    }

    private func line(_ index: Int) -> QuarterlyLine { report.customers[index] }

    private func customerCell(_ index: Int) -> Cell {
        .text(line(index).customer.name, sub: line(index).customer.id)
    }

    /// 评估未完成: customers some group of the committee did not evaluate.
    func incomplete() -> PageList {
        PageList(id: "evaluation-incomplete", title: text(.sectionIncomplete),
                 columns: [column(.customerName, .name), column(.salesperson), column(.evaluators, .number),
                           column(.missingGroups, .long)],
                 items: report.evaluation.incomplete, limit: limit, language: language,
                 empty: evaluations.committeePresent ? nil : text(.noEvaluationsFile)) { i in
            let result = line(i).evaluation(evaluations, index: i).committee
            return [customerCell(i), .text(person(line(i).customer.salesperson)), .count(result?.evaluations ?? 0),
                    .text(EvaluationText.groups(result?.missingGroups ?? [], groups, language), alert: true)]
        }
    }

    /// Indicators whose evaluators differ by more than the settings' points, with each group's score.
    func disagreements() -> PageList {
        PageList(id: "evaluation-disagreements", title: text(.sectionDisagreements),
                 columns: [column(.customerName, .name), column(.indicator), column(.committeeScore, .number),
                           column(.spread, .number), Column(text: text(.sheetCommittee), kind: .lines)],
                 items: report.evaluation.disagreements, limit: limit, language: language,
                 empty: evaluations.committeePresent ? nil : text(.noEvaluationsFile)) { pair in
            let result = line(pair.line).evaluation(evaluations, index: pair.line).committee?.indicators[pair.indicator]
            let byGroup = zip(groups, result?.groupScores ?? []).map { group, score in
                EvaluationText.groupName(group, language) + " " + (score?.fixed(2) ?? "—")
            }
            return [customerCell(pair.line), .text(EvaluationText.indicatorName(evaluations.indicators[pair.indicator], language)),
                    .text(result?.score.fixed(2) ?? "—"), .text(result?.spread.fixed(2) ?? "—", alert: true),
                    .text(byGroup.joined(separator: "\n"))]
        }
    }

    /// 临界客户: within the settings' points of a tier bound, and where a small change would take them.
    func nearBound() -> PageList {
        PageList(id: "near-bound", title: text(.sectionNearBound),
                 columns: [column(.customerName, .name), column(.salesperson), column(.score, .number),
                           column(.proposedTier), column(.bound), column(.distance, .number), column(.wouldMoveTo)],
                 items: report.evaluation.nearBound, limit: limit, language: language) { item in
            let l = line(item.line)
            let distance = item.near.distance
            return [customerCell(item.line), .text(person(l.customer.salesperson)), .text(l.score?.description ?? "—"),
                    .text(item.near.tier.rawValue), .text(item.near.bound.rawValue),
                    .text((distance.isNegative ? "" : "+") + distance.fixed(2)), .text(item.near.across.rawValue)]
        }
    }
}
