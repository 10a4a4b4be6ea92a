/// The agenda of the weekly business meeting (SPEC §2.9): customers proposed for a
/// manager-level visit next week with their reasons, each salesperson's visits so far this
/// month against the pace the minimums need, visits awaiting approval, abnormal relationships.
public struct WeeklyReport: Sendable {
    /// The week the agenda is for (the ISO week after the as-of date's).
    public var week: ISOWeek
    public var asOf: CalendarDate
    /// The month whose visits are counted so far.
    public var month: YearMonth
    public var settings: PolicySettings
    public var agenda: [AgendaLine]
    public var pace: [SalespersonPace]
    public var totalPace: SalespersonPace
    /// Visits of this month and the month before without an approver.
    public var awaitingApproval: [VisitLine]
    public var abnormal: [AgendaLine]
    public var dataIssues: [DataIssue]
}

/// A customer on the agenda, with why.
public struct AgendaLine: Sendable {
    public var customer: Customer
    public var tier: Tier?
    public var reasons: [WeeklyMeeting.Reason]
    public var required: Int?
    public var onSiteThisMonth: Int
    public var expectedByNow: Int?
    public var overThreeMonths: Money
    /// The last on-site visit of all up to the as-of date, and the days since it.
    public var lastVisit: CalendarDate?
    public var daysSinceLastVisit: Int?
    /// The running streaks as of the last monthly review (the month before the as-of month).
    public var streaks = RunningStreaks()
}

/// One salesperson's visits this month so far against the pace of the month's minimums.
public struct SalespersonPace: Sendable {
    public var name: String?
    public var department: String?
    public var customersWithMinimum = 0
    public var required = 0
    public var expectedByNow = 0
    /// On-site visits counted (at most the minimum per customer).
    public var counted = 0
    public var customersBehind = 0
    public var awaitingApproval = 0

    public init(name: String?, department: String?) {
        self.name = name
        self.department = department
    }

    mutating func add(required: Int, expected: Int, done: Int) {
        customersWithMinimum += 1
        self.required += required
        expectedByNow += expected
        counted += min(required, done)
        if done < expected { customersBehind += 1 }
    }
}

public enum WeeklyReview {
    /// The weekly agenda counts the as-of month up to the as-of date, keeps the visits of this
    /// month and the month before (for those awaiting approval), and ages receivables at the
    /// end of the as-of month.
    public static func scope(asOf: CalendarDate, settings: PolicySettings) -> ReviewScope {
        let month = asOf.yearMonth
        return ReviewScope(asOf: asOf, visitMonth: month, visitsThrough: asOf,
                           keptVisits: month.adding(months: -1).firstDay...asOf,
                           receivables: ReceivableRules(month: month, bucketBounds: settings.agingBuckets),
                           snapshotBefore: month.quarter, history: MonthWindow(last: month.adding(months: -1)))
    }

    /// - Parameter history: the monthly snapshots up to last month, for the running streaks.
    public static func build(_ inputs: ReviewInputs, asOf: CalendarDate, settings: PolicySettings,
                             history: MonthlyHistory? = nil) -> WeeklyReport {
        let reviewed = asOf.yearMonth.adding(months: -1)
        var agenda: [AgendaLine] = []
        var abnormal: [AgendaLine] = []
        var total = SalespersonPace(name: nil, department: nil)
        var bySalesperson: [String?: SalespersonPace] = [:]
        for (i, customer) in inputs.customers.enumerated() {
            let tier = inputs.tiers[i].tier
            let tally = inputs.visitTallies[i]
            let required = VisitRequirement.required(status: customer.status, tier: tier, minimums: settings.visitMinimums)
            let expected = required.map { WeeklyMeeting.expectedByNow(required: $0, on: asOf) }
            // The streaks end with last month, the one the last monthly review saw whole.
            var requiredThen = required
            switch history?.requirement(customer: i, month: reviewed) ?? .unknown {
            case .unknown: break
            case .absent, .none: requiredThen = nil
            case .asked(let n): requiredThen = n
            }
            let streaks = RunningStreaks.of(
                customer: customer, index: i, month: reviewed, required: requiredThen,
                onSite: inputs.onSiteHistory.onSite(customer: i, month: reviewed),
                firstKnown: [customer.firstBusinessDate, inputs.positions[i].firstInvoice].compactMap { $0 }.min(),
                overThreeMonths: history?.overThreeMonths(customer: i, month: reviewed),
                visits: inputs.onSiteHistory, history: history)
            let reasons = WeeklyMeeting.reasons(customer: customer, tier: tier, required: required, onSiteThisMonth: tally.onSite,
                                                daysSinceLastVisit: tally.daysSinceLastVisit, overThreeMonths: inputs.positions[i].overThreeMonths, asOf: asOf,
                                                thresholds: settings.weekly, streaks: required == nil ? RunningStreaks() : streaks,
                                                streakThresholds: settings.streaks)
            var line = AgendaLine(customer: customer, tier: tier, reasons: reasons, required: required,
                                  onSiteThisMonth: tally.onSite, expectedByNow: expected,
                                  overThreeMonths: inputs.positions[i].overThreeMonths, lastVisit: tally.lastVisit,
                                  daysSinceLastVisit: tally.daysSinceLastVisit)
            line.streaks = streaks
            if !reasons.isEmpty { agenda.append(line) }
            if AbnormalRelationship.isEscalated(customer) { abnormal.append(line) }
            if let required, let expected {
                total.add(required: required, expected: expected, done: tally.onSite)
                bySalesperson[customer.salesperson, default: SalespersonPace(name: customer.salesperson, department: customer.department)]
                    .add(required: required, expected: expected, done: tally.onSite)
            }
        }
        let awaiting = inputs.keptVisits.filter(\.isAwaitingApproval).map { visit in
            let i = inputs.indexByID[visit.customerID]
            return VisitLine(visit: visit, customerName: i.map { inputs.customers[$0].name } ?? "",
                             tier: i.flatMap { inputs.tiers[$0].tier })
        }
        for visit in awaiting {
            let owner = inputs.indexByID[visit.visit.customerID].flatMap { inputs.customers[$0].salesperson }
            bySalesperson[owner, default: SalespersonPace(name: owner, department: nil)].awaitingApproval += 1
            total.awaitingApproval += 1
        }
        return WeeklyReport(week: WeeklyMeeting.nextWeek(after: asOf), asOf: asOf, month: asOf.yearMonth, settings: settings,
                            agenda: agenda, pace: Grouping.sorted(bySalesperson), totalPace: total,
                            awaitingApproval: awaiting, abnormal: abnormal, dataIssues: inputs.issues)
    }
}
