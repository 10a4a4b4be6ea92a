import Testing
@testable import CustomerReview

/// One example (or more, where the text depends on the details) of each kind of data problem.
/// The switch is exhaustive: a new kind does not compile until it has an example here.
func examples(of kind: DataProblem.Kind) -> [DataProblem] {
    let asOf = CalendarDate(year: 2026, month: 11, day: 15)!
    return switch kind {
    case .strayQuote: [.strayQuote]
    case .unterminatedQuote: [.unterminatedQuote(lastLine: 9)]
    case .wrongFieldCount: [.wrongFieldCount(expected: 3, found: 2)]
    case .recordTooLong: [.recordTooLong(limitBytes: 1 << 26, limitFields: 200_000)]
    case .invalidBytes: [.invalidBytes(encoding: .utf8)]
    case .foreignEncoding: [.foreignEncoding(lineEncoding: .gb18030, fileEncoding: .utf8)]
    case .nulByte: [.nulByte]
    case .missingValue: [.missingValue]
    case .notADate: [.notADate]
    case .notAnAmount: [.notAnAmount]
    case .amountTooPrecise: [.amountTooPrecise]
    case .amountTooLarge: [.amountTooLarge]
    case .notANumber: [.notANumber]
    case .scoreOutOfRange: [.scoreOutOfRange]
    case .notAStatus: [.notAStatus]
    case .notATier: [.notATier]
    case .notARelationship: [.notARelationship]
    case .notAVisitType: [.notAVisitType]
    case .notAReceivableKind: [.notAReceivableKind]
    case .notAContractType: [.notAContractType]
    case .duplicateCustomer: [.duplicateCustomer(firstLine: 2)]
    case .duplicateInvoice: [.duplicateInvoice(firstLine: 2)]
    case .duplicateContract: [.duplicateContract(firstLine: 2)]
    case .unknownCustomer: [.unknownCustomer]
    case .visitAfterAsOf: [.visitAfterAsOf(asOf: asOf)]
    case .contractEndsBeforeStart: [.contractEndsBeforeStart]
    case .amountsAddUpTooFar: [.amountsAddUpTooFar]
    case .missingIndicatorColumns:
        [.missingIndicatorColumns(["credit"], unscored: 0), .missingIndicatorColumns(["credit", "cargo_volume"], unscored: 0),
         .missingIndicatorColumns(["credit"], unscored: 3), .missingIndicatorColumns(["credit", "cargo_volume"], unscored: 3)]
    case .snapshotCustomerUnknown: [.snapshotCustomerUnknown]
    case .notACommitteeGroup: [.notACommitteeGroup(groups: ["运管中心", "财务部"])]
    case .evaluationAfterAsOf: [.evaluationAfterAsOf(asOf: asOf)]
    case .duplicateEvaluation: [.duplicateEvaluation(firstLine: 4)]
    case .notAProfileAmount: [.notAProfileAmount]
    }
}

