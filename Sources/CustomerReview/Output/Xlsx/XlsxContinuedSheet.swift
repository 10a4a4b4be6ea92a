/// A sheet that passed the row limit and continues on numbered sheets with the same title
/// lines, header, filters and rules, so that a summary can say where the rest of it is.
public struct XlsxContinuedSheet: Hashable, Sendable {
    /// The first sheet's name.
    public let name: String
    /// The continuation sheets in order: `Visits (2)`, `Visits (3)`.
    public let continuations: [String]
}
