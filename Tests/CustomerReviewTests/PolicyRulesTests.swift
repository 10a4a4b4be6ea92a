import Testing
@testable import CustomerReview

func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else { preconditionFailure("bad test date \(text)") }
    return date
}

func yuan(_ text: String) -> Money {
    guard case .success(let money) = AmountParser.parse(text) else { preconditionFailure("bad test amount \(text)") }
    return money
}

@Suite("Policy rules (SPEC §2.5–2.12)")
struct PolicyRulesTests {
    let rules = ReceivableRules(month: YearMonth(year: 2026, month: 11), bucketBounds: [30, 60, 90, 180])

    func invoice(_ date: String, _ amount: String, received: String = "0", due: String? = nil,
                 kind: ReceivableKind = .invoice) -> Receivable {
        Receivable(invoiceNumber: "N", customerID: "C", invoiceDate: day(date), amount: yuan(amount),
                   received: yuan(received), dueDate: due.map(day), kind: kind)
    }

    @Test func overThreeMonthsIncludesTheThirdMonthBefore() {
        var p = ReceivablePosition(bucketCount: 5)
        for row in [invoice("2026-08-31", "100"), invoice("2026-09-01", "10"), invoice("2026-05-03", "1000"),
                    invoice("2026-11-30", "7"), invoice("2026-11-01", "3", received: "1")] {
            p.add(row, rules: rules, termDays: 30)
        }
        #expect(p.overThreeMonths == yuan("1100"))
        #expect(p.currentMonth == yuan("9"))
        #expect(p.outstanding == yuan("1119"))
        #expect(p.reconciles)
    }

    @Test func agingBucketsByDaysAtThePeriodEnd() {
        // Period end 2026-11-30: 30 days back is 2026-10-31.
        let cases: [(String, Int)] = [("2026-11-30", 0), ("2026-10-31", 0), ("2026-10-30", 1), ("2026-10-01", 1),
                                      ("2026-09-30", 2), ("2026-09-01", 2), ("2026-08-31", 3), ("2026-06-03", 3),
                                      ("2026-06-02", 4), ("2020-01-01", 4)]
        for (date, bucket) in cases {
            #expect(rules.bucket(for: day(date)) == bucket, "\(date)")
        }
        #expect(rules.bucketLabels == ["0–30", "31–60", "61–90", "91–180", ">180"])
    }

    @Test func bucketsReconcileToTheFenWithLaterInvoicesAndCredits() {
        var p = ReceivablePosition(bucketCount: 5)
        let rows = [invoice("2026-12-02", "0.01"), invoice("2026-11-15", "1,234.56", received: "1,000.00"),
                    invoice("2025-01-01", "-12.34"), invoice("2026-07-01", "99999.99", received: "0.02"),
                    invoice("2026-10-10", "33.33", kind: .advance)]
        for row in rows { p.add(row, rules: rules, termDays: 60) }
        #expect(p.afterPeriodEnd == yuan("0.01"))
        #expect(p.buckets.reduce(p.afterPeriodEnd, +) == p.outstanding)
        #expect(p.outstanding == yuan("234.56") + yuan("0.01") - yuan("12.34") + yuan("99999.97") + yuan("33.33"))
        #expect(p.advances == yuan("33.33"))
    }

    @Test func overdueUsesTheDueDateElseTheTerm() {
        var p = ReceivablePosition(bucketCount: 5)
        // Term 30: invoiced 2026-10-30 is due 2026-11-29, before the period end: overdue.
        p.add(invoice("2026-10-30", "10"), rules: rules, termDays: 30)
        // Due on the period end itself: not yet overdue.
        p.add(invoice("2026-10-31", "20"), rules: rules, termDays: 30)
        // An explicit later due date wins over the term.
        p.add(invoice("2026-01-01", "40", due: "2026-12-31"), rules: rules, termDays: 30)
        // Fully paid: nothing overdue.
        p.add(invoice("2026-01-01", "80", received: "80"), rules: rules, termDays: 30)
        #expect(p.overdue == yuan("10"))
    }

    @Test func performanceIsLastMonthsInvoicesNotAdvances() {
        var p = ReceivablePosition(bucketCount: 5)
        p.add(invoice("2026-11-02", "100", received: "100"), rules: rules, termDays: 30)
        p.add(invoice("2026-11-03", "50", kind: .advance), rules: rules, termDays: 30)
        p.add(invoice("2026-10-31", "7"), rules: rules, termDays: 30)
        #expect(p.invoiced == yuan("100"))
        #expect(p.firstInvoice == day("2026-10-31"))
    }

    @Test func visitMinimumsByStatusAndTier() {
        let m = PolicySettings.defaults.visitMinimums
        #expect(VisitRequirement.required(status: .signed, tier: .a, minimums: m) == 2)
        #expect(VisitRequirement.required(status: .signed, tier: .c, minimums: m) == 1)
        #expect(VisitRequirement.required(status: .potential, tier: .b, minimums: m) == 1)
        #expect(VisitRequirement.required(status: .eliminated, tier: .a, minimums: m) == nil)
        #expect(VisitRequirement.required(status: .signed, tier: nil, minimums: m) == nil)
        #expect(VisitRequirement.shortfall(required: 2, done: 5) == 0)
        #expect(VisitRequirement.shortfall(required: 2, done: 1) == 1)
    }

