/// The tier bounds as the committee weighs them (rule 2.3 "A类客户是指综合评估得分大于85分的客户"):
/// which customers sit close to a bound (临界客户) and how many would change tier if a bound
/// moved (界限测算).
public enum TierBoundary {
    /// Which bound a score is near.
    public enum Bound: String, Hashable, Sendable {
        case a = "A"
        case b = "B"
    }

    /// A customer within the settings' points of a bound.
    public struct NearBound: Hashable, Sendable {
        public var bound: Bound
        /// Score minus the bound (negative: below it).
        public var distance: ExactDecimal
        /// The tier the score gives now.
        public var tier: Tier
        /// The tier across the bound: where a small change of score would take the customer.
        public var across: Tier
    }

    /// The nearest bound within `points` of `score`; nil when none is that close.
    public static func nearBound(_ score: Score, bounds: PolicySettings.TierBounds, points: ExactDecimal) -> NearBound? {
        let tier = Tiers.tier(for: score, bounds: bounds)
        let limit = Int64(points.units(atScale: 2) ?? 0)
        var best: NearBound?
        for (bound, level, upper, lower) in [(Bound.a, bounds.aLowerBound, Tier.a, Tier.b), (.b, bounds.bLowerBound, .b, .c)] {
            guard let boundHundredths = level.units(atScale: 2) else { continue }
            let distance = score.hundredths - boundHundredths
            guard distance.magnitude <= limit.magnitude, limit >= 0 else { continue }
            // Across the bound from the tier the score is in now.
            let across = tier == upper ? lower : upper
            guard tier == upper || tier == lower else { continue }
            if let kept = best, kept.distance.units.magnitude <= distance.magnitude { continue }
            best = NearBound(bound: bound, distance: ExactDecimal(units: distance, scale: 2), tier: tier, across: across)
        }
        return best
    }

    /// One step of the sensitivity table: a bound moved by `shift` points.
    public struct Shift: Hashable, Sendable {
        public var shift: Int
        /// The moved bound; nil when it would overlap the other bound or leave 0…100.
        public var bound: ExactDecimal?
        /// Customers whose tier would change; nil when the moved bound is not valid.
        public var changes: Int?
    }

    /// How many of `scores` would change tier if the A bound (then the B bound) moved by each
    /// whole point of `shifts`, the other bound and both inclusivities kept.
    public static func sensitivity(_ scores: [Score], bounds: PolicySettings.TierBounds,
                                   shifts: ClosedRange<Int> = -5...5) -> (a: [Shift], b: [Shift]) {
        let now = scores.map { Tiers.tier(for: $0, bounds: bounds) }
        func run(_ moving: Bound) -> [Shift] {
            shifts.map { shift in
                var moved = bounds
                let base = moving == .a ? bounds.aLowerBound : bounds.bLowerBound
                guard let units = base.units(atScale: 2) else { return Shift(shift: shift, bound: nil, changes: nil) }
                let value = ExactDecimal(units: units + Int64(shift) * 100, scale: 2)
                if moving == .a { moved.aLowerBound = value } else { moved.bLowerBound = value }
                guard value >= ExactDecimal(0), value <= ExactDecimal(100), !overlaps(moved) else {
                    return Shift(shift: shift, bound: value, changes: nil)
                }
                var changes = 0
                for (score, tier) in zip(scores, now) where Tiers.tier(for: score, bounds: moved) != tier { changes += 1 }
                return Shift(shift: shift, bound: value, changes: changes)
            }
        }
        return (run(.a), run(.b))
    }

    /// Whether A's bound no longer lies above B's (the settings check refuses such bounds).
    static func overlaps(_ bounds: PolicySettings.TierBounds) -> Bool {
        bounds.aLowerBound < bounds.bLowerBound
            || (bounds.aLowerBound == bounds.bLowerBound && (bounds.aIncludesBound || !bounds.bIncludesBound))
    }
}
