/// What the `Content` of every page (monthly, quarterly, weekly) shares: the language its
/// words are in, and the cells each of its lists writes the same way.
protocol PageContent {
    var language: ReportLanguage { get }
}

extension PageContent {
    typealias Cell = PageList.Cell

    func text(_ label: Label) -> String { label.text(language) }
    /// A salesperson or department; "unassigned" for none.
    func person(_ name: String?) -> String { name ?? text(.unassigned) }
    /// The tier's letter; "untiered" for none.
    func tier(_ tier: Tier?) -> String { tier?.rawValue ?? text(.untiered) }
    /// A list's table of columns in the page's language.
    func table<Item>(of item: Item.Type) -> PageTable<Item> { PageTable(language) }
}
