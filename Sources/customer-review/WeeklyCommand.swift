import CustomerReview

enum WeeklyCommand {
    static let spec = CommandSpec(
        name: "weekly",
        summary: "the agenda of next week's business meeting: customers for a manager-level visit, visit pace, approvals",
        usage: "customer-review weekly --data DIR [--as-of DATE] [--out DIR]",
        options: [CommonOptions.data, CommonOptions.asOf, CommonOptions.history, CommonOptions.out, CommonOptions.formats,
                  CommonOptions.lang, CommonOptions.templates, CommonOptions.config, CommonOptions.encoding,
                  CommonOptions.strict, CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review weekly --data /srv/exports --out /srv/reports",
                   "customer-review weekly --data sample-data --as-of 2026-11-20 --lang en"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let support = ReportRunSupport(context)
        let settings = try context.settings()
        let language = try context.language()
        let asOf = try context.asOf()
        _ = try ReportPeriod.week(asOf: asOf)
        let formats = try support.formats()
        let templates = try support.templates(needed: formats.contains(.html))
        let folder = try context.dataFolder(settings: settings)
        let historyFolder = context.historyFolder(folder)
        let scope = WeeklyReview.scope(asOf: asOf, settings: settings)
        // The inputs are released once the report is built, before the files are written.
        let report: WeeklyReport
        let coverage: PeriodCoverage
        do {
            let inputs = try support.gather(folder, history: historyFolder, scope: scope)
            try support.reportIssues(inputs.issues)
            coverage = inputs.coverage
            support.warnIfEmpty(coverage)
            // The monthly snapshots up to last month, for the running streaks.
            let history = try MonthlyHistory.read(folder: historyFolder, window: scope.history ?? MonthWindow(last: asOf.yearMonth),
                                                  indexByID: inputs.indexByID, includingLast: true)
            report = WeeklyReview.build(inputs, asOf: asOf, settings: settings, history: history)
        }
        // What the threads that read the inputs freed, given back before the files are written.
        FreedMemory.giveBack()
        support.note("writing \(formats.map(\.rawValue).joined(separator: ", "))…")
        let output = try OutputFolder(path: support.outputPath())
        try ReportOutputs.stage(.weekly(report, language: language), formats: formats, templates: templates, in: output)
        let files = output.stagedTargets
        try output.commit()
        support.summary("weekly \(report.week)", ["\(report.agenda.count) customers on the agenda",
                                                   "\(report.awaitingApproval.count) visits awaiting approval",
                                                   "\(report.dataIssues.count) data issues"] + coverage.gaps, files: files)
        return 0
    }
}
