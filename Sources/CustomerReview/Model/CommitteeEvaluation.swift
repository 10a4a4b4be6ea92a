/// One row of evaluations.csv (客户评估表): one evaluator's scores for one customer.
public struct CommitteeEvaluation: Hashable, Sendable {
    /// The customer's position in customers.csv order.
    public var customer: Int
    /// 评估人.
    public var evaluator: String
    /// The committee group (评估部门), an index into the settings' groups.
    public var group: Int
    public var date: CalendarDate
    /// One per indicator of the settings, in their order; nil where the evaluator left it empty.
    public var scores: [ExactDecimal?] {
        get { hundredths.map { $0 == Self.missing ? nil : ExactDecimal(units: Int64($0), scale: 2) } }
        set { hundredths = Self.pack(newValue) }
    }
    /// Scores in hundredths (0…10000), `missing` where empty: small for 400k rows.
    private var hundredths: [UInt16]
    private static let missing = UInt16.max
    public var line: Int

    public init(customer: Int, evaluator: String, group: Int, date: CalendarDate, scores: [ExactDecimal?], line: Int = 0) {
        self.customer = customer
        self.evaluator = evaluator
        self.group = group
        self.date = date
        hundredths = Self.pack(scores)
        self.line = line
    }

    /// The score of indicator `index` in hundredths; nil where empty.
    public func hundredths(_ index: Int) -> Int? {
        guard index < hundredths.count, hundredths[index] != Self.missing else { return nil }
        return Int(hundredths[index])
    }

    private static func pack(_ scores: [ExactDecimal?]) -> [UInt16] {
        scores.map { $0?.units(atScale: 2).flatMap(UInt16.init(exactly:)) ?? missing }
    }
}

/// Every counted row of evaluations.csv, packed by customer: about 50 bytes a row, so that
/// 400k rows at 100k customers stay small. Rows of one customer are in file order.
public struct EvaluationBook: Sendable {
    private struct Row: Sendable {
        var evaluator: String
        var date: CalendarDate
        var line: Int32
        var group: UInt8
    }

    public let indicatorCount: Int
    private var rows: [Row] = []
    private var customers: [Int32] = []
    private var scores: [UInt16] = []
    /// Per customer, the range of its rows once `seal` has sorted them.
    private var starts: [Int32] = []

    public init(indicatorCount: Int) {
        self.indicatorCount = indicatorCount
    }

    public var count: Int { rows.count }

    public mutating func append(_ evaluation: CommitteeEvaluation) {
        rows.append(Row(evaluator: evaluation.evaluator, date: evaluation.date, line: Int32(clamping: evaluation.line),
                        group: UInt8(clamping: evaluation.group)))
        customers.append(Int32(clamping: evaluation.customer))
        for k in 0..<indicatorCount { scores.append(evaluation.hundredths(k).map { UInt16($0) } ?? UInt16.max) }
    }

    /// What sealing found: rows that repeat an evaluator of a customer in one quarter (the
    /// first is kept), rows outside the window and rows without any score (not kept).
    public struct Sealed: Sendable {
        public var duplicates: [(line: Int, evaluator: String, firstLine: Int)] = []
        public var outsideWindow = 0
        public var unscored = 0
    }

