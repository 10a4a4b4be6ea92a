/// How a policy finding reads in a report language: a title for its rule and one sentence of
/// detail built from its figures, from the language's table of words (`Words`).
public enum FindingText {
    public static func title(_ rule: PolicyFinding.Rule, _ language: ReportLanguage) -> String {
        language.words.findingTitle(rule)
    }

    public static func detail(_ f: PolicyFinding, _ language: ReportLanguage) -> String {
        language.words.findingDetail(f)
    }
}
