/// The company's people in the sample: salespeople (about one per 150 customers, at least
/// eight), the business departments they belong to (about one per 30 salespeople, at least
/// three: 华东业务部, 华南业务部, 华北业务部, …) and each department's manager, who approves
/// visit records and sometimes visits customers.
///
/// Staff names are distinct: they are read from a seeded bijection over every
/// surname × given-name combination, so no two people share a name whatever the size.
final class SampleStaff: Sendable {
    let salespeople: [String]
    let departments: [String]
    let managers: [String]

    init(customers: Int, seed: UInt64) {
        let salespersonCount = max(8, (customers + 149) / 150)
        let departmentCount = max(3, (salespersonCount + 29) / 30)
        var random = SampleRandom(seed: seed, .staff)
        let space = Self.nameSpace
        // A multiplier coprime with the name space makes `a·k + b mod space` a bijection.
        var multiplier = space / 3 + random.below(space / 3)
        while Self.gcd(multiplier, space) != 1 { multiplier += 1 }
        let offset = random.below(space)
        func name(_ k: Int) -> String {
            Self.staffName((multiplier * (k % space) + offset) % space)
        }
        salespeople = (0..<salespersonCount).map(name)
        managers = (0..<departmentCount).map { name(salespersonCount + $0) }
        departments = (0..<departmentCount).map { d in
            let region = SampleNames.regions[d % SampleNames.regions.count]
            let round = d / SampleNames.regions.count
            return round == 0 ? region + "业务部" : region + "业务" + SampleNames.chineseNumber(round + 1) + "部"
        }
    }

    /// Salesperson `index` works in department `index % departments.count`.
    func department(ofSalesperson index: Int) -> Int { index % departments.count }

    /// A colleague in the same department as salesperson `index` (possibly `index` itself
    /// when the department has one salesperson).
    func colleague(of index: Int, pick: Int) -> Int {
        let count = departments.count
        let inDepartment = (salespeople.count - 1 - index % count) / count + 1
        return index % count + (pick % inDepartment) * count
    }

    /// Surname × (one given character, or two): 60 × (60 + 3,600) names.
    static var nameSpace: Int {
        let given = SampleNames.givenCharacters.count
        return SampleNames.surnames.count * (given + given * given)
    }

    static func staffName(_ k: Int) -> String {
        let surnames = SampleNames.surnames
        let given = SampleNames.givenCharacters
        let surname = surnames[k % surnames.count]
        let rest = k / surnames.count
        if rest < given.count { return surname + given[rest] }
        let pair = rest - given.count
        return surname + given[pair / given.count] + given[pair % given.count]
    }

    /// A customer-side person: a common surname more often than a rare one, and one or two
    /// given characters.
    static func personName(_ random: inout SampleRandom) -> String {
        let surnames = SampleNames.surnames
        let surname = random.chance(60) ? surnames[random.below(15)] : surnames[random.below(surnames.count)]
        let given = SampleNames.givenCharacters
        if random.chance(25) { return surname + given[random.below(given.count)] }
        return surname + given[random.below(given.count)] + given[random.below(given.count)]
    }

    static func mobile(_ random: inout SampleRandom) -> String {
        var text = random.pick(SampleNames.mobilePrefixes)
        let digits = random.below(100_000_000)
        let body = String(digits)
        text += String(repeating: "0", count: 8 - body.count) + body
        return text
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var x = a
        var y = b
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
