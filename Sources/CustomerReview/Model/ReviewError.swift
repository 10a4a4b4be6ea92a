/// An error that stops the run, with the exit status the command line gives it and one line
/// a person can act on.
///
/// The code is a struct over a private enum so that new kinds can be added without breaking
/// callers that switch over the exit status.
public struct ReviewError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Kind: Hashable, Sendable {
        fileprivate enum Code: Hashable, Sendable { case usage, input, output, busy }
        fileprivate let code: Code

        /// Bad arguments: exit 64.
        public static let usage = Kind(code: .usage)
        /// An input file, column or setting that cannot be used: exit 65.
        public static let input = Kind(code: .input)
        /// An output that cannot be written: exit 73.
        public static let output = Kind(code: .output)
        /// Another run is writing the same output folder: exit 75.
        public static let busy = Kind(code: .busy)

        public var exitStatus: Int32 {
            switch code {
            case .usage: 64
            case .input: 65
            case .output: 73
            case .busy: 75
            }
        }
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func usage(_ message: String) -> ReviewError { ReviewError(.usage, message) }
    public static func input(_ message: String) -> ReviewError { ReviewError(.input, message) }
    public static func output(_ message: String) -> ReviewError { ReviewError(.output, message) }

    public var description: String { message }
}
