/// One input file read as a table: header mapped to fields, then each row handed on, with
/// every malformed record turned into a data issue on the way.
struct InputTable {
    let kind: InputFileKind
    let reader: CSVReader
    let columns: [InputColumn]

    /// The longest raw value kept in a data issue, in characters and in UTF-8 bytes (whichever
    /// comes first); longer ones are cut with "…".
    static let maximumIssueValueLength = 500
    static let maximumIssueValueBytes = 2_000

    init(kind: InputFileKind, path: String, encoding: TextEncoding?, indicators: [PolicySettings.Indicator]) throws {
        self.kind = kind
        reader = try CSVReader(path: path, displayName: kind.fileName, encoding: encoding)
        columns = kind.columns(indicators: indicators)
    }

    /// Reads every row. A file with no header at all is an error (exit 65) for a required
    /// file; records the CSV layer found malformed become issues and are not handed on.
    ///
    /// `prepare` runs once, when the header is known, to look up the columns the caller reads
    /// (`ColumnMap.field`), so that no row looks a column up by name.
    /// Returns the number of rows after the header.
    @discardableResult
    func read<Fields>(issues: inout [DataIssue], prepare: (ColumnMap) -> Fields,
                      _ body: (TableRow, Fields, inout [DataIssue]) throws -> Void) throws -> Int {
        var prepared: (ColumnMap, Fields)?
        var rows = 0
        try reader.read { record in
            guard let (columns, fields) = prepared else {
                let map = try ColumnMap(header: record, columns: self.columns, fileName: kind.fileName)
                prepared = (map, prepare(map))
                return
            }
            rows += 1
            let row = TableRow(file: kind.fileName, record: record, map: columns)
            if let problem = record.problem {
                issues.append(row.shapeIssue(problem))
                return
            }
            try body(row, fields, &issues)
        }
        if prepared == nil {
            throw ReviewError.input("\(kind.fileName): the file is empty; it needs a header row naming its columns")
        }
        return rows
    }
}

/// A field of a table, looked up once: its key (for messages) and its column, if the file has it.
struct Field: Sendable {
    let key: String
    let index: Int?
}

/// A row of an input table: its fields by name, trimmed, and the issues it can raise.
struct TableRow {
    let file: String
    let record: CSVRecord
    let map: ColumnMap
    let line: Int
    /// The record's storage, taken once: reading fields from a struct costs no access check.
    private let storage: [UInt8]
    private let ends: [Int]

    init(file: String, record: CSVRecord, map: ColumnMap) {
        self.file = file
        self.record = record
        self.map = map
        line = record.line
        storage = record.bytes
        ends = record.fieldEnds
    }

    /// The trimmed UTF-8 bytes of a field; nil when the file has no such column.
    func bytes(_ field: Field) -> ArraySlice<UInt8>? {
        guard let index = field.index, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return FieldText.trimmed(storage[start..<ends[index]])
    }

