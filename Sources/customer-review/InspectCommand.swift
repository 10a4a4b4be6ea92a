import CustomerReview

enum InspectCommand {
    static let spec = CommandSpec(
        name: "inspect",
        summary: "show how one CSV file is read: encoding, delimiter, columns; --json prints its records",
        usage: "customer-review inspect FILE [--json] [--encoding NAME]",
        options: [.flag("json", "print the records exactly as read, as a JSON array of arrays of strings (header first)"),
                  CommonOptions.encoding, CommonOptions.config],
        positionals: ["FILE"],
        examples: ["customer-review inspect exports/visits.csv", "customer-review inspect exports/visits.csv --json > visits.json"]
    )

    static func run(_ context: RunContext) throws -> Int32 {
        guard let path = context.arguments.positionals.first else {
            throw ReviewError.usage("inspect: which file? e.g. customer-review inspect data/visits.csv")
        }
        let settings = try context.settings()
        let json = context.arguments.flag("json")
        var writer = JSONArrayStreamWriter(console: context.console)
        let inspection = try Inspection.inspect(path: path, encoding: context.encoding(), settings: settings) { record in
            if json { writer.append(record) }
        }
        if json {
            writer.finish()
        } else {
            describe(inspection, console: context.console)
        }
        for problem in inspection.problems { context.console.error(problem.line(.en)) }
        if !inspection.problems.isEmpty {
            context.console.error("inspect: \(inspection.fileName) is not well-formed: \(inspection.problems.count) records with problems")
            return ReviewError.Kind.input.exitStatus
        }
        return 0
    }

    static func describe(_ inspection: Inspection, console: Console) {
        let format = inspection.format
        var encoding = format.encoding.rawValue
        encoding += format.encodingForced ? " (forced by --encoding)" : " (detected)"
        if format.hasByteOrderMark { encoding += ", with byte order mark" }
        if format.mixedEncodings { encoding += "; the file mixes encodings, rows in the other one are data issues" }
        console.out("file: \(inspection.fileName)")
        console.out("encoding: \(encoding)")
        console.out("delimiter: \(format.delimiterName)")
        if let kind = inspection.kind {
            console.out("read as: \(kind.fileName) (\(kind.chineseName))")
        } else {
            console.out("read as: unknown — the header matches none of customers, visits, receivables, contracts")
        }
        console.out("records: \(inspection.recordCount) after the header")
        console.out("columns:")
        // Headers are the file's text: shown on one line, without control characters.
        let headers = inspection.columns.map { ConsoleText.oneLine($0.header) }
        // Lined up by display width: a Chinese character takes two columns of the terminal.
        let width = headers.map(ConsoleText.displayWidth).max() ?? 0
        for (index, column) in inspection.columns.enumerated() {
            let padded = ConsoleText.padded(headers[index], to: width)
            console.out("  \(index + 1)\t\(padded)  → \(column.field ?? "(ignored)")")
        }
        console.out("missing required columns: \(inspection.missingRequired.isEmpty ? "none" : inspection.missingRequired.joined(separator: ", "))")
        console.out("problems: \(inspection.problems.isEmpty ? "none" : "\(inspection.problems.count) (listed on stderr)")")
    }
}

/// Prints a JSON array of arrays of strings one record at a time, so a large file is never
/// held whole.
struct JSONArrayStreamWriter {
    let console: Console
    private var count = 0
    private var buffer = ""

    init(console: Console) { self.console = console }

    mutating func append(_ record: [String]) {
        buffer += count == 0 ? "[\n  " : ",\n  "
        buffer += "["
        for (i, field) in record.enumerated() {
            if i > 0 { buffer += ", " }
            buffer += JSONText.quoted(field)
        }
        buffer += "]"
        count += 1
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func finish() {
        buffer += count == 0 ? "[]" : "\n]"
        console.out(buffer)
        buffer = ""
    }

    private mutating func flush() {
        console.outWithoutNewline(buffer)
        buffer = ""
    }
}
