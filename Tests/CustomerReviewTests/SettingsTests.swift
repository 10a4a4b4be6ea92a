import Testing
@testable import CustomerReview

@Suite("Settings: defaults, overrides, errors naming the key")
struct SettingsTests {
    func apply(_ json: String) throws -> PolicySettings {
        try SettingsFile.apply(try JSONParser.parse(json), to: .defaults, fileName: "policy.json")
    }

    func message(_ json: String) -> String? {
        do {
            _ = try apply(json)
            return nil
        } catch let error as ReviewError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func defaultsFollowTheSeed() {
        let d = PolicySettings.defaults
        #expect(d.indicators.map(\.weight) == [ExactDecimal(25), ExactDecimal(30), ExactDecimal(30), ExactDecimal(15)])
        #expect(d.visitMinimums.signed == [.a: 2, .b: 2, .c: 1])
        #expect(d.visitMinimums.potential == [.a: 1, .b: 1, .c: 1])
        #expect(d.tierBounds.aLowerBound == ExactDecimal(85) && !d.tierBounds.aIncludesBound)
        #expect(d.tierBounds.bLowerBound == ExactDecimal(60) && d.tierBounds.bIncludesBound)
    }

    @Test func partialOverrideKeepsTheRest() throws {
        let s = try apply(#"{"tier_policies": {"A": {"credit_limit": 2000000.00}}, "visit_minimums": {"signed": {"C": 3}}}"#)
        #expect(s.policy(for: .a).creditLimit == Money(fen: 200_000_000))
        #expect(s.policy(for: .a).termDays == PolicySettings.defaults.policy(for: .a).termDays)
        #expect(s.visitMinimums.signed == [.a: 2, .b: 2, .c: 3])
        #expect(s.indicators == PolicySettings.defaults.indicators)
    }

    @Test func ratesAndMoneyAreExact() throws {
        let s = try apply(#"{"tier_policies": {"B": {"commission_rate": 0.015, "advance_limit": 8.38}}}"#)
        #expect(s.policy(for: .b).commissionRate == ExactDecimal(units: 15, scale: 3))
        #expect(s.policy(for: .b).advanceLimit == Money(fen: 838))
    }

    @Test(arguments: [
        (#"{"tier_polices": {}}"#, "tier_polices"),
        (#"{"tier_policies": {"A": {"credit_limt": 1}}}"#, "tier_policies.A.credit_limt"),
        (#"{"tier_policies": {"D": {}}}"#, "tier_policies.D"),
        (#"{"indicators": [{"id": "a", "weight": 0}, {"id": "b", "weight": 0}]}"#, "indicators"),
        (#"{"tier_bounds": {"a": {"lower_bound": 50}}}"#, "tier_bounds.a.lower_bound"),
        (#"{"tier_bounds": {"a": {"lower_bound": 60, "includes_bound": true}}}"#, "tier_bounds.a.lower_bound"),
        (#"{"visit_minimums": {"potential": {"B": -1}}}"#, "visit_minimums.potential.B"),
        (#"{"tier_policies": {"C": {"credit_limit": 12.345}}}"#, "tier_policies.C.credit_limit"),
        (#"{"tier_policies": {"C": {"commission_rate": 1.5}}}"#, "tier_policies.C.commission_rate"),
        (#"{"aging_buckets": [30, 30]}"#, "aging_buckets[1]"),
        (#"{"tier_policies": {"A": {"term_days": 99999}}}"#, "tier_policies.A.term_days"),
        (#"{"indicators": [{"id": "Bad Id", "weight": 1}]}"#, "indicators[0].id"),
        (#"{"weekly": {"potential_a": "yes"}}"#, "weekly.potential_a"),
        (#"{"weekly": {"no_on_site_visit_days": 0}}"#, "weekly.no_on_site_visit_days"),
        (#"{"review_marks": []}"#, "review_marks"),
    ])
    func errorsNameTheKey(json: String, key: String) {
        let text = message(json)
        #expect(text?.hasPrefix("policy.json: \(key)") == true, "\(text ?? "no error")")
    }

    @Test func malformedJSONNamesLineAndColumn() {
        let text = message("{\n  \"a\": 1,\n  \"a\": 2\n}")
        #expect(text?.contains("line 3, column 3") == true, "\(text ?? "")")
        #expect(message("{\"x\": 1.}")?.contains("line 1") == true)
    }

    @Test func printedSettingsReadBackToTheSame() throws {
        var custom = try apply(#"{"tier_policies": {"A": {"commission_rate": 0.0125, "resource_guarantee": "专车"}}, "aging_buckets": [15, 45]}"#)
        custom.reviewMarks = ["ok", "check"]
        let printed = JSONText.render(SettingsJSON.value(custom, language: .zh))
        let reread = try SettingsFile.apply(try JSONParser.parse(printed), to: .defaults, fileName: "x")
        // The printed file spells out the language's defaults; everything else reads back equal.
        #expect(reread.reviewMarks == ["ok", "check"])
        #expect(reread.policy(for: .a).resourceGuarantee == "专车")
        #expect(reread.policy(for: .b).resourceGuarantee == "保障常规运力,旺季按计划排队")
        var expected = reread
        for tier in [Tier.b, .c] { expected.tierPolicies[tier]?.resourceGuarantee = nil }
        #expect(expected == custom)
    }
}
