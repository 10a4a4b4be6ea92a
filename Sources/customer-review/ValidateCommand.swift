import CustomerReview

enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        summary: "read every input and list its data issues, writing nothing",
        usage: "customer-review validate --data DIR [--as-of DATE] [--strict]",
        options: [CommonOptions.data, CommonOptions.asOf, CommonOptions.config, CommonOptions.encoding,
                  CommonOptions.strict, CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review validate --data /srv/exports/2026-11 --strict"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let settings = try context.settings()
        let folder = try context.dataFolder(settings: settings)
        let scope = Validation.scope(asOf: try context.asOf(), settings: settings)
        let exports = try OpenedExports(folder, tierSnapshotBefore: scope.snapshotBefore, history: folder.defaultHistoryFolder)
        let validation = try Validation.run(exports, scope: scope)
        let quiet = context.arguments.flag("quiet")
        if !quiet {
            for issue in validation.issues { context.console.out(issue.line(.en)) }
            for file in validation.files {
                let state = file.present ? "\(file.usableRows) usable rows, \(file.issues) issues" : "not present"
                context.console.out("\(file.file): \(state)")
            }
            context.console.out("\(validation.issues.count) data issues in all")
        }
        if context.arguments.flag("strict"), !validation.issues.isEmpty {
            context.console.error("validate: \(validation.issues.count) data issues and --strict was given")
            return ReviewError.Kind.input.exitStatus
        }
        return 0
    }
}
