/// How many visits and invoices the inputs hold in the report's period. A period without any
/// is nearly always a wrong `--as-of` or an old export: the run still succeeds, but says so.
public struct PeriodCoverage: Hashable, Sendable {
    /// The month whose visits are tallied, up to `visitsThrough`.
    public var visitMonth: YearMonth
    public var visitsThrough: CalendarDate
    /// Visits (of any kind) dated in the visit month up to `visitsThrough`.
    public var visits = 0
    /// The month whose invoices are the current month's.
    public var invoiceMonth: YearMonth
    /// Receivable rows dated in the invoice month.
    public var invoices = 0

    public init(visitMonth: YearMonth, visitsThrough: CalendarDate, invoiceMonth: YearMonth) {
        self.visitMonth = visitMonth
        self.visitsThrough = visitsThrough
        self.invoiceMonth = invoiceMonth
    }

    /// One short phrase per empty part, for the summary line: `no visits in 2026-10`.
    public var gaps: [String] {
        var gaps: [String] = []
        if visits == 0 { gaps.append("no visits in \(visitSpan)") }
        if invoices == 0 { gaps.append("no invoices in \(invoiceMonth)") }
        return gaps
    }

    /// The one line on stderr saying what is empty and what it usually means, nil when nothing is.
    public var warning: String? {
        var parts: [String] = []
        if visits == 0 { parts.append("visits.csv has no visits dated in \(visitSpan)") }
        if invoices == 0 { parts.append("receivables.csv has no invoices dated in \(invoiceMonth)") }
        guard !parts.isEmpty else { return nil }
        return "note: " + parts.joined(separator: " and ")
            + "; the report is written, but check --as-of (or --period/--quarter) and that the exports are current"
    }

    /// The same in the report language, for the summary sheet and the page; nil when nothing
    /// is empty.
    public func note(_ language: ReportLanguage) -> String? {
        var parts: [String] = []
        if visits == 0 { parts.append(Label.periodNoVisits.text(language) + " " + visitSpan) }
        if invoices == 0 { parts.append(Label.periodNoInvoices.text(language) + " " + invoiceMonth.description) }
        guard !parts.isEmpty else { return nil }
        let words = language.words
        return parts.joined(separator: words.clauseSeparator) + words.sentenceEnd + Label.periodCheckAsOf.text(language)
    }

    private var visitSpan: String {
        visitsThrough < visitMonth.lastDay ? "\(visitMonth.firstDay) to \(visitsThrough)" : visitMonth.description
    }
}
