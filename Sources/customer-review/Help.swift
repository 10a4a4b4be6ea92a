/// The text of `--help` and `help COMMAND`.
enum Help {
    static func overview(_ specs: [CommandSpec]) -> String {
        var lines = [
            "customer-review — the reports of the customer management policy (客户管理制度)",
            "",
            "usage: customer-review COMMAND [options]",
            "",
            "commands:",
        ]
        let width = specs.map(\.name.count).max() ?? 0
        for spec in specs {
            lines.append("  " + spec.name + String(repeating: " ", count: width - spec.name.count) + "  " + spec.summary)
        }
        lines += ["", "customer-review help COMMAND shows a command's options and an example."]
        return lines.joined(separator: "\n")
    }

    static func command(_ spec: CommandSpec) -> String {
        var lines = ["customer-review \(spec.name) — \(spec.summary)", "", "usage: \(spec.usage)", "", "options:"]
        let labels = spec.options.map { "--" + $0.name + ($0.value.map { " " + $0 } ?? "") }
        let width = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, spec.options) {
            lines.append("  " + label + String(repeating: " ", count: width - label.count) + "  " + option.help)
        }
        lines += ["", spec.examples.count == 1 ? "example:" : "examples:"]
        lines += spec.examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }
}
