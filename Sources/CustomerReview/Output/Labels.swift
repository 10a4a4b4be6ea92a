/// The labels of the reports — sheet names, column headers, titles, values — each named once
/// here. Their texts are in the language tables (`Words`: `Words+Chinese.swift`,
/// `Words+English.swift`), whose switches do not compile until every label has a text in every
/// language. The rest of this file maps the policy's values and the forms' fields to labels.
public enum Label: String, CaseIterable, Sendable {
    // Report titles.
    case monthlyTitle, quarterlyTitle, weeklyTitle, handoverTitle
    case period, asOf, quarter, week, generatedFrom, language
    // Sheet names (at most 31 characters).
    case sheetSummary, sheetCustomers, sheetVisitCompliance, sheetVisitRecords, sheetAging, sheetContracts
    case sheetFindings, sheetDataIssues, sheetTierPolicies, sheetDepartments
    case sheetTierChanges, sheetMovements, sheetReassignment, sheetAgenda, sheetPace, sheetAwaitingApproval, sheetEscalations
    // Summary headline figures.
    case headlineCustomers, headlineSigned, headlinePotential, headlineEliminated, headlineAbnormal
    case headlineVisitsRequired, headlineVisitsCounted, headlineVisitsShort, headlineCompliance
    case headlineInvoiced, headlineCommission, headlineOutstanding, headlineCurrentMonth, headlineOverThreeMonths
    case headlineOverdue, headlineFindings, headlineDataIssues, headlineUnscored, headlineContinuedSheets
    case chartTierMix, eliminatedNotShown, chartVisitCompliance, chartAging, seriesRequired, seriesDone, seriesCustomers, seriesOutstanding
    case untiered, unassigned, total, none, yes, no, noContractData
    case previousTier, previousScore, scoreChange, movement, policyChanges, contractGap, reassignmentReasons
    case snapshotTier, previousSnapshot, movementUp, movementDown, movementSame, movementNew, movementNone
    case reasonCreated, reasonEliminated, reasonNoSalesperson, changeCreditLimit, changeTermDays, changeAdvanceLimit
    case changeCommissionRate, changeVisitMinimum, reasons, expectedByNow, customersBehind, onSiteThisMonth
    case reasonAbnormal, reasonBehind, reasonNoOnSiteVisitOnRecord, daysSinceLastVisit, reasonLargeOverThreeMonths, reasonPotentialA, weekOf, agendaCount, headlineMovements
    case amountsInYuan, groupPerformance, groupReceivables, groupChecks, missingScores, contents
    case item, figure, cellNotices, noticeTruncated, noticeCharactersRemoved, noticeNonFinite, continuedOn
    // Customer columns.
    case customerID, customerName, status, salesperson, department, relationship, score, tierInForce, tierSource
    case proposedTier, onSiteVisits, requiredVisits, visitShortfall, otherVisits, awaitingApproval, lastVisit
    case invoiced, volume, commission, outstanding, currentMonth, overThreeMonths, overdue, afterPeriodEnd
    case advances, creditLimit, overCreditLimit, advanceLimit, overAdvanceLimit, termDays, commissionRate
    case resourceGuarantee, contractState, contractSignedLate, flags, createdDate, firstBusinessDate
    // Salesperson and department columns.
    case customers, customersWithRequirement, customersMeeting, countedVisits, compliance, visitsMade, findingsCount
    // Visit record columns (附表3 客户拜访记录表).
    case visitDate, visitType, location, companions, contact, title, phone, planned, actual, nextSteps
    case supportNeeded, remarks, approver, approvalDate, approvalState, approved
    case reviewMark, reviewer, reviewDate
    // Contract columns.
    case contractNumber, contractType, signedDate, startDate, endDate, inForce, endingSoon
    // Finding columns.
    case rule, severity, detail, amount
    // Data issue columns.
    case file, line, column, value, message, effect, code
    // Tier policy sheet.
    case tier, visitMinimumSigned, visitMinimumPotential, agingBucket
    // Page sections.
    case sectionHeadlines, sectionCharts, sectionEscalations, sectionShortfalls, sectionLimits, sectionOverdue
    case sectionContracts, sectionUnscored, sectionFindings, sectionDataIssues, moreInWorkbook, nothingToReport
    case footerNote
    // Quarterly and weekly pages.
    case headlineUp, headlineDown, headlineSame, headlineNew, headlineContractGaps, headlineReassignment
    case chartTierMixChange, sectionContractGaps, sectionReassignment, sectionMovementsBySalesperson
    case sectionMovementsByDepartment, chartVisitPace, sectionAgenda, sectionAwaitingApproval, meetingDecision
    // Values.
    case statusSigned, statusPotential, statusEliminated, relationshipNormal, relationshipAbnormal
    case typeOnSite, typePhone, typeOther, contractTypeContract, contractTypeAgreement
    case sourceExport, sourceSnapshot, sourceScore, sourceNone
    case severityBreach, severityWarning, severityEscalation
    // Contract states.
    case stateCompliant, stateMissingContract, stateMissingAgreement, stateMissingBoth
    case stateCWithContract, stateCWithoutContract, stateNotRequired
    // 客户评估: the committee, the criteria, the tier bounds, the forms.
    // Month over month (环比), streaks and trends.
    case sheetMonthOverMonth, previousOutstanding, changeOutstanding, previousOverThreeMonths, changeOverThreeMonths
    case previousOverdue, changeOverdue, findingsNew, findingsResolved, previousCompliance, complianceChange
    case changeNote, newThisMonth, eliminatedSinceLastMonth, notInCustomers, sectionSinceLastMonth
    case sectionNewFindings, sectionResolvedFindings, sectionLargestIncreases, noPreviousSnapshot, comparedWith
    case streakVisitShortfall, streakOverThreeMonthsGrowing, reasonVisitShortfallStreak, reasonOverThreeMonthsGrowing
    case sheetTrends, trendMonth, trendInvoiced, chartTrendMoney, chartTrendVisits, chartTrendCompliance
    case sectionTrends, trendComplianceBySalesperson, trendGapNote, trendFromSnapshot
    case periodNoVisits, periodNoInvoices, periodCheckAsOf, periodNotice, measureRegisteredCapital, measureAnnualRevenue, measureVolume12m, measureInvoiced12m, measureOverdueShare, measureOverThreeMonthsShare, noBand, points, sheetEvaluationForm, sheetCommittee, sheetNearBound, sheetBoundSensitivity, indicator, criterionBand, weight, indicatorScore, scoreSource, weightedPoints, measureValue, evaluators, groupsScored, spread, committeeScore, missingGroups, disagreement, evaluationIncomplete, bound, distance, wouldMoveTo, boundShift, boundA, boundB, changesIfAMoves, changesIfBMoves, seriesABound, seriesBBound, notValid, sourceCommittee, sourceExportScore, sourceCriteria, sourceNoScore, headlineToEvaluate, headlineEvaluated, headlineComplete, headlineIncomplete, headlineNotEvaluated, headlineDisagreements, headlineNearBound, groupCommittee, chartBoundSensitivity, sectionIncomplete, sectionDisagreements, sectionNearBound, noEvaluationsFile, evaluationWindow, formTitle, suggestedScore, sheetScoringGuide, formInstructions, scoreValidationTitle, scoreValidationMessage, blankFormRows, evaluationGroup, evaluator, evaluationDate

