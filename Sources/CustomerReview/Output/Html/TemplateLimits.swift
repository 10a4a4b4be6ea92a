/// Bounds that keep any template, however written, from exhausting the stack, the time or
/// the memory of a run. The defaults are far above what a report page needs (a page of a few
/// thousand rows takes well under a million steps); a fuzzer may set them lower.
public struct TemplateLimits: Hashable, Sendable {
    /// How deep sections may nest inside one template; checked when the template is parsed.
    public var maximumNesting: Int
    /// How deep `{{> partial}}` may include partials inside partials.
    public var maximumPartialDepth: Int
    /// How deep sections and partials together may nest while rendering: this bounds the
    /// renderer's recursion, and with it its stack.
    public var maximumRenderDepth: Int
    /// How many tags and loop turns one page may take.
    public var maximumSteps: Int
    /// How large one page may grow.
    public var maximumOutputBytes: Int

    public init(
        maximumNesting: Int = 100, maximumPartialDepth: Int = 32, maximumRenderDepth: Int = 200,
        maximumSteps: Int = 20_000_000, maximumOutputBytes: Int = 256 * 1024 * 1024
    ) {
        self.maximumNesting = maximumNesting
        self.maximumPartialDepth = maximumPartialDepth
        self.maximumRenderDepth = maximumRenderDepth
        self.maximumSteps = maximumSteps
        self.maximumOutputBytes = maximumOutputBytes
    }

    public static let standard = TemplateLimits()
}
