import Foundation

/// Reads `--config policy.json` over the defaults (`SettingsJSON` writes the settings in force
/// back in the same shape, `config --print`).
///
/// Objects override key by key; a list (indicators, aging buckets, review marks) replaces the
/// default list whole. Every key is checked: an unknown key, a wrong type, weights summing to
/// zero, overlapping tier bounds or a negative minimum is an error naming the key.
public enum SettingsFile {
    /// Loads the settings at `path` over the defaults; exit 65 with the file and key on error.
    public static func load(path: String) throws -> PolicySettings {
        let name = (path as NSString).lastPathComponent
        let bytes: [UInt8]
        do {
            bytes = try InputFile.contents(of: path, displayName: path)
        } catch let error as ReviewError {
            throw ReviewError.input("\(error.message.replacingOccurrences(of: "\(path): ", with: "\(path): the settings file "))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReviewError.input("\(name): the settings file is not UTF-8 text")
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            throw ReviewError.input("\(name): not valid JSON, \(error)")
        }
        return try apply(json, to: .defaults, fileName: name)
    }

    /// Applies a parsed settings document to `base`.
    public static func apply(_ json: JSONValue, to base: PolicySettings, fileName: String) throws -> PolicySettings {
        var reader = SettingsReader(fileName: fileName)
        var settings = base
        try reader.object(json, at: "") { key, value, path, r in
            switch key {
            case "indicators": settings.indicators = try r.indicators(value, at: path)
            case "tier_bounds": settings.tierBounds = try r.tierBounds(value, at: path, base: settings.tierBounds)
            case "visit_minimums": settings.visitMinimums = try r.visitMinimums(value, at: path, base: settings.visitMinimums)
            case "tier_policies": settings.tierPolicies = try r.tierPolicies(value, at: path, base: settings)
            case "aging_buckets": settings.agingBuckets = try r.agingBuckets(value, at: path)
            case "contract_expiry_days":
                settings.contractExpiryDays = try r.integer(value, at: path, minimum: 0, maximum: SettingsReader.maximumDays)
            case "weekly": settings.weekly = try r.weekly(value, at: path, base: settings.weekly)
            case "review_marks": settings.reviewMarks = try r.reviewMarks(value, at: path)
            case "html_list_limit": settings.htmlListLimit = try r.integer(value, at: path, minimum: 1)
            case "evaluation": settings.evaluation = try r.evaluation(value, at: path, base: settings.evaluation)
            case "streaks": settings.streaks = try r.streaks(value, at: path, base: settings.streaks)
            default: throw r.unknownKey(path, known: topLevelKeys)
            }
        }
        try reader.checkWeights(settings.indicators)
        return settings
    }

    static let topLevelKeys = ["indicators", "tier_bounds", "visit_minimums", "tier_policies", "aging_buckets",
                               "contract_expiry_days", "weekly", "review_marks", "html_list_limit", "evaluation", "streaks"]
}

/// Walks a settings document, naming the key path in every error.
struct SettingsReader {
    let fileName: String

    func fail(_ path: String, _ message: String) -> ReviewError {
        ReviewError.input("\(fileName): \(path.isEmpty ? "the document" : path): \(message)")
    }

