/// What a report gathers from the inputs, in one streaming pass over each file.
public struct ReviewScope: Sendable {
    public var asOf: CalendarDate
    /// The month whose visits are tallied against the minimums.
    public var visitMonth: YearMonth
    /// Visits of `visitMonth` after this date are not tallied (the weekly agenda counts the
    /// month so far).
    public var visitsThrough: CalendarDate
    /// Which visits to keep whole, with their form fields (e.g. the period's); nil: none.
    public var keptVisits: ClosedRange<CalendarDate>?
    public var receivables: ReceivableRules
    /// The tier in force may come from the latest snapshot of a quarter before this one
    /// (`OpenedExports` reads it).
    public var snapshotBefore: Quarter
    /// The months whose on-site visits are counted per customer for the running streaks and
    /// the trends; nil: none.
    public var history: MonthWindow?

    public init(asOf: CalendarDate, visitMonth: YearMonth, visitsThrough: CalendarDate,
                keptVisits: ClosedRange<CalendarDate>?, receivables: ReceivableRules,
                snapshotBefore: Quarter, history: MonthWindow? = nil) {
        self.asOf = asOf
        self.visitMonth = visitMonth
        self.visitsThrough = visitsThrough
        self.keptVisits = keptVisits
        self.receivables = receivables
        self.snapshotBefore = snapshotBefore
        self.history = history
    }
}

/// Everything a report is computed from: the customers with their score and tier in force, and
/// per customer the tallies of the visits and receivables streamed past.
///
/// Gathered from `OpenedExports`, which Import/ opens: this file names no file and opens none;
/// Import/'s readers (`VisitsFile`, `ReceivablesFile`, …) stream the opened tables and hand each
/// row here to be tallied. Memory grows with the number of customers (and the visits kept
/// whole), not with the rows of visits.csv and receivables.csv.
public struct ReviewInputs: Sendable {
    public var customers: [Customer]
    public var indexByID: [String: Int]
    public var scores: [Score?]
    /// The tier from the current score: what the quarterly adjustment proposes.
    public var proposedTiers: [Tier?]
    public var tiers: [TierInForce]
    public var snapshot: TierSnapshot?
    public var visitTallies: [VisitTally]
    /// Visits kept whole, in date, salesperson, customer order.
    public var keptVisits: [Visit]
    /// On-site and other visits in the visit month by the salesperson who made them.
    public var visitsBySalesperson: [String: VisitTally]
    /// On-site visits per customer and month of `ReviewScope.history`.
    public var onSiteHistory: OnSiteHistory = .none
    /// The company's invoiced amount (invoices, not advances) per month of `ReviewScope.history`,
    /// oldest first; nil for a month before the first invoice of receivables.csv (not in the export).
    public var invoicedByMonth: [Money?] = []
    public var positions: [ReceivablePosition]
    /// Each customer's contracts; nil when the folder has no contracts.csv.
    public var contracts: [[Contract]]?
    /// Every data issue, in file order then line.
    public var issues: [DataIssue]
    /// Rows of each file that could be used.
    public var usableRows: [InputFileKind: Int]

    /// Where each customer's score comes from: the committee's evaluations and the criteria's
    /// measures.
    public var evaluations: CustomerEvaluations
    /// Every optional input the folder has (contracts.csv, evaluations.csv).
    public var present: Set<InputFileKind>
    /// The visits and invoices of the report's period: none at all is worth a warning.
    public var coverage: PeriodCoverage

    /// - Parameter progress: told the streaming phase as it starts ("visits.csv, receivables.csv"),
    ///   for a terminal.
    public static func gather(_ exports: OpenedExports, scope: ReviewScope,
                              progress: (String) -> Void = { _ in }) throws -> ReviewInputs {
        let all = try gather(exports, scopes: [scope], progress: progress)
        guard let inputs = all.first else { throw ReviewError.input("no report to gather") }
        return inputs
    }

