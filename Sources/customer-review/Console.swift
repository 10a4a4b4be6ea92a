import Foundation

/// Where the program talks: results on stdout, messages and progress on stderr. Everything on
/// the console is English (it goes to logs and IT staff); reports follow `--lang`.
struct Console {
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stderr is a terminal (progress is shown only then).
    var stderrIsTerminal: Bool { isatty(2) == 1 }
}

extension Console {
    func outWithoutNewline(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
