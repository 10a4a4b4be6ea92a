/// SPEC §2.8: "报告交于部门经理,由部门经理审核并作相应标记" — the workbook gives the manager
/// columns to mark each line: a drop-down of review marks, the reviewer, the date.
public enum ReviewMarks {
    /// The marks offered when the settings name none, in the report language.
    public static func defaults(_ language: ReportLanguage) -> [String] {
        ReviewMark.allCases.map(language.words.reviewMark)
    }

    /// The marks in force for a report.
    public static func inForce(_ settings: PolicySettings, _ language: ReportLanguage) -> [String] {
        settings.reviewMarks ?? defaults(language)
    }
}

/// The marks offered by default, in drop-down order.
enum ReviewMark: CaseIterable {
    case reviewed
    case followUp
    case disputed
    /// Returned for more details.
    case returned
}