    /// The inputs of several reports (the months of a backfill) in one pass over each export:
    /// every visit and invoice row is read once and tallied for each scope. The scopes share
    /// the as-of date (the issues are the same for all) and the tier snapshot `exports` holds
    /// (the latest before the first scope's `snapshotBefore`); evaluations.csv, the committee's
    /// small file, is read once per quarter the scopes fall in.
    public static func gather(_ exports: OpenedExports, scopes: [ReviewScope],
                              progress: (String) -> Void = { _ in }) throws -> [ReviewInputs] {
        guard let first = scopes.first else { return [] }
        let settings = exports.settings
        let measured = exports.measured
        let customers = exports.customers
        let profileMeasures = exports.profileMeasures
        let missingIndicators = exports.missingIndicators
        let readCustomerIssues = exports.customerIssues
        let tables = exports.tables
        let indexByID = exports.indexByID
        let snapshot = exports.tierSnapshot
        // The tier in force before this evaluation: its payment term measures the overdue
        // figures (an unclassed customer is held to tier C's) until the score is known.
        let previous = customers.map { $0.tierColumn ?? snapshot?.rows[$0.id]?.tier }
        let termDays = previous.map { settings.policy(for: TierPolicies.policyTier($0)).termDays }
        let windows = scopes.map {
            Committee.window(quarter: $0.receivables.month.quarter, lookback: settings.evaluation.lookbackQuarters, asOf: $0.asOf)
        }

        // Visits and evaluations on this core, receivables and contracts on the other.
        progress(InputFileKind.visits.fileName + ", " + InputFileKind.receivables.fileName)
        let ((visitPass, committees), (receivablePass, contracts)) = try Concurrently.run({
            var committees: [ClosedRange<CalendarDate>: EvaluationGathering] = [:]
            var evaluationTable = tables.evaluations
            for window in windows where committees[window] == nil {
                // The first quarter uses the table already opened; another quarter opens it again.
                let table = try evaluationTable ?? (committees.isEmpty ? nil : exports.reopenedEvaluations())
                evaluationTable = nil
                committees[window] = try EvaluationGathering.gather(table, settings: settings, indexByID: indexByID,
                                                                    asOf: first.asOf, window: window)
            }
            return (try VisitGathering.gather(tables.visits, scopes: scopes, indexByID: indexByID), committees)
        }, {
            let receivables = try ReceivableGathering.gather(tables.receivables, scopes: scopes, indexByID: indexByID,
                                                             termDays: termDays, settings: settings)
            return (receivables, try ContractGathering.gather(tables.contracts, indexByID: indexByID))
        })
        var visitsByScope = visitPass.results
        var receivablesByScope = receivablePass.results
        var all: [ReviewInputs] = []
        all.reserveCapacity(scopes.count)
        for (k, scope) in scopes.enumerated() {
            var visits = visitsByScope[k]
            visitsByScope[k] = VisitGathering(tallies: [], kept: [], bySalesperson: [:], issues: [])
            var receivables = receivablesByScope[k]
            receivablesByScope[k] = ReceivableGathering(positions: [], measures: [], issues: [])
            let committee = committees[windows[k]] ?? EvaluationGathering(book: EvaluationBook(indicatorCount: settings.indicators.count))
            visits.issues = visitPass.issues
            receivables.issues = receivablePass.issues
            receivables.usableRows = receivablePass.usableRows
            all.append(finish(scope: scope, window: windows[k], settings: settings, customers: customers, indexByID: indexByID,
                              snapshot: snapshot, previous: previous, measured: measured, profileMeasures: profileMeasures,
                              missingIndicators: missingIndicators, readCustomerIssues: readCustomerIssues, tables: tables,
                              visits: visits, receivables: &receivables, contracts: contracts, committee: committee))
        }
        return all
    }

