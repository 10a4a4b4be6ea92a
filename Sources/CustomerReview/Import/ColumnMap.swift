/// Which column of a file holds which field, found from the header row.
///
/// The order of columns is free; unknown columns are ignored; each field is accepted under its
/// English name (any case, spaces or hyphens for underscores) or its Chinese name. A missing
/// required column, or two columns for one field, stops the run naming the file and columns.
struct ColumnMap: Sendable {
    /// The header cells as written (trimmed), for messages.
    let headers: [String]
    private let indexByKey: [String: Int]

    init(header record: CSVRecord, columns: [InputColumn], fileName: String) throws {
        if let problem = record.problem {
            var message = "\(fileName) line \(record.line): the header row cannot be read: \(problem.message(.en))"
            if problem == .nulByte {
                message += "; the file may be UTF-16 without a byte order mark (try --encoding utf-16le)"
            }
            throw ReviewError.input(message)
        }
        let headers = (0..<record.fieldCount).map { FieldText.string(record.field($0)) }
        var lookup: [String: InputColumn] = [:]
        for column in columns {
            lookup[Self.normalise(column.key)] = column
            for name in column.chineseNames { lookup[Self.normalise(name)] = column }
        }
        var indexByKey: [String: Int] = [:]
        for (index, header) in headers.enumerated() {
            guard let column = lookup[Self.normalise(header)] else { continue }
            if let earlier = indexByKey[column.key] {
                throw ReviewError.input("\(fileName): columns '\(TableRow.shown(headers[earlier]))' (column \(earlier + 1)) and '\(TableRow.shown(header))' (column \(index + 1)) both give \(column.label); remove one of them")
            }
            indexByKey[column.key] = index
        }
        let missing = columns.filter { $0.required && indexByKey[$0.key] == nil }
        if !missing.isEmpty {
            let names = missing.map(\.label).joined(separator: ", ")
            var message = "\(fileName): required column\(missing.count > 1 ? "s" : "") \(names) missing"
            let shown = headers.prefix(12).map { "'\(TableRow.shown($0))'" }.joined(separator: ", ")
            message += "; the header row (line \(record.line)) has \(shown)\(headers.count > 12 ? ", …" : "")"
            throw ReviewError.input(message)
        }
        self.headers = headers
        self.indexByKey = indexByKey
    }

    /// The column index of a field, nil when the file has no such column.
    func index(_ key: String) -> Int? { indexByKey[key] }

    /// A field looked up once, for reading it from every row.
    func field(_ key: String) -> Field { Field(key: key, index: indexByKey[key]) }

    /// The header of a field's column as the file writes it.
    func header(_ key: String) -> String? { indexByKey[key].map { headers[$0] } }

    /// Every field found, for `inspect`: field key → column index.
    var mapped: [(key: String, index: Int)] {
        indexByKey.map { ($0.key, $0.value) }.sorted { $0.index < $1.index }
    }

    static func normalise(_ name: String) -> String {
        String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
