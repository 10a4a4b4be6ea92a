internal import CXlsxWriter

/// Why a workbook could not be written, in one line a person can act on.
///
/// The code is a struct over a private enum (as `ReviewError` does) so that kinds can be added
/// without breaking a caller that switches over them. When libxlsxwriter reported the failure,
/// `libraryMessage` holds its own text (`lxw_strerror`).
public struct XlsxError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable {
        fileprivate enum Value: Hashable, Sendable {
            case cannotCreate, library, invalidSheetName, invalidArgument, closed
        }
        fileprivate let value: Value

        /// The target or temporary folder cannot be used, or the file could not be written at
        /// close. An output problem: exit 73.
        public static let cannotCreate = Code(value: .cannotCreate)
        /// libxlsxwriter refused a call (its text is in `libraryMessage`).
        public static let library = Code(value: .library)
        /// No safe sheet name could be made (libxlsxwriter's validation still failed).
        public static let invalidSheetName = Code(value: .invalidSheetName)
        /// The caller passed something the workbook cannot hold: an unknown column, a
        /// drop-down list Excel cannot store, a chart range on a sheet that does not exist.
        public static let invalidArgument = Code(value: .invalidArgument)
        /// The workbook was already closed (or discarded after a failed close).
        public static let closed = Code(value: .closed)
    }

    public let code: Code
    /// Lowercase, no trailing period, values quoted.
    public let message: String
    /// `lxw_strerror` text when the failure came from libxlsxwriter.
    public let libraryMessage: String?

    init(_ code: Code, _ message: String, libraryMessage: String? = nil) {
        self.code = code
        self.message = message
        self.libraryMessage = libraryMessage
    }

    /// Throws when libxlsxwriter reported a failure, with its own text beside ours.
    static func check(_ status: lxw_error, _ context: @autoclosure () -> String,
                      code: Code = .library) throws(XlsxError) {
        guard status != LXW_NO_ERROR else { return }
        let text = lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)"
        throw XlsxError(code, context(), libraryMessage: text)
    }

    public var description: String {
        guard let libraryMessage else { return message }
        return message + ": " + libraryMessage
    }
}
