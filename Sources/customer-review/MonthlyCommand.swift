import CustomerReview

enum MonthlyCommand {
    static let spec = CommandSpec(
        name: "monthly",
        summary: "the 15th-of-month review of the month before: workbook, page and JSON",
        usage: "customer-review monthly --data DIR [--as-of DATE] [--period YYYY-MM | --backfill YYYY-MM..YYYY-MM] [--out DIR] [--formats xlsx,html,json] [--lang zh|en]",
        options: [CommonOptions.data, CommonOptions.asOf,
                  .value("period", "YYYY-MM", "the month to review (default: the month before the as-of month)"),
                  .value("backfill", "YYYY-MM..YYYY-MM", "write the snapshots of these past months in one read of the inputs (and, with --out, their reports)"),
                  CommonOptions.out, CommonOptions.history, CommonOptions.formats,
                  .value("split", "salesperson|department", "also write one handover workbook (客户拜访记录表) per salesperson or department"), CommonOptions.lang, CommonOptions.templates,
                  CommonOptions.config, CommonOptions.encoding, CommonOptions.strict, CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review monthly --data /srv/exports --out /srv/reports --split salesperson",
                   "customer-review monthly --data sample-data --as-of 2026-11-15 --lang en --formats xlsx,json",
                   "customer-review monthly --data /srv/exports --backfill 2026-01..2026-10"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let support = ReportRunSupport(context)
        let settings = try context.settings()
        let language = try context.language()
        let asOf = try context.asOf()
        if let range = context.arguments.value("backfill") {
            return try backfill(context, range: range, asOf: asOf, settings: settings, language: language)
        }
        let requested = try context.option("period", mustBe: "a month like 2026-10", YearMonth.init(parsing:))
        let period = try ReportPeriod.month(asOf: asOf, requested: requested)
        let formats = try support.formats()
        let split = try context.option("split", mustBe: "salesperson or department", HandoverWorkbook.Split.init(rawValue:))
        let templates = try support.templates(needed: formats.contains(.html))
        let folder = try context.dataFolder(settings: settings)
        let history = context.historyFolder(folder)
        let scope = MonthlyReview.scope(asOf: asOf, period: period, settings: settings)
        // The inputs and last month's snapshot are released once the report is built, before
        // the files are written.
        let report: MonthlyReport
        let coverage: PeriodCoverage
        do {
            // Last month's snapshot and the months before it (for the running streaks and the
            // trends) are read by a thread of idle priority while the exports are read: it
            // takes the time they leave a core (`MonthlyHistory.Reading`).
            let reading = MonthlyHistory.Reading(folder: history, window: MonthWindow(last: period),
                                                 previousMonth: period.adding(months: -1))
            defer { reading.stop() }
            let inputs: ReviewInputs
            do {
                inputs = try support.gather(folder, history: history, scope: scope) { reading.place(on: $0.indexByID) }
            } catch {
                // A damaged snapshot of last month is told first, as if read before the exports.
                _ = try reading.previousSnapshot()
                throw error
            }
            let previous = try reading.previousSnapshot()
            try support.reportIssues(inputs.issues)
            coverage = inputs.coverage
            support.warnIfEmpty(coverage)
            let months = try reading.history()
            // What the history's threads freed, given back before the report is built (the
            // run's peak), and the inputs' once they are released.
            FreedMemory.giveBack()
            report = MonthlyReview.build(inputs, period: period, asOf: asOf, settings: settings, previous: previous,
                                         history: months)
        }
        FreedMemory.giveBack()
        support.note("writing \(formats.map(\.rawValue).joined(separator: ", ")) and the monthly snapshot…")
        let output = try OutputFolder(path: support.outputPath())
        // The snapshot is written while the workbook is packed (the core that writes the page
        // and the JSON is free by then).
        try ReportOutputs.stage(.monthly(report, language: language), formats: formats, templates: templates, in: output) {
            _ = try SnapshotFile.stage(MonthlyReview.snapshot(report), historyFolder: history, in: output)
        }
        if let split { try ReportOutputs.stageHandovers(report, split: split, language: language, in: output) }
        let files = output.stagedTargets
        try output.commit()
        support.summary("monthly \(period)", ["\(report.customers.count) customers", "\(report.findings.count) findings",
                                                "\(report.dataIssues.count) data issues"] + coverage.gaps, files: files)
        return 0
    }

    /// `--backfill FROM..TO`: every month of the range from one read of the inputs, oldest
    /// first, each compared with the month before (the one just computed, or the history's
    /// snapshot for the first). Writes the snapshots; with `--out`, the reports too.
    static func backfill(_ context: RunContext, range: String, asOf: CalendarDate, settings: PolicySettings,
                         language: ReportLanguage) throws -> Int32 {
        let support = ReportRunSupport(context)
        guard context.arguments.value("period") == nil, context.arguments.value("split") == nil else {
            throw ReviewError.usage("--backfill writes a range of months: it takes neither --period nor --split")
        }
        let months = try ReportPeriod.backfill(range, asOf: asOf)
        let writesReports = context.arguments.value("out") != nil
        let formats = writesReports ? try support.formats() : []
        let templates = try support.templates(needed: formats.contains(.html))
        let folder = try context.dataFolder(settings: settings)
        let history = context.historyFolder(folder)
        guard let firstMonth = months.first else { return 0 }
        var previous = try MonthlySnapshot.read(month: firstMonth.adding(months: -1), in: history)
        let scopes = months.map { MonthlyReview.scope(asOf: asOf, period: $0, settings: settings) }
        let all = try support.gather(folder, history: history, scopes: scopes)
        try support.reportIssues(all.first?.issues ?? [])
        support.note("writing \(months.count) months…")
        let output = try OutputFolder(path: writesReports ? support.outputPath() : history)
        var fresh: [MonthlySnapshot] = []
        var findings = 0
        for (month, inputs) in zip(months, all) {
            let trail = try MonthlyHistory.read(folder: history, window: MonthWindow(last: month), indexByID: inputs.indexByID,
                                                loaded: previous, fresh: fresh)
            let report = MonthlyReview.build(inputs, period: month, asOf: asOf, settings: settings, previous: previous,
                                             history: trail)
            if writesReports {
                try ReportOutputs.stage(.monthly(report, language: language), formats: formats, templates: templates, in: output)
            }
            let snapshot = MonthlyReview.snapshot(report)
            _ = try SnapshotFile.stage(snapshot, historyFolder: history, in: output)
            fresh.append(snapshot)
            previous = snapshot
            findings += report.findings.count
        }
        let files = output.stagedTargets
        try output.commit()
        support.summary("monthly backfill \(range)", ["\(months.count) months", "\(all.first?.customers.count ?? 0) customers",
                                                     "\(findings) findings", "\(all.first?.issues.count ?? 0) data issues"],
                        files: files)
        return 0
    }
}
