/// The template values of the parts every report page shares: groups of headline figures,
/// charts, and the lists by name with the contents that lead to them. The templates show
/// them the same way (`monthly.html`, `quarterly.html`, `weekly.html`).
enum PageFigures {
    /// The values every page template receives: `lang`, `title`, `asOf`, `labels` (`asOf`,
    /// `headlines`, `contents`, `amountUnit`, `footer`, and `charts`: the charts' heading, null
    /// for none), `headlineGroups`, `charts`, `list` and `sections`, with the page's own `values`
    /// and `labels` added to them.
    static func page(_ language: ReportLanguage, title: Label, asOf: CalendarDate, values: [String: TemplateValue],
                     labels: [String: Label], headlineGroups: [TemplateValue], charts: [TemplateValue],
                     chartsHeading: Label?, lists: [PageList], notice: String? = nil) -> TemplateValue {
        let shared: [String: Label] = [
            "asOf": .asOf, "headlines": .sectionHeadlines, "contents": .contents,
            "amountUnit": .amountsInYuan, "footer": .footerNote,
        ]
        var allLabels = shared.merging(labels) { _, own in own }.mapValues { TemplateValue.text($0.text(language)) }
        allLabels["charts"] = TemplateValue(chartsHeading?.text(language))
        return .object(values.merging([
            "lang": .text(language.words.htmlLanguage),
            "title": .text(title.text(language)),
            "asOf": .text(asOf.description),
            "labels": .object(allLabels),
            "headlineGroups": .list(headlineGroups),
            "charts": .list(charts),
            // By name, so that a template can place each list; in page order for the contents.
            "list": Self.lists(lists),
            "sections": Self.sections(lists),
            // A period without any visit or invoice (usually a wrong --as-of or an old export).
            "notice": TemplateValue(notice),
        ]) { _, shared in shared })
    }

    /// A titled group of headline figures: `{title, figures}`.
    static func group(_ title: String, _ figures: [TemplateValue]) -> TemplateValue {
        ["title": .text(title), "figures": .list(figures)]
    }

    /// One headline figure: `{label, value, note, tone}`, the tone `alert` when it needs action.
    static func figure(_ label: String, _ value: String, note: String? = nil, alert: Bool = false) -> TemplateValue {
        ["label": .text(label), "value": .text(value), "note": TemplateValue(note), "tone": .text(alert ? "alert" : "")]
    }

    /// One chart: `{id, title, svg, note}`, the note saying how many rows were left out.
    static func chart(id: String, title: String, svg: TrustedHTML, note: String?) -> TemplateValue {
        ["id": .text(id), "title": .text(title), "svg": .html(svg), "note": TemplateValue(note)]
    }

    /// The lists by id, so that a template can place each one (`list.data-issues`).
    static func lists(_ lists: [PageList]) -> TemplateValue {
        .object(Dictionary(uniqueKeysWithValues: lists.map { ($0.id, $0.value) }))
    }

    /// The contents: each list's id, title and number of rows, in page order.
    static func sections(_ lists: [PageList]) -> TemplateValue {
        .list(lists.map { ["id": .text($0.id), "title": .text($0.title), "count": .text(PageFormat.count($0.total))] })
    }
}

extension PageList {
    /// Rows of the input that could not be used as they are (SPEC §3 "Bad input"), as every
    /// report page lists them.
    static func dataIssues(_ issues: [DataIssue], limit: Int, language: ReportLanguage) -> PageList {
        var t = PageTable<DataIssue>(language)
        t.add(.file) { .text($0.file) }
        t.add(.line, .number) { .text($0.line.map { String($0) } ?? "") }
        t.add(.column) { .text($0.column ?? "") }
        t.add(.value, .long) { .text($0.value ?? "") }
        t.add(.message, .long) { .text($0.problem.message(language)) }
        t.add(.effect) { .text($0.effect.description(language), alert: $0.effect == .rowLeftOut) }
        return PageList(id: "data-issues", title: Label.sectionDataIssues.text(language), table: t,
                        items: issues, limit: limit, language: language)
    }
}