    /// The label in a language.
    public func text(_ language: ReportLanguage) -> String {
        language.words.label(self)
    }
}

/// Names of the policy's values in a report language.
public enum ValueNames {
    public static func status(_ status: CustomerStatus) -> Label {
        switch status {
        case .signed: .statusSigned
        case .potential: .statusPotential
        case .eliminated: .statusEliminated
        }
    }

    public static func relationship(_ relationship: Relationship) -> Label {
        relationship == .normal ? .relationshipNormal : .relationshipAbnormal
    }

    public static func visitType(_ type: VisitType) -> Label {
        switch type {
        case .onSite: .typeOnSite
        case .phone: .typePhone
        case .other: .typeOther
        }
    }

    public static func contractType(_ type: ContractType) -> Label {
        type == .contract ? .contractTypeContract : .contractTypeAgreement
    }

    public static func tierSource(_ source: TierSource) -> Label {
        switch source {
        case .exportColumn: .sourceExport
        case .snapshot: .sourceSnapshot
        case .score: .sourceScore
        case .none: .sourceNone
        }
    }

    public static func severity(_ severity: PolicyFinding.Rule.Severity) -> Label {
        switch severity {
        case .breach: .severityBreach
        case .warning: .severityWarning
        case .escalation: .severityEscalation
        }
    }

    public static func contractState(_ state: ContractCompliance.State) -> Label {
        switch state {
        case .compliant: .stateCompliant
        case .missingContract: .stateMissingContract
        case .missingAgreement: .stateMissingAgreement
        case .missingBoth: .stateMissingBoth
        case .cWithContract: .stateCWithContract
        case .cWithoutContract: .stateCWithoutContract
        case .notRequired: .stateNotRequired
        case .noContractData: .noContractData
        }
    }
}