    /// The trimmed text of a field; "" when the column is absent or the cell empty.
    func text(_ key: Field) -> String {
        bytes(key).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The trimmed text, or nil when absent or empty.
    func optionalText(_ key: Field) -> String? {
        guard let b = bytes(key), !b.isEmpty else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    /// The raw (untrimmed) text of a field, cut for showing in an issue.
    func rawValue(_ key: Field) -> String? {
        guard let index = key.index, index < record.fieldCount else { return nil }
        return Self.shown(record.string(index))
    }

    /// A value as an issue (or a message) shows it: at most 500 characters and 2,000 bytes.
    /// One character can be any number of scalars (a letter and 100,000 combining marks), so
    /// a character that alone passes the byte limit is cut between its scalars.
    static func shown(_ value: String) -> String {
        let maximumLength = InputTable.maximumIssueValueLength
        let maximumBytes = InputTable.maximumIssueValueBytes
        let size = value.utf8.count
        if size <= maximumLength || (size <= maximumBytes && value.count <= maximumLength) { return value }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        var characters = 0
        for character in value {
            guard characters < maximumLength else { break }
            let width = character.utf8.count
            if bytes + width <= maximumBytes {
                kept.append(contentsOf: character.unicodeScalars)
                bytes += width
                characters += 1
                continue
            }
            for scalar in character.unicodeScalars {
                let scalarWidth = UTF8.width(scalar)
                guard bytes + scalarWidth <= maximumBytes else { break }
                kept.append(scalar)
                bytes += scalarWidth
            }
            break
        }
        return String(kept) + "…"
    }

    /// An issue about one field of this row.
    func issue(_ key: Field, _ problem: DataProblem, _ effect: DataIssue.Effect) -> DataIssue {
        DataIssue(file: file, line: line, column: map.header(key.key) ?? key.key, value: rawValue(key), problem: problem, effect: effect)
    }

    /// The issue for a record the CSV layer could not read cleanly; the row is left out.
    func shapeIssue(_ problem: DataProblem) -> DataIssue {
        var column: String?
        var value: String?
        if let field = record.problemField, field < record.fieldCount {
            column = field < map.headers.count ? map.headers[field] : "#\(field + 1)"
            value = Self.shown(record.string(field))
        }
        return DataIssue(file: file, line: line, column: column, value: value, problem: problem, effect: .rowLeftOut)
    }

    // Typed fields. Each returns nil after appending an issue when the value is unusable.

    /// A required text field.
    func required(_ key: Field, _ issues: inout [DataIssue]) -> String? {
        guard let value = optionalText(key) else {
            issues.append(issue(key, .missingValue, .rowLeftOut))
            return nil
        }
        return value
    }

    /// A date field: `.absent` when empty, `.invalid` after appending an issue with `effect`.
    func date(_ key: Field, _ issues: inout [DataIssue], effect: DataIssue.Effect) -> FieldResult<CalendarDate> {
        guard let b = bytes(key), !b.isEmpty else { return .absent }
        guard let date = DateParser.parse(b) else {
            issues.append(issue(key, .notADate, effect))
            return .invalid
        }
        return .value(date)
    }

    /// A required field checked for a value without building it: the field, or nil after
    /// appending an issue.
    func requiredPresent(_ key: Field, _ issues: inout [DataIssue]) -> Field? {
        guard let b = bytes(key), !b.isEmpty else {
            issues.append(issue(key, .missingValue, .rowLeftOut))
            return nil
        }
        return key
    }

    /// A required date: nil after appending an issue (missing or not a date); the row is left out.
    func requiredDate(_ key: Field, _ issues: inout [DataIssue]) -> CalendarDate? {
        switch date(key, &issues, effect: .rowLeftOut) {
        case .value(let d): return d
        case .invalid: return nil
        case .absent:
            issues.append(issue(key, .missingValue, .rowLeftOut))
            return nil
        }
    }

    /// A required choice: nil after appending an issue (missing or not valid); the row is left out.
    func requiredChoice<T>(_ key: Field, _ issues: inout [DataIssue], problem: DataProblem,
                           _ parse: (ArraySlice<UInt8>) -> T?) -> T? {
        switch choice(key, &issues, problem: problem, effect: .rowLeftOut, parse) {
        case .value(let v): return v
        case .invalid: return nil
        case .absent:
            issues.append(issue(key, .missingValue, .rowLeftOut))
            return nil
        }
    }

    /// An amount field in fen.
    func amount(_ key: Field, _ issues: inout [DataIssue], effect: DataIssue.Effect) -> FieldResult<Money> {
        guard let b = bytes(key), !b.isEmpty else { return .absent }
        switch AmountParser.parse(b) {
        case .success(let money): return .value(money)
        case .failure(let failure):
            issues.append(issue(key, failure.problem, effect))
            return .invalid
        }
    }

    /// A value read from its bytes through `parse` (a status, a tier, a kind…).
    func choice<T>(_ key: Field, _ issues: inout [DataIssue], problem: DataProblem, effect: DataIssue.Effect,
                   _ parse: (ArraySlice<UInt8>) -> T?) -> FieldResult<T> {
        guard let bytes = bytes(key), !bytes.isEmpty else { return .absent }
        guard let value = parse(bytes) else {
            issues.append(issue(key, problem, effect))
            return .invalid
        }
        return .value(value)
    }

    /// A value read through `parse` (a status, a tier, a kind…).
    func choice<T>(_ key: Field, _ issues: inout [DataIssue], problem: DataProblem, effect: DataIssue.Effect,
                   _ parse: (String) -> T?) -> FieldResult<T> {
        guard let text = optionalText(key) else { return .absent }
        guard let value = parse(text) else {
            issues.append(issue(key, problem, effect))
            return .invalid
        }
        return .value(value)
    }
}

/// A field's value: absent (empty cell or no column), invalid (an issue was recorded), or a value.
enum FieldResult<T> {
    case absent
    case invalid
    case value(T)

    var value: T? {
        if case .value(let v) = self { return v }
        return nil
    }

    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}
