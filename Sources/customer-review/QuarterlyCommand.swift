import CustomerReview

enum QuarterlyCommand {
    static let spec = CommandSpec(
        name: "quarterly",
        summary: "the quarterly tier adjustment: proposals, movements, policy changes, and the new tier snapshot",
        usage: "customer-review quarterly --data DIR [--as-of DATE] [--quarter YYYYQn] [--history DIR] [--out DIR]",
        options: [CommonOptions.data, CommonOptions.asOf,
                  .value("quarter", "YYYYQn", "the quarter to adjust (default: the quarter before the as-of quarter)"),
                  CommonOptions.history, CommonOptions.out, CommonOptions.formats, CommonOptions.lang,
                  CommonOptions.templates, CommonOptions.config, CommonOptions.encoding, CommonOptions.strict,
                  CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review quarterly --data /srv/exports --out /srv/reports",
                   "customer-review quarterly --data sample-data --as-of 2027-01-01 --quarter 2026Q4"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let support = ReportRunSupport(context)
        let settings = try context.settings()
        let language = try context.language()
        let asOf = try context.asOf()
        let requested = try context.option("quarter", mustBe: "a quarter like 2026Q4", Quarter.init(parsing:))
        let quarter = try ReportPeriod.quarter(asOf: asOf, requested: requested)
        let formats = try support.formats()
        let templates = try support.templates(needed: formats.contains(.html))
        let folder = try context.dataFolder(settings: settings)
        let history = context.historyFolder(folder)
        let (report, order, coverage) = try build(quarter: quarter, asOf: asOf, settings: settings, folder: folder,
                                                  history: history, support: support)
        // What the threads that read the inputs freed, given back before the files are written.
        FreedMemory.giveBack()
        support.note("writing \(formats.map(\.rawValue).joined(separator: ", ")) and the tier snapshot…")
        let output = try OutputFolder(path: support.outputPath())
        try ReportOutputs.stage(.quarterly(report, language: language), formats: formats, templates: templates, in: output)
        _ = try SnapshotFile.stage(QuarterlyReview.snapshot(report), order: order,
                                   historyFolder: history, in: output)
        let files = output.stagedTargets
        try output.commit()
        let t = report.totals
        support.summary("quarterly \(quarter)", ["\(report.customers.count) customers", "\(t.up) up", "\(t.down) down",
                                                  "\(t.new) new", "\(report.dataIssues.count) data issues"] + coverage.gaps, files: files)
        return 0
    }

    /// The quarterly adjustment from the data folder, with the customers' order for the
    /// snapshot and what the period holds; the inputs are released once the report is built,
    /// before any file is written. The evaluation forms are made from the same report.
    static func build(quarter: Quarter, asOf: CalendarDate, settings: PolicySettings, folder: DataFolder, history: String,
                      support: ReportRunSupport) throws -> (QuarterlyReport, [String], PeriodCoverage) {
        let scope = QuarterlyReview.scope(asOf: asOf, quarter: quarter, settings: settings)
        let inputs = try support.gather(folder, history: history, scope: scope)
        try support.reportIssues(inputs.issues)
        support.warnIfEmpty(inputs.coverage)
        return (QuarterlyReview.build(inputs, quarter: quarter, asOf: asOf, settings: settings), inputs.customers.map(\.id),
                inputs.coverage)
    }
}
