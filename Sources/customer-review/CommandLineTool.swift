import CustomerReview

/// The commands and their dispatch.
enum CommandLineTool {
    typealias Handler = @Sendable (RunContext) throws -> Int32

    static let commands: [(spec: CommandSpec, run: Handler)] = [
        (MonthlyCommand.spec, MonthlyCommand.run),
        (QuarterlyCommand.spec, QuarterlyCommand.run),
        (WeeklyCommand.spec, WeeklyCommand.run),
        (ValidateCommand.spec, ValidateCommand.run),
        (InspectCommand.spec, InspectCommand.run),
        (EvaluationFormsCommand.spec, EvaluationFormsCommand.run),
        (SampleCommand.spec, SampleCommand.run),
        (ConfigCommand.spec, ConfigCommand.run),
    ]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" || arguments.count > 1 else {
            // Asked for: on stdout, exit 0. Given nothing: a usage error, on stderr.
            if arguments.isEmpty {
                console.error(Help.overview(commands.map(\.spec)))
                return ReviewError.Kind.usage.exitStatus
            }
            console.out(Help.overview(commands.map(\.spec)))
            return 0
        }
        if name == "--version" || name == "-V" {
            console.out(Version.line)
            return 0
        }
        if name == "help" {
            return help(for: arguments[1], console: console)
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            console.error("customer-review: \(unknownCommand(name, "unknown command")) (see customer-review --help)")
            return ReviewError.Kind.usage.exitStatus
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(Help.command(command.spec))
            return 0
        }
        do {
            let parsed = try ParsedArguments(rest, spec: command.spec)
            return try command.run(RunContext(arguments: parsed, console: console))
        } catch let error as ReviewError {
            // Messages quote headers and values from the input: one line, no control characters.
            console.error("customer-review \(name): \(ConsoleText.oneLine(error.message))")
            return error.kind.exitStatus
        } catch {
            console.error("customer-review \(name): \(ConsoleText.oneLine("\(error)"))")
            return ReviewError.Kind.input.exitStatus
        }
    }

    static func help(for name: String, console: Console) -> Int32 {
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            console.error("customer-review help: \(unknownCommand(name, "no command"))")
            return ReviewError.Kind.usage.exitStatus
        }
        console.out(Help.command(command.spec))
        return 0
    }

    /// "`what` 'name'", and the closest command's name when one is close.
    static func unknownCommand(_ name: String, _ what: String) -> String {
        guard let close = Suggestions.closest(to: name, among: commands.map(\.spec.name)) else { return "\(what) '\(name)'" }
        return "\(what) '\(name)'; did you mean '\(close)'?"
    }
}
