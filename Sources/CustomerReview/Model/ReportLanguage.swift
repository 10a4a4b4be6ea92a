/// The language of a report's sheet names, headers, labels and messages (`--lang`).
public enum ReportLanguage: String, CaseIterable, Hashable, Sendable {
    case zh
    case en
}
