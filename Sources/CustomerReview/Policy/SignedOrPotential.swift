/// SPEC §2.1 "Signed or potential": every customer is signed (签约客户) or potential (潜在客户);
/// eliminated (淘汰) customers are kept for the reassignment list and excluded from every
/// requirement — no visit minimum, no contract, no limit or term, no finding but the §2.6
/// escalation, no committee evaluation, no place in a tier mix.
///
/// Every rule that asks something of a customer asks this file first.
public enum SignedOrPotential {
    /// Whether the policy asks anything of a customer of `status`.
    public static func hasRequirements(_ status: CustomerStatus) -> Bool {
        status != .eliminated
    }

    /// Whether a customer was eliminated since last month: eliminated now, and last month
    /// (when it was in last month's snapshot) it was not.
    public static func eliminatedSince(now: CustomerStatus, then: CustomerStatus?) -> Bool {
        guard let then else { return false }
        return !hasRequirements(now) && hasRequirements(then)
    }
}
