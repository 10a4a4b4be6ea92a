/// The settings of 客户评估: an indicator's `criteria` and `sources`, and the `evaluation`
/// object (the committee's groups, the look-back, the disagreement and near-bound points).
extension SettingsReader {
    static let evaluationKeys = ["groups", "lookback_quarters", "disagreement_points", "near_bound_points"]

    /// A score of 0–100 with at most two decimals.
    func score(_ value: JSONValue, at path: String) throws -> ExactDecimal {
        let number = try decimal(value, at: path)
        guard number.units(atScale: 2) != nil, number >= ExactDecimal(0), number <= ExactDecimal(100) else {
            throw fail(path, "must be a score from 0 to 100 with at most two decimals, not \(number)")
        }
        return number
    }

    /// A weight: 0 to 1000 with at most four decimals, so that any list of them sums exactly.
    func weight(_ value: JSONValue, at path: String) throws -> ExactDecimal {
        let number = try decimal(value, at: path)
        guard number.units(atScale: 4) != nil, number >= ExactDecimal(0), number <= ExactDecimal(1000) else {
            throw fail(path, "must be a weight from 0 to 1000 with at most four decimals, not \(number)")
        }
        return number
    }

    mutating func criteria(_ value: JSONValue, at path: String) throws -> PolicySettings.Criteria? {
        if value == .null { return nil }
        var measure: PolicySettings.Measure?
        var bands: [PolicySettings.Band]?
        try object(value, at: path) { key, member, memberPath, r in
            switch key {
            case "measure":
                let text = try r.string(member, at: memberPath)
                guard let m = PolicySettings.Measure(rawValue: text) else {
                    throw r.fail(memberPath, "'\(text)' is not a measure (known: \(PolicySettings.Measure.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                measure = m
            case "bands": bands = try r.bands(member, at: memberPath)
            default: throw r.unknownKey(memberPath, known: ["measure", "bands"])
            }
        }
        guard let measure else { throw fail(path + ".measure", "is required") }
        guard let bands else { throw fail(path + ".bands", "is required") }
        return PolicySettings.Criteria(measure: measure, bands: bands)
    }

    mutating func bands(_ value: JSONValue, at path: String) throws -> [PolicySettings.Band] {
        let list = try array(value, at: path)
        guard !list.isEmpty, list.count <= 100 else { throw fail(path, "must list 1 to 100 bands") }
        var bands: [PolicySettings.Band] = []
        for (i, element) in list.enumerated() {
            let bandPath = "\(path)[\(i)]"
            var comparison: PolicySettings.Band.Comparison?
            var threshold: ExactDecimal?
            var score: ExactDecimal?
            try object(element, at: bandPath) { key, member, memberPath, r in
                switch key {
                case "at_least", "at_most":
                    guard comparison == nil else { throw r.fail(memberPath, "a band has either at_least or at_most, not both") }
                    comparison = key == "at_least" ? .atLeast : .atMost
                    let number = try r.decimal(member, at: memberPath)
                    guard number.units(atScale: 4) != nil, number.units.magnitude <= 1_000_000_000_000_000 else {
                        throw r.fail(memberPath, "must have at most four decimals and be below 10^14")
                    }
                    threshold = number
                case "score": score = try r.score(member, at: memberPath)
                default: throw r.unknownKey(memberPath, known: ["at_least", "at_most", "score"])
                }
            }
            guard let comparison, let threshold else { throw fail(bandPath, "needs at_least or at_most") }
            guard let score else { throw fail(bandPath + ".score", "is required") }
            bands.append(PolicySettings.Band(comparison, threshold, score: score))
        }
        return bands
    }

    func sources(_ value: JSONValue, at path: String) throws -> [PolicySettings.ScoreSource] {
        let list = try array(value, at: path)
        guard !list.isEmpty else { throw fail(path, "must list at least one source") }
        var sources: [PolicySettings.ScoreSource] = []
        for (i, element) in list.enumerated() {
            let text = try string(element, at: "\(path)[\(i)]")
            guard let source = PolicySettings.ScoreSource(rawValue: text) else {
                throw fail("\(path)[\(i)]", "'\(text)' is not a source (known: committee, export, criteria)")
            }
            guard !sources.contains(source) else { throw fail("\(path)[\(i)]", "'\(text)' is listed twice") }
            sources.append(source)
        }
        return sources
    }

    mutating func evaluation(_ value: JSONValue, at path: String, base: PolicySettings.Evaluation) throws -> PolicySettings.Evaluation {
        var evaluation = base
        try object(value, at: path) { key, member, memberPath, r in
            switch key {
            case "groups": evaluation.groups = try r.groups(member, at: memberPath)
            case "lookback_quarters": evaluation.lookbackQuarters = try r.integer(member, at: memberPath, minimum: 0, maximum: 8)
            case "disagreement_points": evaluation.disagreementPoints = try r.score(member, at: memberPath)
            case "near_bound_points": evaluation.nearBoundPoints = try r.score(member, at: memberPath)
            default: throw r.unknownKey(memberPath, known: SettingsReader.evaluationKeys)
            }
        }
        return evaluation
    }

    mutating func groups(_ value: JSONValue, at path: String) throws -> [PolicySettings.CommitteeGroup] {
        let list = try array(value, at: path)
        guard !list.isEmpty, list.count <= 20 else { throw fail(path, "must list 1 to 20 groups") }
        var groups: [PolicySettings.CommitteeGroup] = []
        for (i, element) in list.enumerated() {
            let groupPath = "\(path)[\(i)]"
            var id: String?
            var name: String?
            var weight = ExactDecimal(1)
            try object(element, at: groupPath) { key, member, memberPath, r in
                switch key {
                case "id": id = try r.string(member, at: memberPath)
                case "name": name = try r.string(member, at: memberPath)
                case "weight": weight = try r.weight(member, at: memberPath)
                default: throw r.unknownKey(memberPath, known: ["id", "name", "weight"])
                }
            }
            guard let name, !name.isEmpty, name.count <= 30 else { throw fail(groupPath + ".name", "is required, at most 30 characters") }
            guard !weight.isZero else { throw fail(groupPath + ".weight", "must be above 0") }
            let groupID = id ?? name
            guard !groups.contains(where: { $0.name == name || $0.id.lowercased() == groupID.lowercased() }) else {
                throw fail(groupPath, "'\(name)' is listed twice")
            }
            groups.append(PolicySettings.CommitteeGroup(id: groupID, name: name, weight: weight))
        }
        return groups
    }
}