    // swiftlint:disable:next function_parameter_count
    private static func finish(scope: ReviewScope, window: ClosedRange<CalendarDate>, settings: PolicySettings,
                               customers: [Customer], indexByID: [String: Int], snapshot: TierSnapshot?,
                               previous: [Tier?], measured: [ProfileField], profileMeasures: [[Money?]],
                               missingIndicators: [String], readCustomerIssues: [DataIssue], tables: OpenedTables,
                               visits: VisitGathering, receivables: inout ReceivableGathering,
                               contracts: ContractGathering, committee: EvaluationGathering) -> ReviewInputs {
        // Taken out of the gathering before they are changed, so that neither is copied.
        var measures = receivables.measures
        receivables.measures = []
        var positions = receivables.positions
        receivables.positions = []
        for (i, values) in profileMeasures.enumerated() where i < measures.count {
            for (field, value) in zip(measured, values) {
                if field == .registeredCapital { measures[i].registeredCapital = value }
                if field == .annualRevenue { measures[i].annualRevenue = value }
            }
        }
        let evaluations = CustomerEvaluations(
            indicators: settings.indicators, groups: settings.evaluation.groups, book: committee.book,
            measures: measures, committeePresent: tables.evaluations != nil, window: window, blankRows: committee.blankRows)
        var scores: [Score?] = []
        scores.reserveCapacity(customers.count)
        // Indicators customers.csv has no column for: the customers they leave unscored (no
        // committee or criteria score for them either) are counted in that file's one issue.
        var customerIssues = readCustomerIssues
        let missingColumns = customerIssues.indices.filter {
            if case .missingIndicatorColumns = customerIssues[$0].problem { return true } else { return false }
        }
        let missingIndicatorIDs = Set(missingIndicators)
        var unscoredByMissingColumn = 0
        for i in customers.indices {
            let breakdown = evaluations.evaluate(i, customer: customers[i], position: positions[i],
                                                 previousTier: previous[i]).breakdown
            scores.append(breakdown.score)
            if !missingColumns.isEmpty, breakdown.score == nil,
               breakdown.missing.contains(where: { missingIndicatorIDs.contains(settings.indicators[$0].id) }) {
                unscoredByMissingColumn += 1
            }
        }
        for index in missingColumns {
            if case .missingIndicatorColumns(let columns, _) = customerIssues[index].problem {
                customerIssues[index].problem = .missingIndicatorColumns(columns, unscored: unscoredByMissingColumn)
            }
        }
        let proposed = scores.map { $0.map { Tiers.tier(for: $0, bounds: settings.tierBounds) } }
        let tiers = customers.indices.map { i in
            TierInForce(exportColumn: customers[i].tierColumn, snapshot: snapshot?.rows[customers[i].id]?.tier,
                        fromScore: proposed[i])
        }
        // A customer classed by its new score is held to its tier's term from now on.
        for i in customers.indices where previous[i] == nil {
            let tier = TierPolicies.policyTier(tiers[i].tier)
            if tier != TierPolicies.policyTier(nil) { positions[i].overdue = measures[i].overdue(at: tier) }
        }
        var present: Set<InputFileKind> = []
        if tables.contracts != nil { present.insert(.contracts) }
        if tables.evaluations != nil { present.insert(.evaluations) }
        var inputs = ReviewInputs(
            customers: customers, indexByID: indexByID, scores: scores, proposedTiers: proposed, tiers: tiers,
            snapshot: snapshot, visitTallies: visits.tallies, keptVisits: visits.kept,
            visitsBySalesperson: visits.bySalesperson, positions: positions,
            contracts: contracts.grouped,
            issues: customerIssues + visits.issues + receivables.issues + contracts.issues + committee.issues,
            usableRows: [.customers: customers.count, .visits: visits.usableRows,
                         .receivables: receivables.usableRows, .contracts: contracts.usableRows,
                         .evaluations: committee.usableRows],
            evaluations: evaluations, present: present,
            coverage: {
                var coverage = PeriodCoverage(visitMonth: scope.visitMonth, visitsThrough: scope.visitsThrough,
                                              invoiceMonth: scope.receivables.month)
                coverage.visits = visits.periodVisits
                coverage.invoices = receivables.periodInvoices
                return coverage
            }()
        )
        inputs.onSiteHistory = visits.history
        inputs.invoicedByMonth = receivables.invoicedByMonth(scope.history)
        return inputs
    }
}