/// Column titles of the profile fields of 附表2.
public enum ProfileNames {
    public static func title(_ field: ProfileField, _ language: ReportLanguage) -> String {
        language.words.profileField(field)
    }
}

/// Column titles of the visit form's fields (附表3).
public enum VisitFormNames {
    public static func title(_ field: VisitFormField, _ language: ReportLanguage) -> String {
        let label: Label = switch field {
        case .location: .location
        case .companions: .companions
        case .contact: .contact
        case .title: .title
        case .phone: .phone
        case .planned: .planned
        case .actual: .actual
        case .nextSteps: .nextSteps
        case .supportNeeded: .supportNeeded
        case .remarks: .remarks
        }
        return label.text(language)
    }
}

extension VisitFormField {
    /// Fields that hold sentences rather than a word: wrapped in the workbook.
    public var isLongText: Bool {
        switch self {
        case .planned, .actual, .nextSteps, .supportNeeded, .remarks: true
        case .location, .companions, .contact, .title, .phone: false
        }
    }
}

extension ValueNames {
    public static func scoreSource(_ source: PolicySettings.ScoreSource?) -> Label {
        switch source {
        case .committee?: .sourceCommittee
        case .export?: .sourceExportScore
        case .criteria?: .sourceCriteria
        case nil: .sourceNoScore
        }
    }

    public static func movement(_ movement: QuarterlyAdjustment.Movement?) -> Label {
        switch movement {
        case .up?: .movementUp
        case .down?: .movementDown
        case .same?: .movementSame
        case .new?: .movementNew
        case nil: .movementNone
        }
    }

    public static func reassignment(_ reason: Reassignment.Reason) -> Label {
        switch reason {
        case .created: .reasonCreated
        case .eliminated: .reasonEliminated
        case .noSalesperson: .reasonNoSalesperson
        }
    }

    public static func policyItem(_ item: QuarterlyAdjustment.PolicyChange.Item) -> Label {
        switch item {
        case .creditLimit: .changeCreditLimit
        case .termDays: .changeTermDays
        case .advanceLimit: .changeAdvanceLimit
        case .commissionRate: .changeCommissionRate
        case .visitMinimum: .changeVisitMinimum
        }
    }

    public static func weeklyReason(_ reason: WeeklyMeeting.Reason) -> Label {
        switch reason {
        case .abnormalRelationship: .reasonAbnormal
        case .behindOnVisits: .reasonBehind
        case .largeOverThreeMonths: .reasonLargeOverThreeMonths
        case .potentialA: .reasonPotentialA
        case .noRecentOnSiteVisit: .reasonNoOnSiteVisitOnRecord
        case .visitShortfallStreak: .reasonVisitShortfallStreak
        case .overThreeMonthsGrowing: .reasonOverThreeMonthsGrowing
        }
    }

    /// A reason as the agenda shows it: "no on-site visit for 45 days" says how long.
    public static func weeklyReason(_ reason: WeeklyMeeting.Reason, daysSinceLastVisit: Int?, _ language: ReportLanguage) -> String {
        guard reason == .noRecentOnSiteVisit, let days = daysSinceLastVisit else { return weeklyReason(reason).text(language) }
        return language.words.noOnSiteVisit(days: days)
    }
}

extension QuarterlyAdjustment.PolicyChange {
    /// `资信额度 500,000.00 → 1,000,000.00`, `佣金比例 0.8% → 0.5%` (— for a customer without a
    /// tier before): money grouped and rates in per cent, as everywhere else in the reports.
    public func text(_ language: ReportLanguage) -> String {
        ValueNames.policyItem(item).text(language) + " " + (old.map(shown) ?? "—") + " → " + shown(new)
    }

    /// One figure of the change as the reports show it; the plain text when it does not parse.
    func shown(_ figure: String) -> String {
        guard let value = ExactDecimal(parsing: figure) else { return figure }
        switch item {
        case .creditLimit, .advanceLimit:
            return value.units(atScale: 2).map { Money(fen: $0).grouped } ?? figure
        case .commissionRate:
            // The rate times 100, exactly, with at least one decimal: 0.008 → 0.8%, 0.0125 → 1.25%.
            let scale = max(1, value.scale - 2)
            guard let units = value.units(atScale: scale + 2) else { return figure }
            var digits = String(units.magnitude)
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
            return (units < 0 ? "-" : "") + digits + "%"
        case .termDays, .visitMinimum:
            return figure
        }
    }
}