@Suite("Words: one table per language, a text for every key")
struct WordsTests {
    /// Every key of every kind, enumerated from the keys themselves, has a text in every
    /// language: nothing empty, nothing that starts or ends with a space.
    @Test(arguments: ReportLanguage.allCases)
    func everyKeyHasATextInEveryLanguage(_ language: ReportLanguage) {
        let words = language.words
        var texts: [(key: String, text: String)] = []
        texts += Label.allCases.map { ("label \($0)", words.label($0)) }
        for kind in DataProblem.Kind.allCases {
            let problems = examples(of: kind)
            #expect(!problems.isEmpty && problems.allSatisfy { $0.kind == kind }, "examples of \(kind)")
            texts += problems.map { ("problem \($0)", words.problem($0)) }
        }
        texts += DataIssue.Effect.allCases.map { ("effect \($0)", words.effect($0)) }
        texts += Tier.allCases.map { ("resource guarantee \($0)", words.resourceGuarantee($0)) }
        texts += ReviewMark.allCases.map { ("review mark \($0)", words.reviewMark($0)) }
        texts += ProfileField.allCases.map { ("profile field \($0)", words.profileField($0)) }
        texts += PolicySettings.defaults.indicators.map { ("indicator \($0.id)", words.indicatorName($0)) }
        texts += PolicySettings.defaults.evaluation.groups.map { ("group \($0.id)", words.groupName($0)) }
        let customer = Customer(id: "C1", name: "n", status: .signed)
        texts += PolicyFinding.Rule.allCases.map { ("finding title \($0)", words.findingTitle($0)) }
        texts += PolicyFinding.Rule.allCases.map {
            ("finding detail \($0)", words.findingDetail(PolicyFinding(rule: $0, customer: customer, amount: Money(fen: 1_00),
                                                                       required: 2, done: 1, shortfall: 1,
                                                                       date: CalendarDate(year: 2026, month: 9, day: 30), reference: "HT-1",
                                                                       months: 3)))
        }
        texts += PolicySettings.defaults.indicators.map { ("indicator reference \($0.id)", words.indicatorReference($0)) }
        texts += [("html language", words.htmlLanguage)]
        texts += [("no on-site visit", words.noOnSiteVisit(days: 45)), ("issue line", words.issueLine(214)),
                  ("issue value", words.issueValue("x")), ("issue effect", words.issueEffect("noted"))]
        #expect(texts.count > Label.allCases.count + DataProblem.Kind.allCases.count)
        for (key, text) in texts {
            #expect(!text.isEmpty, "\(language) \(key) is empty")
            #expect(text.first != " " && text.last != " " || key.hasPrefix("issue"), "\(language) \(key): '\(text)'")
        }
        for separator in [words.listSeparator, words.clauseSeparator, words.sentenceEnd] {
            #expect(!separator.isEmpty && separator.first != " ", "\(language) separator '\(separator)'")
        }
    }

    /// The Chinese table holds Chinese and the English one none, key by key (a text pasted
    /// into the wrong table fails here).
    @Test func eachTableIsInItsLanguage() {
        for kind in DataProblem.Kind.allCases {
            for problem in examples(of: kind) {
                #expect(hasCJK(problem.message(.zh)), "\(problem)")
                #expect(problem.message(.en) != problem.message(.zh), "\(problem)")
            }
        }
        for effect in DataIssue.Effect.allCases {
            #expect(hasCJK(ChineseWords().effect(effect)) && !hasCJK(EnglishWords().effect(effect)), "\(effect)")
        }
        for tier in Tier.allCases {
            #expect(hasCJK(ChineseWords().resourceGuarantee(tier)) && !hasCJK(EnglishWords().resourceGuarantee(tier)), "\(tier)")
        }
        for mark in ReviewMark.allCases {
            #expect(hasCJK(ChineseWords().reviewMark(mark)) && !hasCJK(EnglishWords().reviewMark(mark)), "\(mark)")
        }
        for field in ProfileField.allCases {
            // The Chinese title is the name customers.csv gives the column (附表2).
            #expect(field.chineseNames.first == ChineseWords().profileField(field), "\(field)")
            #expect(!hasCJK(EnglishWords().profileField(field)), "\(field)")
        }
    }

    /// The defaults the settings fall back to come from the tables, in each language.
    @Test func defaultsComeFromTheTables() {
        for language in ReportLanguage.allCases {
            #expect(ReviewMarks.inForce(.defaults, language) == ReviewMark.allCases.map(language.words.reviewMark))
            for tier in Tier.allCases {
                #expect(TierPolicies.resourceGuarantee(tier, settings: .defaults, language: language)
                        == language.words.resourceGuarantee(tier))
            }
        }
        var custom = PolicySettings.defaults
        custom.reviewMarks = ["ok"]
        custom.tierPolicies[.b]?.resourceGuarantee = "own words"
        #expect(ReviewMarks.inForce(custom, .en) == ["ok"])
        #expect(TierPolicies.resourceGuarantee(.b, settings: custom, language: .zh) == "own words")
        #expect(ReviewMarks.defaults(.zh) == ["已审核", "需跟进", "有异议", "退回补充"])
    }
}
