/// One report language's table of the words the program shows a person: every `Label` (sheet
/// names, column headers, titles, values), every data-problem message and what the run did with
/// the row, the default 资源保证 of each tier and the default review marks, the titles of the
/// profile fields, the English names of the built-in indicators and committee groups, the
/// findings' titles and details, and the few phrases and separators built around a number or
/// a list.
///
/// `ChineseWords` (`Words+Chinese.swift`) and `EnglishWords` (`Words+English.swift`) are the
/// tables; a third language is one more table and its case in `ReportLanguage`. Each word is
/// a switch over its key, so a table is complete by construction — a new key does not compile
/// until every table has its text — and `WordsTests` checks that no text is empty.
///
protocol Words: Sendable {
    func label(_ label: Label) -> String
    /// What is wrong and what to do: lowercase, no final period, values quoted by the caller's
    /// context (the issue carries the raw value separately).
    func problem(_ problem: DataProblem) -> String
    func effect(_ effect: DataIssue.Effect) -> String
    /// 资源保证 of a tier when the settings name none.
    func resourceGuarantee(_ tier: Tier) -> String
    /// The manager's review marks when the settings name none.
    func reviewMark(_ mark: ReviewMark) -> String
    /// A profile field's column title (附表2).
    func profileField(_ field: ProfileField) -> String
    func indicatorName(_ indicator: PolicySettings.Indicator) -> String
    func groupName(_ group: PolicySettings.CommitteeGroup) -> String
    /// A weekly reason that says how long: "no on-site visit for 45 days".
    func noOnSiteVisit(days: Int) -> String
    /// Where a data issue is, after the file name: ` line 214`.
    func issueLine(_ line: Int) -> String
    /// The raw value after a message that does not speak of it: ` (value 'x')`.
    func issueValue(_ value: String) -> String
    /// What the run did, at the end of a data issue's line: ` (row left out)`.
    func issueEffect(_ effect: String) -> String
    /// A finding's title, by its rule.
    func findingTitle(_ rule: PolicyFinding.Rule) -> String
    /// One sentence of a finding's detail, built from its figures.
    func findingDetail(_ finding: PolicyFinding) -> String
    /// How a list of indicators to complete names one: its Chinese name, or its column id.
    func indicatorReference(_ indicator: PolicySettings.Indicator) -> String
    /// Whether a file meant to be read back (the evaluation forms) names its columns by their
    /// Chinese names rather than their English keys.
    var usesChineseColumnNames: Bool { get }
    /// The page's `lang` attribute.
    var htmlLanguage: String { get }
    /// Between the items of a list in running text.
    var listSeparator: String { get }
    /// Between the clauses of one sentence.
    var clauseSeparator: String { get }
    /// After a sentence that another follows.
    var sentenceEnd: String { get }
}

extension ReportLanguage {
    /// The table of this language's words.
    var words: any Words {
        switch self {
        case .zh: ChineseWords()
        case .en: EnglishWords()
        }
    }
}
