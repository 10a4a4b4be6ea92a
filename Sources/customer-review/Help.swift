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
        lines += [
            "",
            "examples:",
            "  customer-review sample --out demo && customer-review monthly --data demo --as-of 2026-11-15 --out reports",
            "  customer-review validate --data /srv/exports",
            "",
            "exit statuses: 0 written; 64 usage; 65 input or settings unusable (or a data issue with --strict);",
            "               73 an output cannot be written; 75 another run is writing the same output folder",
            "",
            "customer-review help COMMAND (or COMMAND --help) shows a command's options and examples;",
            "customer-review --version (or -V) prints the version.",
        ]
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