/// The visit tallies of one pass over visits.csv.
struct VisitGathering: Sendable {
    var tallies: [VisitTally]
    var kept: [Visit]
    var bySalesperson: [String: VisitTally]
    var issues: [DataIssue]
    var usableRows = 0
    /// Visits of the tallied month, of every customer known or not.
    var periodVisits = 0
    var history: OnSiteHistory = .none

    /// One pass over visits.csv for every scope: the rows are checked once (the issues are
    /// the same for all scopes) and each usable visit is tallied for each scope that wants it.
    struct Pass {
        var results: [VisitGathering]
        var issues: [DataIssue]
    }

    static func gather(_ table: InputTable?, scopes: [ReviewScope], indexByID: [String: Int]) throws -> Pass {
        var results = scopes.map { scope -> VisitGathering in
            var result = VisitGathering(tallies: Array(repeating: VisitTally(), count: indexByID.count),
                                        kept: [], bySalesperson: [:], issues: [])
            if let window = scope.history { result.history = OnSiteHistory(window: window, customers: indexByID.count) }
            return result
        }
        var issues: [DataIssue] = []
        guard let table, let asOf = scopes.first?.asOf else { return Pass(results: results, issues: issues) }
        func tallied(_ date: CalendarDate, _ scope: ReviewScope) -> Bool {
            date.yearMonth == scope.visitMonth && date <= scope.visitsThrough
        }
        func kept(_ date: CalendarDate, _ scope: ReviewScope) -> Bool { scope.keptVisits?.contains(date) ?? false }
        // Every visit up to the as-of date is looked at: the last on-site one may be older than
        // any month a scope tallies.
        let usable = try VisitsFile.read(table, knownCustomer: { indexByID[$0] != nil }, asOf: asOf,
                            wanted: { date in
                                for k in results.indices { results[k].history.cover(date.yearMonth) }
                                return true
                            }, wantsForm: { date in scopes.contains { kept(date, $0) } }, issues: &issues) { visit in
            let i = indexByID[visit.customerID]
            for (k, scope) in scopes.enumerated() {
                if let i, visit.type == .onSite { results[k].tallies[i].noteOnSite(visit.date, asOf: scope.asOf) }
                if tallied(visit.date, scope) { results[k].periodVisits += 1 }
                if tallied(visit.date, scope), let i {
                    results[k].tallies[i].add(visit)
                    results[k].bySalesperson[visit.salesperson, default: VisitTally()].add(visit)
                }
                if visit.type == .onSite, let i { results[k].history.add(customer: i, month: visit.date.yearMonth) }
                if kept(visit.date, scope) { results[k].kept.append(visit) }
            }
        }
        for k in results.indices {
            results[k].usableRows = usable
            results[k].kept.sort { ($0.date, $0.salesperson, $0.customerID, $0.line) < ($1.date, $1.salesperson, $1.customerID, $1.line) }
        }
        return Pass(results: results, issues: issues)
    }
}

/// The receivable positions of one pass over receivables.csv, with the criteria's measures.
struct ReceivableGathering: Sendable {
    var positions: [ReceivablePosition]
    var measures: [EvaluationMeasures]
    var issues: [DataIssue]
    var usableRows = 0
    /// Rows dated in the report's month.
    var periodInvoices = 0
    /// Invoiced per month of the scope's history window, and the month of the first invoice.
    var invoiced = Array(repeating: Money.zero, count: MonthWindow.length)
    var firstInvoiceMonth: YearMonth?