    func unknownKey(_ path: String, known: [String]) -> ReviewError {
        fail(path, "is not a setting (known here: \(known.joined(separator: ", ")))")
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// Calls `body` for each member of an object, with the member's key path.
    mutating func object(_ value: JSONValue, at path: String,
                         _ body: (String, JSONValue, String, inout SettingsReader) throws -> Void) throws {
        guard case .object(let members) = value else { throw fail(path, "must be an object") }
        for (key, member) in members { try body(key, member, join(path, key), &self) }
    }

    func integer(_ value: JSONValue, at path: String, minimum: Int, maximum: Int = 1_000_000) throws -> Int {
        guard case .number(let text) = value, let number = Int(text) else {
            throw fail(path, "must be a whole number")
        }
        guard number >= minimum else { throw fail(path, "must be \(minimum) or more, not \(number)") }
        guard number <= maximum else { throw fail(path, "must be \(maximum) or less, not \(number)") }
        return number
    }

    /// Days in a setting (a term, a look-ahead, an aging bound): at most ten years.
    static let maximumDays = 3_650

    func decimal(_ value: JSONValue, at path: String) throws -> ExactDecimal {
        guard case .number(let text) = value, let number = ExactDecimal(parsing: text) else {
            throw fail(path, "must be a number written without an exponent, with at most \(ExactDecimal.maximumScale) decimals")
        }
        return number
    }

    func money(_ value: JSONValue, at path: String) throws -> Money {
        let number = try decimal(value, at: path)
        guard let fen = number.units(atScale: 2) else { throw fail(path, "must be an amount with at most two decimals") }
        guard fen >= 0 else { throw fail(path, "must not be negative") }
        guard fen <= AmountParser.maximumFen else { throw fail(path, "is too large") }
        return Money(fen: fen)
    }

    func bool(_ value: JSONValue, at path: String) throws -> Bool {
        guard case .bool(let b) = value else { throw fail(path, "must be true or false") }
        return b
    }

    func string(_ value: JSONValue, at path: String) throws -> String {
        guard case .string(let s) = value else { throw fail(path, "must be a string") }
        return s
    }

    func array(_ value: JSONValue, at path: String) throws -> [JSONValue] {
        guard case .array(let a) = value else { throw fail(path, "must be a list") }
        return a
    }

    mutating func indicators(_ value: JSONValue, at path: String) throws -> [PolicySettings.Indicator] {
        let list = try array(value, at: path)
        guard !list.isEmpty else { throw fail(path, "must list at least one indicator") }
        var result: [PolicySettings.Indicator] = []
        var ids: Set<String> = []
        for (i, element) in list.enumerated() {
            let elementPath = "\(path)[\(i)]"
            var id: String?
            var name: String?
            var weight: ExactDecimal?
            var criteria: PolicySettings.Criteria?
            var criteriaGiven = false
            var sources = PolicySettings.defaultSources
            try object(element, at: elementPath) { key, member, memberPath, r in
                switch key {
                case "id": id = try r.string(member, at: memberPath)
                case "name": name = try r.string(member, at: memberPath)
                case "weight": weight = try r.decimal(member, at: memberPath)
                case "criteria":
                    criteria = try r.criteria(member, at: memberPath)
                    criteriaGiven = true
                case "sources": sources = try r.sources(member, at: memberPath)
                default: throw r.unknownKey(memberPath, known: ["id", "name", "weight", "criteria", "sources"])
                }
            }
            guard let id, !id.isEmpty else { throw fail(elementPath + ".id", "is required") }
            guard id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) else {
                throw fail(elementPath + ".id", "must be lowercase letters, digits and '_' (it is a column name), not '\(id)'")
            }
            guard ids.insert(id).inserted else { throw fail(elementPath + ".id", "'\(id)' is listed twice") }
            guard let weight else { throw fail(elementPath + ".weight", "is required") }
            guard !weight.isNegative else { throw fail(elementPath + ".weight", "must not be negative") }
            // An indicator of the built-in list keeps its default criteria unless the file says
            // otherwise (`"criteria": null` removes them).
            if !criteriaGiven { criteria = PolicySettings.defaults.indicators.first { $0.id == id }?.criteria }
            result.append(.init(id: id, name: name ?? id, weight: weight, criteria: criteria, sources: sources))
        }
        return result
    }

