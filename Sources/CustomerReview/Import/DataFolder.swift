import Foundation
import Glibc

/// The folder of CSV exports a run reads (`--data DIR`), and the reading of each file in it.
///
/// Issues are collected per file; each read method leaves the file unchanged and keeps only
/// what its caller keeps.
public struct DataFolder: Sendable {
    public let path: String
    /// `--encoding`: forces one encoding for every file.
    public let encoding: TextEncoding?
    public let settings: PolicySettings

    public init(path: String, encoding: TextEncoding? = nil, settings: PolicySettings) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReviewError.input("\(path): the data folder does not exist")
        }
        guard isFolder.boolValue else {
            throw ReviewError.input("\(path) is a file, not a folder; --data names the folder that holds customers.csv, visits.csv and receivables.csv")
        }
        self.path = path
        self.encoding = encoding
        self.settings = settings
        // Every missing file in one message: a folder of the wrong export misses several.
        let missing = InputFileKind.allCases.filter { $0.isRequired && filePath($0) == nil }
        if !missing.isEmpty {
            let present = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            let listing = present.isEmpty ? "no .csv files" : present.joined(separator: ", ")
            let names = missing.map { "\($0.fileName) (\($0.chineseName))" }
            let what = missing.count == 1 ? "the required file \(names[0]) is missing"
                : "the required files \(names.dropLast().joined(separator: ", ")) and \(names.last ?? "") are missing"
            throw ReviewError.input("\(path): \(what); the folder has \(listing)")
        }
    }

    /// `history` inside the data folder: where the tier and monthly snapshots are kept unless
    /// `--history` names another folder.
    public var defaultHistoryFolder: String {
        (path as NSString).appendingPathComponent("history")
    }

    /// The path of an input file, nil when the folder has none. Anything by that name counts,
    /// a link that leads nowhere included: it is then an input that cannot be read (exit 65),
    /// never a silent "no contract data".
    public func filePath(_ kind: InputFileKind) -> String? {
        let full = (path as NSString).appendingPathComponent(kind.fileName)
        var info = stat()
        return lstat(full, &info) == 0 ? full : nil
    }

    /// Opens an input (finding its encoding and delimiter); nil when the folder has none.
    func table(_ kind: InputFileKind) throws -> InputTable? {
        guard let full = filePath(kind) else { return nil }
        return try InputTable(kind: kind, path: full, encoding: encoding, indicators: settings.indicators)
    }

    /// Every customer, with the profile fields `measured` parsed for the criteria into
    /// `measures` (one list per customer) and the ids of the indicators the file has no
    /// column for in `missingIndicators`.
    func readCustomers(measured: [ProfileField], measures: inout [[Money?]], missingIndicators: inout [String],
                       issues: inout [DataIssue]) throws -> [Customer] {
        guard let table = try table(.customers) else { return [] }
        return try CustomersFile.read(table, indicators: settings.indicators, measured: measured, measures: &measures,
                                      missingIndicators: &missingIndicators, issues: &issues)
    }
}
