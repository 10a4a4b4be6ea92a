import Testing
@testable import CustomerReview

/// The settings of 客户评估: criteria, sources, the committee; every error names its key.
@Suite struct EvaluationSettingsTests {
    func apply(_ json: String) throws -> PolicySettings {
        try SettingsFile.apply(try JSONParser.parse(json), to: .defaults, fileName: "policy.json")
    }

    func message(_ json: String) -> String {
        do {
            _ = try apply(json)
            return "accepted"
        } catch let error as ReviewError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func defaultsReadTheSeedAndCanBeReplaced() throws {
        let d = PolicySettings.defaults
        #expect(d.indicators.map { $0.criteria?.measure } == [.registeredCapital, .overdueShare, .volume12m, nil])
        #expect(d.indicators.allSatisfy { $0.sources == [.committee, .export, .criteria] })
        #expect(d.evaluation.groups.map(\.name) == ["运管中心", "营销中心", "财务部", "公司高层"])
        #expect(d.evaluation.lookbackQuarters == 1)
        let s = try apply("""
            {"indicators": [
              {"id": "company_scale", "name": "公司规模", "weight": 40,
               "criteria": {"measure": "annual_revenue", "bands": [{"at_least": 100000000, "score": 100}, {"at_most": 100000000, "score": 50}]},
               "sources": ["criteria", "export"]},
              {"id": "credit", "name": "资信状况", "weight": 60, "criteria": null}],
             "evaluation": {"groups": [{"id": "finance", "name": "财务部", "weight": 2}, {"name": "风控部"}],
                            "lookback_quarters": 0, "disagreement_points": 20, "near_bound_points": 1.5}}
            """)
        #expect(s.indicators[0].criteria?.measure == .annualRevenue)
        #expect(s.indicators[0].criteria?.bands.map(\.comparison) == [.atLeast, .atMost])
        #expect(s.indicators[0].sources == [.criteria, .export])
        #expect(s.indicators[1].criteria == nil)
        #expect(s.evaluation.groups.map(\.id) == ["finance", "风控部"])
        #expect(s.evaluation.groups[0].weight == ExactDecimal(2))
        #expect(s.evaluation.nearBoundPoints == ExactDecimal(units: 15, scale: 1))
        // A built-in indicator listed without criteria keeps its default ones.
        let kept = try apply(#"{"indicators": [{"id": "cargo_volume", "weight": 1}]}"#)
        #expect(kept.indicators[0].criteria?.measure == .volume12m)
    }

    @Test(arguments: [
        (#"{"indicators": [{"id": "a", "weight": 1, "criteria": {"measure": "profit", "bands": [{"at_least": 0, "score": 1}]}}]}"#,
         "indicators[0].criteria.measure: 'profit' is not a measure"),
        (#"{"indicators": [{"id": "a", "weight": 1, "criteria": {"measure": "volume_12m", "bands": [{"at_least": 0, "score": 101}]}}]}"#,
         "indicators[0].criteria.bands[0].score: must be a score from 0 to 100"),
        (#"{"indicators": [{"id": "a", "weight": 1, "criteria": {"measure": "volume_12m", "bands": [{"at_least": 0, "at_most": 5, "score": 1}]}}]}"#,
         "indicators[0].criteria.bands[0].at_most: a band has either at_least or at_most, not both"),
        (#"{"indicators": [{"id": "a", "weight": 1, "criteria": {"measure": "volume_12m", "bands": []}}]}"#,
         "indicators[0].criteria.bands: must list 1 to 100 bands"),
        (#"{"indicators": [{"id": "a", "weight": 1, "criteria": {"measure": "volume_12m"}}]}"#,
         "indicators[0].criteria.bands: is required"),
        (#"{"indicators": [{"id": "a", "weight": 1, "criteria": {"measure": "volume_12m", "bands": [{"score": 1}]}}]}"#,
         "indicators[0].criteria.bands[0]: needs at_least or at_most"),
        (#"{"indicators": [{"id": "a", "weight": 1, "sources": ["export", "export"]}]}"#, "indicators[0].sources[1]: 'export' is listed twice"),
        (#"{"indicators": [{"id": "a", "weight": 1, "sources": ["crm"]}]}"#, "indicators[0].sources[0]: 'crm' is not a source"),
        (#"{"indicators": [{"id": "a", "weight": 1, "sources": []}]}"#, "indicators[0].sources: must list at least one source"),
        (#"{"evaluation": {"groups": []}}"#, "evaluation.groups: must list 1 to 20 groups"),
        (#"{"evaluation": {"groups": [{"name": "财务部", "weight": 0}]}}"#, "evaluation.groups[0].weight: must be above 0"),
        (#"{"evaluation": {"groups": [{"name": "财务部"}, {"id": "x", "name": "财务部"}]}}"#, "evaluation.groups[1]: '财务部' is listed twice"),
        (#"{"evaluation": {"lookback_quarters": 9}}"#, "evaluation.lookback_quarters: must be 8 or less"),
        (#"{"evaluation": {"disagreement_points": -1}}"#, "evaluation.disagreement_points: must be a score from 0 to 100"),
        (#"{"evaluation": {"committee": 1}}"#, "evaluation.committee: is not a setting"),
    ])
    func badEvaluationSettingsNameTheKey(json: String, expected: String) {
        #expect(message(json).contains("policy.json: " + expected), "\(message(json))")
    }

    @Test func printedEvaluationSettingsReadBackToTheSame() throws {
        let custom = try apply(#"{"evaluation": {"groups": [{"id": "finance", "name": "财务部", "weight": 2}], "near_bound_points": 3}}"#)
        let printed = JSONText.render(SettingsJSON.value(custom, language: .zh))
        let reread = try SettingsFile.apply(try JSONParser.parse(printed), to: .defaults, fileName: "x")
        #expect(reread.evaluation == custom.evaluation)
        #expect(reread.indicators == custom.indicators)
    }
}
