/// The words of the evaluation (客户评估) a person reads: a criterion's band, a measure's value,
/// a score's source, the groups a committee lacks.
enum EvaluationText {
    /// The indicator's name in the report language: the settings' (Chinese) name, or in
    /// English the built-in indicators' English names and other indicators' ids.
    static func indicatorName(_ indicator: PolicySettings.Indicator, _ language: ReportLanguage) -> String {
        language.words.indicatorName(indicator)
    }

    /// A committee group's name in the report language (its id in English, the built-in
    /// groups by their English names).
    static func groupName(_ group: PolicySettings.CommitteeGroup, _ language: ReportLanguage) -> String {
        language.words.groupName(group)
    }

    static func measureName(_ measure: PolicySettings.Measure, _ language: ReportLanguage) -> String {
        let label: Label = switch measure {
        case .registeredCapital: .measureRegisteredCapital
        case .annualRevenue: .measureAnnualRevenue
        case .volume12m: .measureVolume12m
        case .invoiced12m: .measureInvoiced12m
        case .overdueShare: .measureOverdueShare
        case .overThreeMonthsShare: .measureOverThreeMonthsShare
        }
        return label.text(language)
    }

    /// A threshold or value as people read it: yuan grouped (`20,000,000`), a share in per
    /// cent (`5%`, `12.5%`), a volume as written.
    static func threshold(_ value: ExactDecimal, _ measure: PolicySettings.Measure) -> String {
        switch measure {
        case .registeredCapital, .annualRevenue, .invoiced12m:
            let fen = value.units(atScale: 2) ?? 0
            let text = Money(fen: fen).grouped
            return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
        case .volume12m: return value.description
        case .overdueShare, .overThreeMonthsShare:
            let percent = ExactDecimal(units: value.units, scale: max(0, value.scale - 2))
            return (value.scale >= 2 ? percent : ExactDecimal(units: value.units * Int64(ExactDecimal.powerOfTen(2 - value.scale)), scale: 0)).description + "%"
        }
    }

    static func value(_ value: MeasureValue) -> String {
        switch value.measure {
        case .overdueShare, .overThreeMonthsShare: value.rounded(scale: 1, percent: true).fixed(1) + "%"
        case .volume12m: value.rounded(scale: Volume.scale).description
        case .registeredCapital, .annualRevenue, .invoiced12m: threshold(value.rounded(scale: 2), value.measure)
        }
    }

    /// `资本额 ≥ 20,000,000 → 80` / `overdue share of outstanding ≤ 5% → 88`.
    static func band(_ band: PolicySettings.Band, _ measure: PolicySettings.Measure, _ language: ReportLanguage) -> String {
        let sign = band.comparison == .atLeast ? "≥" : "≤"
        return measureName(measure, language) + " " + sign + " " + threshold(band.threshold, measure) + " → " + band.score.fixed(2)
    }

    /// The band the item fell in, in words; the measure's value without a band; "" without criteria.
    static func criterion(_ item: ScoreBreakdown.Item, _ indicator: PolicySettings.Indicator, _ language: ReportLanguage) -> String {
        guard let criteria = indicator.criteria else { return "" }
        guard let measure = item.measure else { return measureName(criteria.measure, language) + ": —" }
        guard let index = item.band else { return measureName(criteria.measure, language) + " " + value(measure) + ": " + Label.noBand.text(language) }
        return band(criteria.bands[index], criteria.measure, language)
    }

    static func source(_ source: PolicySettings.ScoreSource?, _ language: ReportLanguage) -> String {
        ValueNames.scoreSource(source).text(language)
    }

    static func groups(_ indices: [Int], _ groups: [PolicySettings.CommitteeGroup], _ language: ReportLanguage) -> String {
        indices.map { $0 < groups.count ? groupName(groups[$0], language) : "?" }.joined(separator: language.words.listSeparator)
    }
}