    func checkWeights(_ indicators: [PolicySettings.Indicator]) throws {
        guard indicators.contains(where: { !$0.weight.isZero }) else {
            throw fail("indicators", "the weights add up to 0; at least one indicator needs a weight")
        }
        // The score adds the weights at their common number of decimals in 64 bits; weights
        // that cannot be said there (10000000000 beside 0.000000001) would unscore everyone.
        let scale = indicators.map(\.weight.scale).max() ?? 0
        var sum: Int128 = 0
        for (i, indicator) in indicators.enumerated() {
            guard let units = indicator.weight.units(atScale: scale) else {
                throw fail("indicators[\(i)].weight", "\(indicator.weight) cannot be added exactly to weights with \(scale) decimals; use fewer decimals or smaller weights")
            }
            sum += Int128(units)
            guard sum <= Int128(Int64.max) else {
                throw fail("indicators[\(i)].weight", "the weights add up to more than can be counted exactly; use smaller weights")
            }
        }
    }

    mutating func tierBounds(_ value: JSONValue, at path: String, base: PolicySettings.TierBounds) throws -> PolicySettings.TierBounds {
        var bounds = base
        try object(value, at: path) { key, member, memberPath, r in
            guard key == "a" || key == "b" else { throw r.unknownKey(memberPath, known: ["a", "b"]) }
            try r.object(member, at: memberPath) { field, fieldValue, fieldPath, r in
                switch (key, field) {
                case ("a", "lower_bound"): bounds.aLowerBound = try r.decimal(fieldValue, at: fieldPath)
                case ("a", "includes_bound"): bounds.aIncludesBound = try r.bool(fieldValue, at: fieldPath)
                case ("b", "lower_bound"): bounds.bLowerBound = try r.decimal(fieldValue, at: fieldPath)
                case ("b", "includes_bound"): bounds.bIncludesBound = try r.bool(fieldValue, at: fieldPath)
                default: throw r.unknownKey(fieldPath, known: ["lower_bound", "includes_bound"])
                }
            }
        }
        for (name, bound) in [("a", bounds.aLowerBound), ("b", bounds.bLowerBound)]
        where bound < ExactDecimal(0) || bound > ExactDecimal(100) {
            throw fail("\(path).\(name).lower_bound", "must be between 0 and 100, not \(bound)")
        }
        // B must keep at least one score: A's bound above B's, or equal with B including it
        // and A not.
        let overlapping = bounds.aLowerBound < bounds.bLowerBound
            || (bounds.aLowerBound == bounds.bLowerBound && (bounds.aIncludesBound || !bounds.bIncludesBound))
        if overlapping {
            throw fail("\(path).a.lower_bound", "\(bounds.aLowerBound) overlaps tier B's bound \(bounds.bLowerBound); A's bound must be above B's")
        }
        return bounds
    }

    mutating func visitMinimums(_ value: JSONValue, at path: String, base: PolicySettings.VisitMinimums) throws -> PolicySettings.VisitMinimums {
        var minimums = base
        try object(value, at: path) { status, member, memberPath, r in
            guard status == "signed" || status == "potential" else {
                throw r.unknownKey(memberPath, known: ["signed", "potential"])
            }
            try r.object(member, at: memberPath) { tierKey, count, tierPath, r in
                guard let tier = Tier(rawValue: tierKey) else { throw r.unknownKey(tierPath, known: ["A", "B", "C"]) }
                let n = try r.integer(count, at: tierPath, minimum: 0)
                if status == "signed" { minimums.signed[tier] = n } else { minimums.potential[tier] = n }
            }
        }
        return minimums
    }

    mutating func tierPolicies(_ value: JSONValue, at path: String, base: PolicySettings) throws -> [Tier: PolicySettings.TierPolicy] {
        var policies = base.tierPolicies
        try object(value, at: path) { tierKey, member, tierPath, r in
            guard let tier = Tier(rawValue: tierKey) else { throw r.unknownKey(tierPath, known: ["A", "B", "C"]) }
            var policy = base.policy(for: tier)
            try r.object(member, at: tierPath) { field, fieldValue, fieldPath, r in
                switch field {
                case "advance_limit": policy.advanceLimit = try r.money(fieldValue, at: fieldPath)
                case "credit_limit": policy.creditLimit = try r.money(fieldValue, at: fieldPath)
                case "term_days":
                    policy.termDays = try r.integer(fieldValue, at: fieldPath, minimum: 0, maximum: SettingsReader.maximumDays)
                case "commission_rate":
                    let rate = try r.decimal(fieldValue, at: fieldPath)
                    guard !rate.isNegative, rate <= ExactDecimal(1) else {
                        throw r.fail(fieldPath, "must be a fraction from 0 to 1 (0.01 is one per cent), not \(rate)")
                    }
                    policy.commissionRate = rate
                case "resource_guarantee": policy.resourceGuarantee = try r.string(fieldValue, at: fieldPath)
                default:
                    throw r.unknownKey(fieldPath, known: ["advance_limit", "credit_limit", "term_days", "commission_rate", "resource_guarantee"])
                }
            }
            policies[tier] = policy
        }
        return policies
    }