    /// Orders the rows by customer (then line), for `customerCount` customers; drops the
    /// same evaluator's later rows for a customer in one quarter, the rows dated outside
    /// `window` and the rows without a score.
    public mutating func seal(customerCount: Int, window: ClosedRange<CalendarDate>) -> Sealed {
        var sealed = Sealed()
        let order = rows.indices.sorted { (customers[$0], rows[$0].line) < (customers[$1], rows[$1].line) }
        var keptRows: [Row] = []
        var keptScores: [UInt16] = []
        var keptCustomers: [Int32] = []
        keptRows.reserveCapacity(rows.count)
        keptScores.reserveCapacity(scores.count)
        keptCustomers.reserveCapacity(rows.count)
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count, customers[order[end]] == customers[order[start]] { end += 1 }
            // One customer's rows: (evaluator, quarter) → first line.
            var seen: [(String, Int, Int32)] = []
            for i in order[start..<end] {
                let row = rows[i]
                let quarter = row.date.yearMonth.quarter.index
                if let first = seen.first(where: { $0.0 == row.evaluator && $0.1 == quarter }) {
                    sealed.duplicates.append((Int(row.line), row.evaluator, Int(first.2)))
                    continue
                }
                seen.append((row.evaluator, quarter, row.line))
                let base = i * indicatorCount
                let values = scores[base..<(base + indicatorCount)]
                if values.allSatisfy({ $0 == UInt16.max }) {
                    sealed.unscored += 1
                    continue
                }
                guard window.contains(row.date) else {
                    sealed.outsideWindow += 1
                    continue
                }
                keptRows.append(row)
                keptScores += values
                keptCustomers.append(customers[i])
            }
            start = end
        }
        rows = keptRows
        scores = keptScores
        customers = keptCustomers
        starts = Array(repeating: 0, count: customerCount + 1)
        for customer in customers where Int(customer) < customerCount { starts[Int(customer) + 1] += 1 }
        for i in 0..<customerCount { starts[i + 1] += starts[i] }
        return sealed
    }

    /// The evaluations of customer `index`, in file order.
    public func evaluations(of index: Int) -> [CommitteeEvaluation] {
        guard index + 1 < starts.count else { return [] }
        return (Int(starts[index])..<Int(starts[index + 1])).map { r in
            let row = rows[r]
            let base = r * indicatorCount
            let values: [ExactDecimal?] = (0..<indicatorCount).map { k in
                scores[base + k] == UInt16.max ? nil : ExactDecimal(units: Int64(scores[base + k]), scale: 2)
            }
            return CommitteeEvaluation(customer: index, evaluator: row.evaluator, group: Int(row.group), date: row.date,
                                       scores: values, line: Int(row.line))
        }
    }

    public func hasEvaluations(_ index: Int) -> Bool {
        index + 1 < starts.count && starts[index + 1] > starts[index]
    }
}

/// The figures the criteria (评分标准) score, for one customer, gathered with the inputs.
///
/// The shares are taken at the period's end with the payment term of the tier in force
/// *before* the evaluation (the export's class, else the snapshot's, else tier C's as for any
/// unclassed customer), since the evaluation must not depend on its own outcome.
public struct EvaluationMeasures: Hashable, Sendable {
    /// 资本额 and 营业额 as parsed from the profile; nil where empty or unreadable.
    public var registeredCapital: Money?
    public var annualRevenue: Money?
    /// Volume invoiced in the 12 months ending at the period's end; nil when no row gave one.
    public var volume12m: ExactDecimal?
    /// Whether an invoice of the 12 months had no volume (the column is absent, or the cell
    /// empty): the customer's volume is then unknown, not the sum of the others.
    public var volumeMissing = false
    public var invoiced12m = Money.zero
    /// Outstanding past the term of tier A, B and C at the period's end, so that the overdue of a customer classed by its new score can be taken at its
    /// tier's term once the score is known.
    public var overdueAtA = Money.zero
    public var overdueAtB = Money.zero
    public var overdueAtC = Money.zero

    public init() {}

    /// Adds one receivable row: the overdue at each tier's term (`terms` in A, B, C order),
    /// and an invoice of the 12 months to the sums. The rows were admitted under the run's
    /// `ReceivableCeiling`, so no sum here can pass 64 bits.
    public mutating func add(_ row: Receivable, rules: ReceivableRules, twelveMonths: ClosedRange<CalendarDate>,
                             terms: [Int]) {
        let open = row.outstanding
        if open > .zero {
            for (tier, term) in zip(Tier.allCases, terms) {
                let due = row.dueDate ?? row.invoiceDate.adding(days: term)
                guard due < rules.periodEnd else { continue }
                switch tier {
                case .a: overdueAtA += open
                case .b: overdueAtB += open
                case .c: overdueAtC += open
                }
            }
        }
        guard row.kind == .invoice, twelveMonths.contains(row.invoiceDate) else { return }
        invoiced12m += row.amount
        if let v = row.volume?.units(atScale: Volume.scale) {
            volume12m = ExactDecimal(units: (volume12m?.units ?? 0) + v, scale: Volume.scale)
        } else {
            volumeMissing = true
        }
    }

