import CustomerReview

enum ConfigCommand {
    static let spec = CommandSpec(
        name: "config",
        summary: "print the settings in force (the built-in policy, with --config over it) as JSON",
        usage: "customer-review config --print [--config FILE] [--lang zh|en]",
        options: [.flag("print", "print the settings in force"), CommonOptions.config, CommonOptions.lang],
        positionals: [],
        examples: ["customer-review config --print > policy.json", "customer-review config --print --config policy.json"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        guard context.arguments.flag("print") else {
            throw ReviewError.usage("config: add --print to print the settings in force")
        }
        let settings = try context.settings()
        let language = try context.language()
        context.console.outWithoutNewline(JSONText.render(SettingsJSON.value(settings, language: language)))
        return 0
    }
}
