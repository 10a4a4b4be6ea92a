/// The program's version, printed by `--version` and `-V`.
enum Version {
    static let number = "1.1.0"

    /// `customer-review 1.1.0 (libxlsxwriter 1.1.4)`: the library's version is the one the
    /// workbooks are written with, worth naming in a bug report.
    static var line: String { "customer-review \(number) (libxlsxwriter 1.1.4)" }
}
