/// The settings in force as JSON (`config --print`), in the shape a settings file takes, so
/// that the printout edited is a settings file (`SettingsFile` reads it back).
public enum SettingsJSON {
    /// The settings with the defaults that depend on the report language (review marks,
    /// resource guarantees) in `language`.
    public static func value(_ s: PolicySettings, language: ReportLanguage) -> JSONValue {
        let reviewMarks = ReviewMarks.inForce(s, language)
        func bound(_ value: ExactDecimal, _ inclusive: Bool) -> JSONValue {
            .object([("lower_bound", .decimal(value)), ("includes_bound", .bool(inclusive))])
        }
        func minimums(_ table: [Tier: Int]) -> JSONValue {
            .object(Tier.allCases.map { ($0.rawValue, .integer(table[$0] ?? 0)) })
        }
        return .object([
            ("indicators", .array(s.indicators.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("weight", .decimal($0.weight)),
                         ("criteria", criteria($0.criteria)), ("sources", .array($0.sources.map { .string($0.rawValue) }))])
            })),
            ("tier_bounds", .object([("a", bound(s.tierBounds.aLowerBound, s.tierBounds.aIncludesBound)),
                                     ("b", bound(s.tierBounds.bLowerBound, s.tierBounds.bIncludesBound))])),
            ("visit_minimums", .object([("signed", minimums(s.visitMinimums.signed)),
                                        ("potential", minimums(s.visitMinimums.potential))])),
            ("tier_policies", .object(Tier.allCases.map { tier in
                let p = s.policy(for: tier)
                return (tier.rawValue, .object([
                    ("advance_limit", .money(p.advanceLimit)),
                    ("credit_limit", .money(p.creditLimit)),
                    ("term_days", .integer(p.termDays)),
                    ("commission_rate", .decimal(p.commissionRate)),
                    ("resource_guarantee", .string(TierPolicies.resourceGuarantee(tier, settings: s, language: language))),
                ]))
            })),
            ("aging_buckets", .array(s.agingBuckets.map { .integer($0) })),
            ("contract_expiry_days", .integer(s.contractExpiryDays)),
            ("weekly", .object([
                ("abnormal_relationship", .bool(s.weekly.abnormalRelationship)),
                ("signed_ab_behind_on_visits", .bool(s.weekly.signedABBehindOnVisits)),
                ("over_3_months_at_least", s.weekly.overThreeMonthsAtLeast.map(JSONValue.money) ?? .null),
                ("potential_a", .bool(s.weekly.potentialA)),
                ("no_on_site_visit_days", s.weekly.noOnSiteVisitDays.map { .integer($0) } ?? .null),
                ("visit_shortfall_streak", .bool(s.weekly.visitShortfallStreak)),
                ("over_3_months_growing", .bool(s.weekly.overThreeMonthsGrowing)),
            ])),
            ("review_marks", .array(reviewMarks.map(JSONValue.string))),
            ("html_list_limit", .integer(s.htmlListLimit)),
            ("evaluation", evaluation(s.evaluation)),
            ("streaks", streaks(s.streaks)),
        ])
    }

    static func criteria(_ criteria: PolicySettings.Criteria?) -> JSONValue {
        guard let criteria else { return .null }
        return .object([
            ("measure", .string(criteria.measure.rawValue)),
            ("bands", .array(criteria.bands.map { band in
                .object([(band.comparison.rawValue, .decimal(band.threshold)), ("score", .decimal(band.score))])
            })),
        ])
    }

    static func evaluation(_ e: PolicySettings.Evaluation) -> JSONValue {
        .object([
            ("groups", .array(e.groups.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("weight", .decimal($0.weight))])
            })),
            ("lookback_quarters", .integer(e.lookbackQuarters)),
            ("disagreement_points", .decimal(e.disagreementPoints)),
            ("near_bound_points", .decimal(e.nearBoundPoints)),
        ])
    }

    static func streaks(_ s: PolicySettings.StreakThresholds) -> JSONValue {
        .object([
            ("visit_shortfall_months", s.visitShortfallMonths.map { JSONValue.integer($0) } ?? .null),
            ("over_3_months_growing_months", s.overThreeMonthsGrowingMonths.map { JSONValue.integer($0) } ?? .null),
        ])
    }
}
