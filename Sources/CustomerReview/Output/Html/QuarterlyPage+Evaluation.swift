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
        let svg = SVGChart.bars(id: "chart-bound-sensitivity", title: title, heading: text(.boundShift),
                                bars: e.scored > 0 ? bars : [], footer: nil, empty: text(.nothingToReport))
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
        var t = table(of: Int.self)
        t.add(.customerName, .name) { customerCell($0) }
        t.add(.salesperson) { .text(person(line($0).customer.salesperson)) }
        t.add(.evaluators, .number) { .count(line($0).evaluation(evaluations, index: $0).committee?.evaluations ?? 0) }
        t.add(.missingGroups, .long) { i in
            .text(EvaluationText.groups(line(i).evaluation(evaluations, index: i).committee?.missingGroups ?? [], groups, language),
                  alert: true)
        }
        return PageList(id: "evaluation-incomplete", title: text(.sectionIncomplete), table: t,
                        items: report.evaluation.incomplete, limit: limit, language: language,
                        empty: evaluations.committeePresent ? nil : text(.noEvaluationsFile))
    }

    /// Indicators whose evaluators differ by more than the settings' points, with each group's score.
    func disagreements() -> PageList {
        let result = { (pair: (line: Int, indicator: Int)) in
            line(pair.line).evaluation(evaluations, index: pair.line).committee?.indicators[pair.indicator]
        }
        var t = table(of: (line: Int, indicator: Int).self)
        t.add(.customerName, .name) { customerCell($0.line) }
        t.add(.indicator) { .text(EvaluationText.indicatorName(evaluations.indicators[$0.indicator], language)) }
        t.add(.committeeScore, .number) { .text(result($0)?.score.fixed(2) ?? "—") }
        t.add(.spread, .number) { .text(result($0)?.spread.fixed(2) ?? "—", alert: true) }
        t.add(title: text(.sheetCommittee), .lines) { pair in
            let byGroup = zip(groups, result(pair)?.groupScores ?? []).map { group, score in
                EvaluationText.groupName(group, language) + " " + (score?.fixed(2) ?? "—")
            }
            return .text(byGroup.joined(separator: "\n"))
        }
        return PageList(id: "evaluation-disagreements", title: text(.sectionDisagreements), table: t,
                        items: report.evaluation.disagreements, limit: limit, language: language,
                        empty: evaluations.committeePresent ? nil : text(.noEvaluationsFile))
    }

    /// 临界客户: within the settings' points of a tier bound, and where a small change would take them.
    func nearBound() -> PageList {
        var t = table(of: (line: Int, near: TierBoundary.NearBound).self)
        t.add(.customerName, .name) { customerCell($0.line) }
        t.add(.salesperson) { .text(person(line($0.line).customer.salesperson)) }
        t.add(.score, .number) { .text(line($0.line).score?.description ?? "—") }
        t.add(.proposedTier) { .text($0.near.tier.rawValue) }
        t.add(.bound) { .text($0.near.bound.rawValue) }
        t.add(.distance, .number) { .text(($0.near.distance.isNegative ? "" : "+") + $0.near.distance.fixed(2)) }
        t.add(.wouldMoveTo) { .text($0.near.across.rawValue) }
        return PageList(id: "near-bound", title: text(.sectionNearBound), table: t,
                        items: report.evaluation.nearBound, limit: limit, language: language)
    }
}
