/// What `inspect FILE` shows support staff: how one CSV file is read — the encoding and
/// delimiter found, which column maps to which field — and every record whose shape or bytes
/// are wrong, with its line.
public struct Inspection: Sendable {
    public var fileName: String
    public var format: CSVFormat
    /// The input the file was taken for (from its name, else the best match of its header).
    public var kind: InputFileKind?
    /// Each header cell with the field it maps to, or nil when the column is ignored.
    public var columns: [(header: String, field: String?)]
    /// Required fields of `kind` that no column gives.
    public var missingRequired: [String]
    /// Records after the header (blank lines skipped).
    public var recordCount: Int
    /// The malformed records: an unterminated or stray quote, a wrong field count, bad bytes.
    public var problems: [DataIssue]

    /// Reads `path`, handing each record (header first) to `eachRecord` exactly as the CSV
    /// layer read it — before trimming or conversion.
    public static func inspect(path: String, encoding: TextEncoding?, settings: PolicySettings,
                               eachRecord: ([String]) -> Void = { _ in }) throws -> Inspection {
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        let reader = try CSVReader(path: path, displayName: fileName, encoding: encoding)
        var header: [String]?
        var count = 0
        var problems: [DataIssue] = []
        try reader.read { record in
            eachRecord(record.strings)
            if header == nil {
                header = record.strings
            } else {
                count += 1
            }
            if let problem = record.problem {
                var column: String?
                var value: String?
                if let field = record.problemField, field < record.fieldCount {
                    column = header.flatMap { field < $0.count ? $0[field] : nil } ?? "#\(field + 1)"
                    value = TableRow.shown(record.string(field))
                }
                problems.append(DataIssue(file: fileName, line: record.line, column: column, value: value,
                                          problem: problem, effect: .rowLeftOut))
            }
        }
        let trimmedHeader = (header ?? []).map { FieldText.string(ArraySlice($0.utf8)) }
        let kind = InputFileKind.allCases.first { $0.fileName == fileName.lowercased() }
            ?? bestMatch(trimmedHeader, settings: settings)
        var columns: [(String, String?)] = trimmedHeader.map { ($0, nil) }
        var missing: [String] = []
        if let kind {
            let specs = kind.columns(indicators: settings.indicators)
            var lookup: [String: InputColumn] = [:]
            for spec in specs {
                lookup[ColumnMap.normalise(spec.key)] = spec
                for name in spec.chineseNames { lookup[ColumnMap.normalise(name)] = spec }
            }
            var found: Set<String> = []
            for (i, cell) in trimmedHeader.enumerated() {
                if let spec = lookup[ColumnMap.normalise(cell)], found.insert(spec.key).inserted {
                    columns[i].1 = spec.key
                }
            }
            missing = specs.filter { $0.required && !found.contains($0.key) }.map(\.label)
        }
        return Inspection(fileName: fileName, format: reader.format, kind: kind, columns: columns,
                          missingRequired: missing, recordCount: count, problems: problems)
    }

    /// The input whose columns the header matches best, if it matches any.
    static func bestMatch(_ header: [String], settings: PolicySettings) -> InputFileKind? {
        let normalised = Set(header.map(ColumnMap.normalise))
        var best: (InputFileKind, Int)?
        for kind in InputFileKind.allCases {
            let specs = kind.columns(indicators: settings.indicators).filter(\.required)
            let hits = specs.filter { spec in
                normalised.contains(ColumnMap.normalise(spec.key))
                    || spec.chineseNames.contains { normalised.contains(ColumnMap.normalise($0)) }
            }.count
            if hits > 0, hits > (best?.1 ?? 0) { best = (kind, hits) }
        }
        return best?.0
    }
}
