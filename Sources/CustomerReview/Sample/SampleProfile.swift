/// The descriptive side of a sample customer (附表2 客户基本资料表): its company name, address,
/// people and profile text, each drawn from its own stream so that customers.csv and
/// visits.csv (which repeats the address and the contact person) agree.
struct SampleProfile {
    let world: SampleWorld

    struct Place {
        var city: SampleNames.City
        var address: String
    }

    struct People {
        var principal: String
        var principalTitle: String
        var contact: String
        var contactTitle: String
        var contactMobile: String
    }

    /// The customer's city and street address: 江苏省苏州市工业园区星湖街328号.
    func place(_ index: Int) -> Place {
        var random = SampleRandom(seed: world.seed, .address, index)
        let city = random.pick(SampleNames.cities)
        var address = city.province + city.city + random.pick(city.districts) + random.pick(SampleNames.roads)
        address += String(random.int(1...999)) + "号"
        let suffix = random.pick(SampleNames.addressSuffixes)
        if !suffix.isEmpty {
            // A few exports separate the building with an ASCII comma, which must be quoted.
            address += random.chance(15) ? "," + suffix : suffix
        }
        return Place(city: city, address: address)
    }

    /// 上海鸿运物流有限公司, or 鸿运（上海）物流有限公司; the brand's pinyin for e-mail and web.
    func company(_ index: Int, city: SampleNames.City) -> (name: String, pinyin: String) {
        var random = SampleRandom(seed: world.seed, .companyName, index)
        let first = random.pick(SampleNames.brandFirst)
        var second = random.pick(SampleNames.brandSecond)
        if second.0 == first.0 { second = ("通", "tong") }
        let brand = first.0 + second.0
        let industry = random.pick(SampleNames.industries)
        let form = random.pick(SampleNames.companyForms)
        let name = random.chance(75)
            ? city.short + brand + industry + form
            : brand + "（" + city.short + "）" + industry + form
        return (name, first.1 + second.1)
    }

    func people(_ index: Int) -> People {
        var random = SampleRandom(seed: world.seed, .people, index)
        let principal = SampleStaff.personName(&random)
        let principalTitle = random.chance(80) ? "总经理" : "董事长"
        let sameperson = random.chance(10)
        let contact = sameperson ? principal : SampleStaff.personName(&random)
        let contactTitle = sameperson ? principalTitle : random.pick(SampleTexts.titles)
        let mobile = SampleStaff.mobile(&random)
        return People(principal: principal, principalTitle: principalTitle, contact: contact,
                      contactTitle: contactTitle, contactMobile: mobile)
    }

    /// Appends the profile fields of customers.csv from `address` to `notes` (SPEC §3 order),
    /// then the unknown `客户来源` column.
    func appendProfileFields(_ index: Int, place: Place, pinyin: String, to record: inout SampleRecord) {
        var random = SampleRandom(seed: world.seed, .profile, index)
        let people = people(index)
        record.add(place.address)
        let phone = Self.landline(place.city, &random)
        record.add(phone)
        if random.chance(60) { record.add(Self.landline(place.city, &random)) } else { record.addEmpty() }
        let domain = pinyin + (random.chance(50) ? ".com" : ".com.cn")
        switch random.below(10) {
        case 0..<5: record.add(random.pick(SampleTexts.emailBoxes) + "@" + domain)
        case 5..<7: record.add(String(random.int(10_000_000...2_999_999_999)) + "@qq.com")
        case 7: record.add(pinyin + String(random.int(1...99)) + "@163.com")
        default: record.addEmpty()
        }
        if random.chance(60) { record.add("www." + domain) } else { record.addEmpty() }
        record.add(people.principal)
        record.add(people.contact)
        record.add(random.pick(SampleTexts.capitals))
        let founded = CalendarDate(year: random.int(1995...2022), month: random.int(1...12), day: random.int(1...28))
        if let founded {
            if random.chance(70) { record.add(founded, style: .iso) } else {
                record.add(String(founded.year) + "年" + String(founded.month) + "月")
            }
        } else {
            record.addEmpty()
        }
        record.add(String(random.int(5...400) * 100) + "平方米")
        record.add(random.pick(SampleTexts.revenues))
        record.beginField()
        record.append(random.pick(SampleTexts.banks) + place.city.short + random.pick(place.city.districts) + "支行 账号")
        for group in 0..<4 {
            if group > 0 { record.append(ascii: 0x20) }
            record.appendPadded(random.below(10_000), width: 4)
        }
        record.endField()
        record.add(random.pick(SampleTexts.resources))
        let providers = (0..<random.int(1...3)).map { _ in random.pick(SampleTexts.providers) }
        var seen: [String] = []
        for provider in providers where !seen.contains(provider) { seen.append(provider) }
        record.add(seen.joined(separator: "、"))
        let need = random.pick(SampleTexts.needs)
        let quantity = String(random.int(2...90) * 10)
        record.add(need.split(separator: "%", omittingEmptySubsequences: false).joined(separator: quantity))
        if random.chance(30) { record.add(random.pick(SampleTexts.notes)) } else { record.addEmpty() }
        record.add(random.pick(SampleTexts.sources))
    }

    /// `021-58881234`.
    static func landline(_ city: SampleNames.City, _ random: inout SampleRandom) -> String {
        city.areaCode + "-" + String(random.int(2...8)) + String(random.int(1_000_000...9_999_999))
    }
}
