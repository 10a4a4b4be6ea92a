import CustomerReview

enum SampleCommand {
    static let spec = CommandSpec(
        name: "sample",
        summary: "write a realistic, deterministic data set (with a few deliberately bad rows) to try the reports on",
        usage: "customer-review sample --out DIR [--customers N] [--months M] [--seed S]",
        options: [.value("out", "DIR", "the folder to write customers.csv, visits.csv, receivables.csv, contracts.csv and evaluations.csv to"),
                  .value("customers", "N", "how many customers (default 60)"),
                  .value("months", "M", "how many months of visits and invoices, ending 2026-10 (default 6)"),
                  .value("seed", "S", "the seed; the same N, M and S give byte-identical files (default 1)"),
                  CommonOptions.quiet],
        positionals: [],
        examples: ["customer-review sample --out /tmp/demo --customers 60 --months 6 --seed 1",
                   "customer-review sample --out /tmp/big --customers 100000 --months 12"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        let out = try context.required("out")
        let customers = try number("customers", default: 60, context)
        let months = try number("months", default: 6, context)
        let seedValue = try number("seed", default: 1, context)
        let generator = SampleGenerator(customers: customers, months: months, seed: UInt64(seedValue))
        let summary = try generator.write(to: out)
        if !context.arguments.flag("quiet") {
            for line in summary.lines { context.console.out(line) }
        }
        return 0
    }

    static func number(_ name: String, default value: Int, _ context: RunContext) throws -> Int {
        try context.option(name, mustBe: "a whole number") { Int($0).flatMap { $0 >= 0 ? $0 : nil } } ?? value
    }
}
