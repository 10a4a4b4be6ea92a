/// SPEC §2.8: "报告交于部门经理,由部门经理审核并作相应标记" — the workbook gives the manager
/// columns to mark each line: a drop-down of review marks, the reviewer, the date.
public enum ReviewMarks {
    /// The marks offered when the settings name none.
    public static func defaults(_ language: ReportLanguage) -> [String] {
        switch language {
        case .zh: ["已审核", "需跟进", "有异议", "退回补充"]
        case .en: ["reviewed", "follow up", "disputed", "returned for details"]
        }
    }

    /// The marks in force for a report.
    public static func inForce(_ settings: PolicySettings, _ language: ReportLanguage) -> [String] {
        settings.reviewMarks ?? defaults(language)
    }
}
