import CustomerReview
import Foundation

/// What the report commands (monthly, quarterly, weekly) share: formats, templates, the output
/// folder, progress on a terminal and the one-line summary under cron.
struct ReportRunSupport {
    let context: RunContext
    let quiet: Bool
    let showProgress: Bool

    init(_ context: RunContext) {
        self.context = context
        quiet = context.arguments.flag("quiet")
        showProgress = !quiet && context.console.stderrIsTerminal
    }

    func formats() throws -> [ReportFormat] {
        guard let text = context.arguments.value("formats") else { return ReportFormat.allCases }
        return try ReportFormat.parseList(text)
    }

    func outputPath() -> String { context.arguments.value("out") ?? "reports" }

    /// The HTML templates: `--templates DIR`, else the installed copy, else the source tree's
    /// `templates/` found from the executable's own place (never from the working directory).
    func templates(needed: Bool) throws -> TemplateSet? {
        guard needed else { return nil }
        if let directory = context.arguments.value("templates") {
            return try load(directory)
        }
        for candidate in Self.defaultTemplateFolders() where FileManager.default.fileExists(atPath: candidate + "/monthly.html") {
            return try load(candidate)
        }
        throw ReviewError.input("the HTML templates were not found beside the program; pass --templates DIR (a copy of the project's templates/ folder)")
    }

    private func load(_ directory: String) throws -> TemplateSet {
        do {
            return try TemplateSet(directory: directory)
        } catch {
            throw ReviewError.input("templates: \(error)")
        }
    }

    static func defaultTemplateFolders() -> [String] {
        let executable = ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]) as NSString
        var folder = executable.deletingLastPathComponent as NSString
        var candidates = [(folder.deletingLastPathComponent as NSString).appendingPathComponent("share/customer-review/templates")]
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("templates"))
            folder = folder.deletingLastPathComponent as NSString
        }
        return candidates
    }

    /// The inputs of `scopes`: the exports opened with the tier snapshot before the first scope's
    /// quarter from `history`, then one streaming pass over each for every scope.
    func gather(_ folder: DataFolder, history: String, scopes: [ReviewScope]) throws -> [ReviewInputs] {
        guard let first = scopes.first else { return [] }
        let exports = try OpenedExports(folder, tierSnapshotBefore: first.snapshotBefore, history: history, progress: progress)
        return try ReviewInputs.gather(exports, scopes: scopes, progress: progress)
    }

    /// - Parameter opened: told the exports once customers.csv is read, before the streaming pass.
    func gather(_ folder: DataFolder, history: String, scope: ReviewScope,
                opened: (OpenedExports) -> Void = { _ in }) throws -> ReviewInputs {
        let exports = try OpenedExports(folder, tierSnapshotBefore: scope.snapshotBefore, history: history, progress: progress)
        opened(exports)
        return try ReviewInputs.gather(exports, scope: scope, progress: progress)
    }

    func progress(_ phase: String) {
        if showProgress { context.console.error("customer-review: reading \(phase)…") }
    }

    func note(_ text: String) {
        if showProgress { context.console.error("customer-review: \(text)") }
    }

    /// Every data issue on stderr (unless --quiet); under --strict any issue stops the run
    /// before anything is written.
    func reportIssues(_ issues: [DataIssue]) throws {
        if !quiet {
            for issue in issues { context.console.error(issue.line(.en)) }
        }
        if context.arguments.flag("strict"), !issues.isEmpty {
            throw ReviewError.input("\(issues.count) data issues and --strict was given; nothing was written")
        }
    }

    /// One line on stderr when the period holds no visits or no invoices (unless --quiet).
    func warnIfEmpty(_ coverage: PeriodCoverage) {
        if !quiet, let warning = coverage.warning { context.console.error("customer-review: \(warning)") }
    }

    /// The one line a cron mail shows: `customer-review monthly 2026-10: 63 customers, …; wrote …`.
    func summary(_ report: String, _ counts: [String], files: [String]) {
        guard !quiet else { return }
        // The output folder's files by name, then those elsewhere (the history snapshots) with
        // their folder's name, so that `history/monthly-2026-10.csv` is not taken for a report.
        let outFolder = (outputPath() as NSString).standardizingPath
        let inOut = files.filter { (($0 as NSString).deletingLastPathComponent as NSString).standardizingPath == outFolder }
        let elsewhere = files.filter { !inOut.contains($0) }.map {
            ((($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent as NSString)
                .appendingPathComponent(($0 as NSString).lastPathComponent)
        }
        let names = (inOut.map { ($0 as NSString).lastPathComponent } + elsewhere).joined(separator: ", ")
        context.console.error("customer-review \(report): \(counts.joined(separator: ", ")); wrote \(names)")
    }
}
