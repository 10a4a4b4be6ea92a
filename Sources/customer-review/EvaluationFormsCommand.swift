import CustomerReview

/// `evaluation-forms`: one 附表1 客户评估表 workbook per group of the evaluation committee.
enum EvaluationFormsCommand {
    static let spec = CommandSpec(
        name: "evaluation-forms",
        summary: "the evaluation committee's forms (附表1 客户评估表): one workbook per group, to fill in and save as evaluations.csv",
        usage: "customer-review evaluation-forms --data DIR --out DIR [--as-of DATE] [--quarter YYYYQn] [--group NAME]",
        options: [CommonOptions.data, CommonOptions.out, CommonOptions.asOf,
                  .value("quarter", "YYYYQn", "the quarter the evaluation is for (default: the quarter before the as-of quarter)"),
                  .value("group", "NAME", "only this group's form (its name or id, e.g. 财务部 or finance)"),
                  CommonOptions.history, CommonOptions.lang, CommonOptions.config, CommonOptions.encoding,
                  CommonOptions.strict, CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review evaluation-forms --data /srv/exports --out /srv/forms",
                   "customer-review evaluation-forms --data sample-data --as-of 2026-11-15 --group 财务部 --out forms"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let support = ReportRunSupport(context)
        let settings = try context.settings()
        let language = try context.language()
        let asOf = try context.asOf()
        let requested = try context.option("quarter", mustBe: "a quarter like 2026Q4", Quarter.init(parsing:))
        let quarter = try ReportPeriod.quarter(asOf: asOf, requested: requested)
        var groups = settings.evaluation.groups
        if let name = context.arguments.value("group") {
            guard let index = settings.evaluation.groupIndex(named: name) else {
                throw ReviewError.usage("--group must be one of \(groups.map(\.name).joined(separator: ", ")), not '\(name)'")
            }
            groups = [groups[index]]
        }
        let out = try context.required("out")
        let folder = try context.dataFolder(settings: settings)
        let (report, _, _) = try QuarterlyCommand.build(quarter: quarter, asOf: asOf, settings: settings, folder: folder,
                                                        history: context.historyFolder(folder), support: support)
        let output = try OutputFolder(path: out)
        try ReportOutputs.stageEvaluationForms(report, groups: groups, language: language, in: output)
        let files = output.stagedTargets
        try output.commit()
        let customers = report.customers.filter { $0.customer.status != .eliminated }.count
        support.summary("evaluation-forms \(quarter)", ["\(groups.count) groups", "\(customers) customers to evaluate",
                                                         "\(report.dataIssues.count) data issues"], files: files)
        return 0
    }
}