    func invoicedByMonth(_ window: MonthWindow?) -> [Money?] {
        guard let window else { return [] }
        return window.months.enumerated().map { k, month in
            firstInvoiceMonth.map { month >= $0 } == true ? invoiced[k] : nil
        }
    }

    /// One pass over receivables.csv for every scope (each month of a backfill has its own
    /// positions at its own period end).
    struct Pass {
        var results: [ReceivableGathering]
        var issues: [DataIssue]
        var usableRows: Int
    }

    static func gather(_ table: InputTable?, scopes: [ReviewScope], indexByID: [String: Int], termDays: [Int],
                       settings: PolicySettings, ceiling: ReceivableCeiling = .run) throws -> Pass {
        var results = scopes.map { scope in
            ReceivableGathering(positions: Array(repeating: ReceivablePosition(bucketCount: scope.receivables.bucketBounds.count + 1),
                                                 count: indexByID.count),
                                measures: Array(repeating: EvaluationMeasures(), count: indexByID.count), issues: [])
        }
        var issues: [DataIssue] = []
        var usableRows = 0
        guard let table else { return Pass(results: results, issues: issues, usableRows: 0) }
        let twelveMonths = scopes.map { $0.receivables.month.adding(months: -11).firstDay...$0.receivables.periodEnd }
        let terms = Tier.allCases.map { settings.policy(for: $0).termDays }
        // The ceiling keeps every sum of the rows, the measures' among them, inside 64 bits.
        try ReceivablesFile.read(table, knownCustomer: { indexByID[$0] != nil }, ceiling: ceiling, issues: &issues) { row in
            usableRows += 1
            let month = row.invoiceDate.yearMonth
            for k in scopes.indices where month == scopes[k].receivables.month { results[k].periodInvoices += 1 }
            guard let i = indexByID[row.customerID] else { return }
            for (k, scope) in scopes.enumerated() {
                if row.kind == .invoice {
                    if results[k].firstInvoiceMonth.map({ month < $0 }) ?? true { results[k].firstInvoiceMonth = month }
                    if let m = scope.history?.offset(of: month) { results[k].invoiced[m] += row.amount }
                }
                results[k].positions[i].add(row, rules: scope.receivables, termDays: termDays[i])
                results[k].measures[i].add(row, rules: scope.receivables, twelveMonths: twelveMonths[k], terms: terms)
            }
        }
        return Pass(results: results, issues: issues, usableRows: usableRows)
    }
}

/// The committee's evaluations of one pass over evaluations.csv.
struct EvaluationGathering: Sendable {
    var book: EvaluationBook
    var issues: [DataIssue] = []
    var usableRows = 0
    var blankRows = 0

    static func gather(_ table: InputTable?, settings: PolicySettings, indexByID: [String: Int], asOf: CalendarDate,
                       window: ClosedRange<CalendarDate>) throws -> EvaluationGathering {
        var result = EvaluationGathering(book: EvaluationBook(indicatorCount: settings.indicators.count))
        guard let table else { return result }
        let outcome = try EvaluationsFile.read(table, settings: settings, indexByID: indexByID, asOf: asOf,
                                               window: window, issues: &result.issues)
        result.book = outcome.book
        result.usableRows = outcome.usableRows
        result.blankRows = outcome.blankRows
        return result
    }
}

/// Each customer's contracts from contracts.csv; nil when the folder has none.
struct ContractGathering: Sendable {
    var grouped: [[Contract]]?
    var issues: [DataIssue] = []
    var usableRows = 0

    static func gather(_ table: InputTable?, indexByID: [String: Int]) throws -> ContractGathering {
        guard let table else { return ContractGathering(grouped: nil) }
        var result = ContractGathering(grouped: Array(repeating: [], count: indexByID.count))
        let contracts = try ContractsFile.read(table, knownCustomer: { indexByID[$0] != nil }, issues: &result.issues)
        result.usableRows = contracts.count
        for contract in contracts {
            if let i = indexByID[contract.customerID] { result.grouped?[i].append(contract) }
        }
        return result
    }
}