    public func overdue(at tier: Tier) -> Money {
        switch tier {
        case .a: overdueAtA
        case .b: overdueAtB
        case .c: overdueAtC
        }
    }

    /// The value of `measure`; nil when the data has none (an empty profile field).
    /// - Parameters:
    ///   - position: the customer's receivables at the period's end.
    ///   - termTier: the tier whose payment term the overdue share is taken at.
    public func value(_ measure: PolicySettings.Measure, position: ReceivablePosition, termTier: Tier) -> MeasureValue? {
        switch measure {
        case .registeredCapital: registeredCapital.map { MeasureValue(numerator: Int128($0.fen), denominator: 100, measure: measure) }
        case .annualRevenue: annualRevenue.map { MeasureValue(numerator: Int128($0.fen), denominator: 100, measure: measure) }
        case .volume12m:
            // No invoice in the 12 months is a volume of 0; an invoice without one is unknown.
            volumeMissing ? nil : MeasureValue(numerator: Int128(volume12m?.units(atScale: Volume.scale) ?? 0),
                                               denominator: ExactDecimal.powerOfTen(Volume.scale), measure: measure)
        case .invoiced12m: MeasureValue(numerator: Int128(invoiced12m.fen), denominator: 100, measure: measure)
        case .overdueShare: Self.share(overdue(at: termTier), of: position.outstanding, measure)
        case .overThreeMonthsShare: Self.share(position.overThreeMonths, of: position.outstanding, measure)
        }
    }

    private static func share(_ part: Money, of outstanding: Money, _ measure: PolicySettings.Measure) -> MeasureValue {
        guard outstanding > .zero else { return MeasureValue(numerator: 0, denominator: 1, measure: measure) }
        return MeasureValue(numerator: Int128(part.fen), denominator: Int128(outstanding.fen), measure: measure)
    }
}

/// A measure's value held exactly as a fraction, so that a band's edge is decided without
/// rounding (an overdue share of exactly 5% is `at_most 0.05`).
public struct MeasureValue: Hashable, Sendable {
    public let numerator: Int128
    /// Always above 0.
    public let denominator: Int128
    public let measure: PolicySettings.Measure

    /// Compares the value with `threshold`: negative, zero or positive.
    public func compare(to threshold: ExactDecimal) -> Int {
        let left = numerator * ExactDecimal.powerOfTen(threshold.scale)
        let right = Int128(threshold.units) * denominator
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    /// The value rounded half-up at `scale` decimals (shares in per cent at one decimal).
    public func rounded(scale: Int, percent: Bool = false) -> ExactDecimal {
        let factor = ExactDecimal.powerOfTen(scale) * (percent ? 100 : 1)
        let units = ExactDecimal.divideRoundingHalfAwayFromZero(numerator * factor, by: denominator)
        return ExactDecimal(units: Int64(clamping: units), scale: scale)
    }

    /// Plain number text for machines: yuan with two decimals, volume with three, a share as a
    /// fraction with four (`0.1250`).
    public var plainText: String {
        switch measure {
        case .registeredCapital, .annualRevenue, .invoiced12m: Money(fen: Int64(clamping: numerator * 100 / denominator)).description
        case .volume12m: rounded(scale: Volume.scale).fixed(Volume.scale)
        case .overdueShare, .overThreeMonthsShare: rounded(scale: 4).fixed(4)
        }
    }
}

extension ExactDecimal {
    /// The value with exactly `places` decimals (`12.500`), for values already at that scale
    /// or below.
    public func fixed(_ places: Int) -> String {
        guard let units = units(atScale: places) else { return description }
        let magnitude = String(units.magnitude)
        guard places > 0 else { return (units < 0 ? "-" : "") + magnitude }
        let padded = magnitude.count <= places ? String(repeating: "0", count: places - magnitude.count + 1) + magnitude : magnitude
        let split = padded.index(padded.endIndex, offsetBy: -places)
        return (units < 0 ? "-" : "") + padded[..<split] + "." + padded[split...]
    }
}
