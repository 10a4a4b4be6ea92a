/// SPEC §2.3: the tier from the rounded score. "A: score above 85; B: above 60 and below 85;
/// C: below 60" — with the bounds and their inclusiveness from the settings.
public enum Tiers {
    public static func tier(for score: Score, bounds: PolicySettings.TierBounds) -> Tier {
        let value = score.exact
        if value > bounds.aLowerBound || (bounds.aIncludesBound && value == bounds.aLowerBound) { return .a }
        if value > bounds.bLowerBound || (bounds.bIncludesBound && value == bounds.bLowerBound) { return .b }
        return .c
    }
}

/// Where the tier in force came from (SPEC §2.4), in order of precedence.
public enum TierSource: String, Hashable, Sendable {
    /// The `tier` column of customers.csv: the company system's current class.
    case exportColumn = "export"
    /// The customer's row in the latest tier snapshot of the history folder.
    case snapshot
    /// Computed from the current score (no class recorded anywhere yet).
    case score
    /// No tier can be decided: no class recorded and the customer is unscored.
    case none
}

/// SPEC §2.4: tiers change only at the quarterly adjustment. The tier in force is the
/// export's `tier` column, else the latest snapshot, else the tier from the current score; the
/// quarterly report *proposes* the tier from the current score.
public struct TierInForce: Hashable, Sendable {
    public let tier: Tier?
    public let source: TierSource

    public init(exportColumn: Tier?, snapshot: Tier?, fromScore: Tier?) {
        if let exportColumn {
            tier = exportColumn
            source = .exportColumn
        } else if let snapshot {
            tier = snapshot
            source = .snapshot
        } else if let fromScore {
            tier = fromScore
            source = .score
        } else {
            tier = nil
            source = .none
        }
    }
}