    @Test func onlyOnSiteVisitsCount() {
        var tally = VisitTally()
        tally.add(Visit(customerID: "C", date: day("2026-11-02"), salesperson: "张三", type: .phone, approver: "李四"))
        tally.add(Visit(customerID: "C", date: day("2026-11-05"), salesperson: "王五", type: .onSite))
        #expect(tally.onSite == 1)
        #expect(tally.otherKinds == 1)
        #expect(tally.awaitingApproval == 1)
    }

    /// Issue 12: the last visit is the latest on-site one of any month up to the as-of date.
    @Test func lastVisitIsTheLatestOnSiteVisitOfAnyMonth() {
        var tally = VisitTally()
        tally.noteOnSite(day("2026-10-30"), asOf: day("2026-11-15"))
        tally.noteOnSite(day("2026-09-02"), asOf: day("2026-11-15"))
        #expect(tally.lastVisit == day("2026-10-30"))
        #expect(tally.daysSinceLastVisit == 16)
        tally.noteOnSite(day("2026-11-15"), asOf: day("2026-11-15"))
        #expect(tally.daysSinceLastVisit == 0)
    }

    func contract(_ type: ContractType, signed: String?, start: String? = nil, end: String? = nil, number: String = "H1") -> Contract {
        Contract(number: number, customerID: "C", type: type, signedDate: signed.map(day), startDate: start.map(day), endDate: end.map(day))
    }

    @Test func contractRulesForSignedABAndC() {
        let asOf = day("2026-11-15")
        let both = [contract(.contract, signed: "2025-01-01"), contract(.longTermAgreement, signed: "2025-01-01", number: "H2")]
        let e = ContractCompliance.evaluate(status: .signed, tier: .a, contracts: both, firstBusiness: day("2025-02-01"), asOf: asOf, lookaheadDays: 30)
        #expect(e.state == .compliant && e.state.compliant == true)
        let expired = [contract(.contract, signed: "2024-01-01", end: "2026-11-14"), contract(.longTermAgreement, signed: "2025-01-01", number: "H2")]
        #expect(ContractCompliance.evaluate(status: .signed, tier: .b, contracts: expired, firstBusiness: nil, asOf: asOf, lookaheadDays: 30).state == .missingContract)
        #expect(ContractCompliance.evaluate(status: .signed, tier: .b, contracts: [], firstBusiness: nil, asOf: asOf, lookaheadDays: 30).state.compliant == false)
        let c = ContractCompliance.evaluate(status: .signed, tier: .c, contracts: [], firstBusiness: nil, asOf: asOf, lookaheadDays: 30)
        #expect(c.state == .cWithoutContract && c.state.compliant == nil)
        #expect(ContractCompliance.evaluate(status: .potential, tier: .a, contracts: [], firstBusiness: nil, asOf: asOf, lookaheadDays: 30).state == .notRequired)
        #expect(ContractCompliance.evaluate(status: .signed, tier: .a, contracts: nil, firstBusiness: nil, asOf: asOf, lookaheadDays: 30).state == .noContractData)
    }

    @Test func contractSignedAfterFirstBusinessAndEndingSoon() {
        let asOf = day("2026-11-15")
        let list = [contract(.contract, signed: "2025-03-02", end: "2026-12-15"),
                    contract(.longTermAgreement, signed: "2025-01-01", end: "2026-12-16", number: "H2")]
        let e = ContractCompliance.evaluate(status: .signed, tier: .a, contracts: list, firstBusiness: day("2025-03-01"), asOf: asOf, lookaheadDays: 30)
        #expect(e.signedAfterFirstBusiness == day("2025-03-02"))
        #expect(e.endingSoon.map(\.number) == ["H1"])
        let onTime = ContractCompliance.evaluate(status: .signed, tier: .a, contracts: list, firstBusiness: day("2025-03-02"), asOf: asOf, lookaheadDays: 30)
        #expect(onTime.signedAfterFirstBusiness == nil)
        #expect(!ContractCompliance.isInForce(contract(.contract, signed: "2026-11-16"), on: asOf))
        #expect(ContractCompliance.isInForce(contract(.contract, signed: "2026-01-01", end: "2026-11-15"), on: asOf))
    }

    @Test func tierPolicyLimitsAndCommission() {
        var p = ReceivablePosition(bucketCount: 5)
        p.add(invoice("2026-11-02", "1,000,000.01"), rules: rules, termDays: 60)
        p.add(invoice("2026-10-02", "300,000.50", kind: .advance), rules: rules, termDays: 60)
        let check = TierPolicies.check(p, tierInForce: .a, settings: .defaults)
        #expect(check.overCreditLimit == yuan("300,000.51"))
        #expect(check.overAdvanceLimit == yuan("0.50"))
        // 1% of 1,000,000.01 = 10,000.0001 → 10,000.00.
        #expect(check.commission == yuan("10000.00"))
        #expect(TierPolicies.check(p, tierInForce: nil, settings: .defaults).tier == .c)
    }
}