    func agingBuckets(_ value: JSONValue, at path: String) throws -> [Int] {
        let list = try array(value, at: path)
        guard !list.isEmpty else { throw fail(path, "must list at least one bucket bound in days") }
        var bounds: [Int] = []
        for (i, element) in list.enumerated() {
            let bound = try integer(element, at: "\(path)[\(i)]", minimum: 1, maximum: SettingsReader.maximumDays)
            if let last = bounds.last, bound <= last {
                throw fail("\(path)[\(i)]", "bucket bounds must increase (\(bound) after \(last))")
            }
            bounds.append(bound)
        }
        return bounds
    }

    mutating func weekly(_ value: JSONValue, at path: String, base: PolicySettings.WeeklyThresholds) throws -> PolicySettings.WeeklyThresholds {
        var weekly = base
        try object(value, at: path) { key, member, memberPath, r in
            switch key {
            case "abnormal_relationship": weekly.abnormalRelationship = try r.bool(member, at: memberPath)
            case "signed_ab_behind_on_visits": weekly.signedABBehindOnVisits = try r.bool(member, at: memberPath)
            case "over_3_months_at_least":
                weekly.overThreeMonthsAtLeast = member == .null ? nil : try r.money(member, at: memberPath)
            case "potential_a": weekly.potentialA = try r.bool(member, at: memberPath)
            case "no_on_site_visit_days":
                weekly.noOnSiteVisitDays = member == .null ? nil : try r.integer(member, at: memberPath, minimum: 1, maximum: SettingsReader.maximumDays)
            case "visit_shortfall_streak": weekly.visitShortfallStreak = try r.bool(member, at: memberPath)
            case "over_3_months_growing": weekly.overThreeMonthsGrowing = try r.bool(member, at: memberPath)
            default:
                throw r.unknownKey(memberPath, known: ["abnormal_relationship", "signed_ab_behind_on_visits", "over_3_months_at_least",
                                                       "potential_a", "no_on_site_visit_days", "visit_shortfall_streak",
                                                       "over_3_months_growing"])
            }
        }
        return weekly
    }

    func reviewMarks(_ value: JSONValue, at path: String) throws -> [String] {
        let list = try array(value, at: path)
        guard !list.isEmpty else { throw fail(path, "must list at least one review mark") }
        var marks: [String] = []
        for (i, element) in list.enumerated() {
            let mark = try string(element, at: "\(path)[\(i)]")
            // Excel keeps a drop-down list as one quoted, comma-separated text; the workbook
            // would refuse these only after every row was written (exit 73).
            guard !mark.isEmpty, mark.count <= 50, !mark.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 < 0x20 }),
                  !mark.unicodeScalars.contains(where: { !XlsxCellSafety.isAllowedInXML($0) }) else {
                throw fail("\(path)[\(i)]", "must be 1 to 50 characters without a comma, a double quote or a control character")
            }
            marks.append(mark)
        }
        let bytes = marks.joined(separator: ",").utf8.count
        guard bytes <= XlsxValidation.maximumListBytes else {
            throw fail(path, "the marks together take \(bytes) bytes of UTF-8 with their commas; they must fit in \(XlsxValidation.maximumListBytes) bytes (Excel's drop-down limit; a Chinese character takes 3)")
        }
        return marks
    }
}
