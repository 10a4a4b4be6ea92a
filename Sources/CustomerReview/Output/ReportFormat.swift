import Foundation

/// The files a report run writes (`--formats`).
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    case xlsx, html, json

    /// Reads `xlsx,html,json`: any subset, in any order, a format named twice counted once; the
    /// formats come back in the order above. A part that names no format (an empty one
    /// included) is a usage error that names it.
    public static func parseList(_ text: String) throws -> [ReportFormat] {
        var formats: [ReportFormat] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ReportFormat(rawValue: name) else {
                throw ReviewError.usage("--formats takes xlsx, html and json separated by commas, not '\(name)'")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return ReportFormat.allCases.filter(formats.contains)
    }
}
