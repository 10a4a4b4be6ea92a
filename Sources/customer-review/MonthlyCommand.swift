import CustomerReview

enum MonthlyCommand {
    static let spec = CommandSpec(
        name: "monthly",
        summary: "the 15th-of-month review of the month before: workbook, page and JSON",
        usage: "customer-review monthly --data DIR [--as-of DATE] [--period YYYY-MM] [--out DIR] [--formats xlsx,html,json] [--lang zh|en]",
        options: [CommonOptions.data, CommonOptions.asOf,
                  .value("period", "YYYY-MM", "the month to review (default: the month before the as-of month)"),
                  CommonOptions.out, CommonOptions.history, CommonOptions.formats,
                  .value("split", "salesperson|department", "also write one handover workbook (客户拜访记录表) per salesperson or department"), CommonOptions.lang, CommonOptions.templates,
                  CommonOptions.config, CommonOptions.encoding, CommonOptions.strict, CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review monthly --data /srv/exports --out /srv/reports --split salesperson",
                   "customer-review monthly --data sample-data --as-of 2026-11-15 --lang en --formats xlsx,json"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let support = ReportRunSupport(context)
        let settings = try context.settings()
        let language = try context.language()
        let asOf = try context.asOf()
        let requested = try context.option("period", mustBe: "a month like 2026-10", YearMonth.init(parsing:))
        let period = try ReportPeriod.month(asOf: asOf, requested: requested)
        let formats = try support.formats()
        let split = try context.option("split", mustBe: "salesperson or department", HandoverWorkbook.Split.init(rawValue:))
        let templates = try support.templates(needed: formats.contains(.html))
        let folder = try context.dataFolder(settings: settings)
        let history = context.historyFolder(folder)
        let scope = MonthlyReview.scope(asOf: asOf, period: period, settings: settings, historyFolder: history)
        // Last month's snapshot, read first: a damaged one stops the run before any work.
        let previous = try MonthlySnapshot.read(month: period.adding(months: -1), in: history)
        // The inputs are released once the report is built, before the files are written.
        let report: MonthlyReport
        do {
            let inputs = try ReviewInputs.load(folder, scope: scope, progress: support.progress)
            try support.reportIssues(inputs.issues)
            // The months before, for the running streaks and the trends (one snapshot at a time).
            let months = try MonthlyHistory.read(folder: history, window: MonthWindow(last: period),
                                                 indexByID: inputs.indexByID, loaded: previous)
            report = MonthlyReview.build(inputs, period: period, asOf: asOf, settings: settings, previous: previous,
                                         history: months)
        }
        support.note("writing \(formats.map(\.rawValue).joined(separator: ", ")) and the monthly snapshot…")
        let output = try OutputFolder(path: support.outputPath())
        try ReportOutputs.stage(.monthly(report, language: language), formats: formats, templates: templates, in: output)
        if let split { try ReportOutputs.stageHandovers(report, split: split, language: language, in: output) }
        _ = try SnapshotFile.stage(MonthlyReview.snapshot(report), historyFolder: history, in: output)
        let files = output.stagedTargets
        try output.commit()
        support.summary("monthly \(period)", ["\(report.customers.count) customers", "\(report.findings.count) findings",
                                                "\(report.dataIssues.count) data issues"], files: files)
        return 0
    }
}
