import Foundation

/// One report's files — `NAME.{xlsx,html,json}` — and how each is made.
public struct ReportFiles: Sendable {
    public let baseName: String
    let json: @Sendable () -> [(String, JSONText.Member)]
    let page: @Sendable (TemplateSet) throws -> String
    /// Writes the workbook's sheets at the path and returns it unpacked, or nil when it is
    /// already closed (a small workbook written in one step).
    let workbook: @Sendable (String) throws -> UnpackedWorkbook?

    public static func monthly(_ report: MonthlyReport, language: ReportLanguage) -> ReportFiles {
        ReportFiles(baseName: "monthly-\(report.period)",
                    json: { MonthlyJSON.members(report, language: language) },
                    page: { try MonthlyPage.render(report, language: language, templates: $0) },
                    workbook: { UnpackedWorkbook(try MonthlyWorkbook.writeSheets(report, language: language, to: $0)) })
    }

    public static func quarterly(_ report: QuarterlyReport, language: ReportLanguage) -> ReportFiles {
        ReportFiles(baseName: "quarterly-\(report.quarter)",
                    json: { QuarterlyJSON.members(report, language: language) },
                    page: { try QuarterlyPage.render(report, language: language, templates: $0) },
                    workbook: { UnpackedWorkbook(try QuarterlyWorkbook.writeSheets(report, language: language, to: $0)) })
    }

    public static func weekly(_ report: WeeklyReport, language: ReportLanguage) -> ReportFiles {
        ReportFiles(baseName: "weekly-\(report.week)",
                    json: { WeeklyJSON.members(report, language: language) },
                    page: { try WeeklyPage.render(report, language: language, templates: $0) },
                    workbook: {
                        try WeeklyWorkbook.write(report, language: language, to: $0)
                        return nil
                    })
    }
}

/// A workbook whose sheets are all written, left to be packed into its file (`close`:
/// libxlsxwriter deflates every part, on one core).
///
/// `@unchecked Sendable`: it is handed from the thread that wrote the sheets to the one that
/// closes it, and used by that one alone from then on.
struct UnpackedWorkbook: @unchecked Sendable {
    let workbook: ReportWorkbook

    init(_ workbook: ReportWorkbook) {
        self.workbook = workbook
    }

    func close() throws { try workbook.close() }
}

/// Stages a report's files in the output folder; the caller commits them (with anything else
/// the run writes, such as the tier snapshot) once every file is complete.
public enum ReportOutputs {
    /// Writes the chosen formats in two steps, each on both cores: first the workbook's sheets
    /// (shared between the two), then the packing of the workbook on one core while the page
    /// and the JSON are written on the other, then `alongside` (the monthly snapshot) on that
    /// core too, while the packing goes on. The files are the same bytes whatever the
    /// timing; the summary lists them in the order of `formats`.
    public static func stage(_ files: ReportFiles, formats: [ReportFormat], templates: TemplateSet?,
                             in folder: OutputFolder, alongside: (@Sendable () throws -> Void)? = nil) throws {
        let others = formats.filter { $0 != .xlsx }
        var unpacked: (workbook: UnpackedWorkbook, temporary: String, target: String)?
        if formats.contains(.xlsx) {
            let target = folder.target(files.baseName + "." + ReportFormat.xlsx.rawValue)
            let temporary = folder.stage(targetPath: target)
            if let workbook = try naming(target, for: temporary, { try files.workbook(temporary) }) {
                unpacked = (workbook, temporary, target)
            }
        }
        let packing = unpacked
        _ = try Concurrently.run({
            if let packing { try naming(packing.target, for: packing.temporary) { try packing.workbook.close() } }
        }, {
            for format in others { try stage(files, format: format, templates: templates, in: folder) }
            try alongside?()
        })
    }

    private static func stage(_ files: ReportFiles, format: ReportFormat, templates: TemplateSet?,
                              in folder: OutputFolder) throws {
        let name = files.baseName + "." + format.rawValue
        switch format {
        case .json:
            try folder.stage(name) { try JSONText.writeDocument(files.json(), to: $0) }
        case .html:
            guard let templates else { throw ReviewError.input("the HTML page needs the templates folder") }
            let page: String
            do {
                page = try files.page(templates)
            } catch let error as TemplateError {
                throw ReviewError.input("templates: \(error)")
            }
            try folder.stage(name, data: Data(page.utf8))
        case .xlsx:
            try writeWorkbook(target: folder.target(name), in: folder) { path in
                try files.workbook(path)?.close()
            }
        }
    }

    /// Writes a workbook under a staged temporary name; its errors name the report's own file,
    /// not the temporary one.
    static func writeWorkbook(target: String, in folder: OutputFolder, _ write: (String) throws -> Void) throws {
        let temporary = folder.stage(targetPath: target)
        try naming(target, for: temporary) { try write(temporary) }
    }

    /// Runs `body`, its errors naming `target` where they say `temporary`.
    private static func naming<T>(_ target: String, for temporary: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ReviewError {
            throw ReviewError(error.kind, error.message.replacingOccurrences(of: temporary, with: target))
        }
    }
}

extension ReportOutputs {
    /// Stages one handover workbook per salesperson or department in
    /// `OUT/monthly-YYYY-MM-<split>/<name>.xlsx`, names made safe and distinct.
    public static func stageHandovers(_ report: MonthlyReport, split: HandoverWorkbook.Split, language: ReportLanguage,
                                      in folder: OutputFolder) throws {
        let subfolder = folder.target("monthly-\(report.period)-\(split.rawValue)")
        try folder.makeFolder(subfolder, what: "handover folder")
        folder.holdOnlyThisRunsWorkbooks(subfolder)
        let groups = HandoverWorkbook.groups(report, by: split)
        let names = SafeFileName.distinct(groups.map { $0.name ?? "" }, fallback: Label.unassigned.text(language))
        for (group, name) in zip(groups, names) {
            let target = (subfolder as NSString).appendingPathComponent(name + ".xlsx")
            try writeWorkbook(target: target, in: folder) { path in
                try HandoverWorkbook.write(group, report: report, split: split, language: language, to: path)
            }
        }
    }
}

extension ReportOutputs {
    /// Stages one evaluation form (附表1 客户评估表) per group of the committee.
    public static func stageEvaluationForms(_ report: QuarterlyReport, groups: [PolicySettings.CommitteeGroup],
                                            language: ReportLanguage, in folder: OutputFolder) throws {
        for (group, name) in zip(groups, EvaluationFormWorkbook.fileNames(quarter: report.quarter, groups: groups)) {
            let target = folder.target(name)
            try writeWorkbook(target: target, in: folder) { path in
                try EvaluationFormWorkbook.write(report, group: group, language: language, to: path)
            }
        }
    }
}
