/// The English table (`--lang en`): every word `Words` asks for, in English.
struct EnglishWords: Words {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func label(_ label: Label) -> String {
        switch label {
        // Report titles.
        case .monthlyTitle: "Monthly customer review (15th of the month)"
        case .quarterlyTitle: "Quarterly customer tier adjustment"
        case .weeklyTitle: "Weekly business meeting agenda"
        case .handoverTitle: "Salesperson customer visit record"
        case .period: "Period"
        case .asOf: "As of"
        case .quarter: "Quarter"
        case .week: "Week"
        case .generatedFrom: "Data"
        case .language: "Language"
        // Sheet names (at most 31 characters).
        case .sheetSummary: "Summary"
        case .sheetCustomers: "Customers"
        case .sheetVisitCompliance: "Visit compliance"
        case .sheetVisitRecords: "Visit records"
        case .sheetAging: "Receivables aging"
        case .sheetContracts: "Contracts"
        case .sheetFindings: "Policy findings"
        case .sheetDataIssues: "Data issues"
        case .sheetTierPolicies: "Tier policies"
        case .sheetDepartments: "Departments"
        case .sheetTierChanges: "Tier changes"
        case .sheetMovements: "Movements"
        case .sheetReassignment: "Reassignment"
        case .sheetAgenda: "Manager visits"
        case .sheetPace: "Visit pace"
        case .sheetAwaitingApproval: "Awaiting approval"
        case .sheetEscalations: "Abnormal relationships"
        // Summary headline figures.
        case .headlineCustomers: "Customers"
        case .headlineSigned: "Signed"
        case .headlinePotential: "Potential"
        case .headlineEliminated: "Eliminated"
        case .headlineAbnormal: "Abnormal relationships"
        case .headlineVisitsRequired: "On-site visits required"
        case .headlineVisitsCounted: "Visits counted"
        case .headlineVisitsShort: "Visits short"
        case .headlineCompliance: "Visit compliance"
        case .headlineInvoiced: "Invoiced last month"
        case .headlineCommission: "Commission"
        case .headlineOutstanding: "Outstanding"
        case .headlineCurrentMonth: "Current month receivables"
        case .headlineOverThreeMonths: "Receivables over three months"
        case .headlineOverdue: "Overdue past term"
        case .headlineFindings: "Policy findings"
        case .headlineDataIssues: "Data issues"
        case .headlineUnscored: "Unscored customers"
        case .headlineContinuedSheets: "Sheets continued past the row limit"
        case .chartTierMix: "Tier mix"
        case .eliminatedNotShown: "not shown: eliminated customers, %d"
        case .chartVisitCompliance: "On-site visits per salesperson: required and done"
        case .chartAging: "Receivables aging"
        case .seriesRequired: "Required"
        case .seriesDone: "Done"
        case .seriesCustomers: "Customers"
        case .seriesOutstanding: "Outstanding"
        case .untiered: "No tier"
        case .unassigned: "(unassigned)"
        case .total: "Total"
        case .none: "none"
        case .yes: "yes"
        case .no: "no"
        case .noContractData: "no contract data"
        case .previousTier: "Previous tier"
        case .previousScore: "Previous score"
        case .scoreChange: "Score change"
        case .movement: "Movement"
        case .policyChanges: "Policy changes"
        case .contractGap: "Contract gap"
        case .reassignmentReasons: "For assignment because"
        case .snapshotTier: "Tier after adjustment"
        case .previousSnapshot: "Previous snapshot"
        case .movementUp: "up"
        case .movementDown: "down"
        case .movementSame: "same"
        case .movementNew: "new"
        case .movementNone: "unscored, tier kept"
        case .reasonCreated: "created in the period"
        case .reasonEliminated: "eliminated"
        case .reasonNoSalesperson: "no salesperson"
        case .changeCreditLimit: "credit limit"
        case .changeTermDays: "term (days)"
        case .changeAdvanceLimit: "advance limit"
        case .changeCommissionRate: "commission rate"
        case .changeVisitMinimum: "on-site visits a month"
        case .reasons: "Reasons"
        case .expectedByNow: "Expected by now"
        case .customersBehind: "Customers behind"
        case .onSiteThisMonth: "On-site this month"
        case .reasonAbnormal: "abnormal relationship"
        case .reasonBehind: "signed A/B customer behind on this month's visits"
        case .reasonNoOnSiteVisitOnRecord: "no on-site visit on record"
        case .daysSinceLastVisit: "Days since last visit"
        case .reasonLargeOverThreeMonths: "large receivables over three months"
        case .reasonPotentialA: "potential A customer"
        case .weekOf: "Meeting week"
        case .agendaCount: "Customers proposed for a manager visit"
        case .headlineMovements: "Tier movements"
        case .amountsInYuan: "Amounts in yuan"
        case .groupPerformance: "Performance"
        case .groupReceivables: "Receivables"
        case .groupChecks: "Checks and data issues"
        case .missingScores: "Missing scores"
        case .contents: "Contents"
        case .item: "Item"
        case .figure: "Figure"
        case .cellNotices: "Cells changed to fit the workbook"
        case .noticeTruncated: "longer than 32,767 characters, cut"
        case .noticeCharactersRemoved: "control characters that cannot be stored, removed"
        case .noticeNonFinite: "not a finite number, left empty"
        case .continuedOn: "continued on"
        // Customer columns.
        case .customerID: "Customer ID"
        case .customerName: "Customer"
        case .status: "Status"
        case .salesperson: "Salesperson"
        case .department: "Department"
        case .relationship: "Relationship"
        case .score: "Score"
        case .tierInForce: "Tier in force"
        case .tierSource: "Tier source"
        case .proposedTier: "Tier from score"
        case .onSiteVisits: "On-site visits in month"
        case .requiredVisits: "Required"
        case .visitShortfall: "Short"
        case .otherVisits: "Phone and other in month"
        case .awaitingApproval: "Awaiting approval"
        case .lastVisit: "Last on-site visit"
        case .invoiced: "Invoiced"
        case .volume: "Volume"
        case .commission: "Commission"
        case .outstanding: "Outstanding"
        case .currentMonth: "Current month"
        case .overThreeMonths: "Over three months"
        case .overdue: "Overdue"
        case .afterPeriodEnd: "Dated after period end"
        case .advances: "Advances"
        case .creditLimit: "Credit limit"
        case .overCreditLimit: "Over credit limit"
        case .advanceLimit: "Advance limit"
        case .overAdvanceLimit: "Over advance limit"
        case .termDays: "Term (days)"
        case .commissionRate: "Commission rate"
        case .resourceGuarantee: "Resource guarantee"
        case .contractState: "Contract"
        case .contractSignedLate: "Contract signed after first business"
        case .flags: "Flags"
        case .createdDate: "Created"
        case .firstBusinessDate: "First business"
        // Salesperson and department columns.
        case .customers: "Customers"
        case .customersWithRequirement: "Customers with a minimum"
        case .customersMeeting: "Customers meeting it"
        case .countedVisits: "Visits counted"
        case .compliance: "Compliance"
        case .visitsMade: "Visits made"
        case .findingsCount: "Findings"
        // Visit record columns (附表3 客户拜访记录表).
        case .visitDate: "Visit date"
        case .visitType: "Visit type"
        case .location: "Location"
        case .companions: "Companions"
        case .contact: "Customer contact"
        case .title: "Title"
        case .phone: "Phone"
        case .planned: "Planned topics"
        case .actual: "Actual discussion"
        case .nextSteps: "Next steps"
        case .supportNeeded: "Support needed from other departments"
        case .remarks: "Remarks"
        case .approver: "Approver"
        case .approvalDate: "Approval date"
        case .approvalState: "Approval"
        case .approved: "approved"
        case .reviewMark: "Manager's mark"
        case .reviewer: "Reviewer"
        case .reviewDate: "Review date"
        // Contract columns.
        case .contractNumber: "Contract no."
        case .contractType: "Type"
        case .signedDate: "Signed"
        case .startDate: "Start"
        case .endDate: "End"
        case .inForce: "In force"
        case .endingSoon: "Ending soon"
        // Finding columns.
        case .rule: "Rule"
        case .severity: "Severity"
        case .detail: "Detail"
        case .amount: "Amount"
        // Data issue columns.
        case .file: "File"
        case .line: "Line"
        case .column: "Column"
        case .value: "Value"
        case .message: "Problem and what to do"
        case .effect: "Effect"
        case .code: "Code"
        // Tier policy sheet.
        case .tier: "Tier"
        case .visitMinimumSigned: "On-site visits a month, signed"
        case .visitMinimumPotential: "On-site visits a month, potential"
        case .agingBucket: "Age (days)"
        // Page sections.
        case .sectionHeadlines: "Headline figures"
        case .sectionCharts: "Charts"
        case .sectionEscalations: "Abnormal relationships, for the department manager"
        case .sectionShortfalls: "On-site visits short of the minimum"
        case .sectionLimits: "Over the credit or advance limit"
        case .sectionOverdue: "Overdue past the term"
        case .sectionContracts: "Contract checks"
        case .sectionUnscored: "Unscored customers"
        case .sectionFindings: "Other findings"
        case .sectionDataIssues: "Data issues"
        case .moreInWorkbook: "%d more in the workbook"
        case .nothingToReport: "None"
        case .footerNote: "Generated by customer-review from the customer management policy; the workbook of the same name holds every row."
        // Quarterly and weekly pages.
        case .headlineUp: "Up"
        case .headlineDown: "Down"
        case .headlineSame: "Unchanged"
        case .headlineNew: "New"
        case .headlineContractGaps: "Contract gaps"
        case .headlineReassignment: "For (re)assignment"
        case .chartTierMixChange: "Tier mix before and after"
        case .sectionContractGaps: "Signed customers proposed A or B without a contract or long-term agreement"
        case .sectionReassignment: "New, eliminated and unassigned customers, to be (re)assigned"
        case .sectionMovementsBySalesperson: "Tier movements per salesperson"
        case .sectionMovementsByDepartment: "Tier movements per department"
        case .chartVisitPace: "On-site visits this month per salesperson, against the pace"
        case .sectionAgenda: "Customers proposed for a manager-level visit next week"
        case .sectionAwaitingApproval: "Visits awaiting approval"
        case .meetingDecision: "Decision (who visits, when)"
        // Values.
        case .statusSigned: "signed"
        case .statusPotential: "potential"
        case .statusEliminated: "eliminated"
        case .relationshipNormal: "normal"
        case .relationshipAbnormal: "abnormal"
        case .typeOnSite: "on-site"
        case .typePhone: "phone"
        case .typeOther: "other"
        case .contractTypeContract: "contract"
        case .contractTypeAgreement: "long-term agreement"
        case .sourceExport: "export"
        case .sourceSnapshot: "snapshot"
        case .sourceScore: "score"
        case .sourceNone: "none"
        case .severityBreach: "breach"
        case .severityWarning: "warning"
        case .severityEscalation: "escalation"
        // Contract states.
        case .stateCompliant: "contract and agreement in force"
        case .stateMissingContract: "no contract in force"
        case .stateMissingAgreement: "no long-term agreement in force"
        case .stateMissingBoth: "neither contract nor agreement"
        case .stateCWithContract: "contract in force"
        case .stateCWithoutContract: "contract recommended"
        case .stateNotRequired: "not required"
        // Month over month (环比), streaks and trends.
        case .sheetMonthOverMonth: "Month over month"
        case .previousOutstanding: "Outstanding last month"
        case .changeOutstanding: "Outstanding change"
        case .previousOverThreeMonths: "Over 3 months last month"
        case .changeOverThreeMonths: "Over 3 months change"
        case .previousOverdue: "Overdue last month"
        case .changeOverdue: "Overdue change"
        case .findingsNew: "New findings"
        case .findingsResolved: "Resolved findings"
        case .previousCompliance: "Compliance last month"
        case .complianceChange: "Compliance change (points)"
        case .changeNote: "Note"
        case .newThisMonth: "New this month"
        case .eliminatedSinceLastMonth: "Eliminated since last month"
        case .notInCustomers: "No longer in customers.csv"
        case .sectionSinceLastMonth: "Since last month"
        case .sectionNewFindings: "Findings new this month"
        case .sectionResolvedFindings: "Findings resolved since last month"
        case .sectionLargestIncreases: "Largest increases of money over three months"
        case .noPreviousSnapshot: "No snapshot of last month, so no comparison"
        case .comparedWith: "Compared with"
        case .streakVisitShortfall: "Months short in a row"
        case .streakOverThreeMonthsGrowing: "Months over-3-months growing"
        case .reasonVisitShortfallStreak: "Short of visits months running"
        case .reasonOverThreeMonthsGrowing: "Over-3-months money growing months running"
        case .sheetTrends: "Trends"
        case .trendMonth: "Month"
        case .trendInvoiced: "Invoiced"
        case .chartTrendMoney: "Invoiced and receivables, last twelve months"
        case .chartTrendVisits: "On-site visits, last twelve months"
        case .chartTrendCompliance: "Visit compliance, last twelve months"
        case .sectionTrends: "Trends"
        case .trendComplianceBySalesperson: "Visit compliance per salesperson, last six months"
        case .trendGapNote: "Blank: no snapshot or export data for the month (never read as 0)"
        case .trendFromSnapshot: "From the monthly snapshot"
        case .periodNoVisits: "visits.csv has no visits dated in"
        case .periodNoInvoices: "receivables.csv has no invoices dated in"
        case .periodCheckAsOf: "The report is written, but check the as-of date (--as-of) and that the exports are current"
        case .periodNotice: "Note"
        case .measureRegisteredCapital: "registered capital"
        case .measureAnnualRevenue: "annual revenue"
        case .measureVolume12m: "volume, last 12 months"
        case .measureInvoiced12m: "invoiced, last 12 months"
        case .measureOverdueShare: "overdue share of outstanding"
        case .measureOverThreeMonthsShare: "over-3-months share of outstanding"
        case .noBand: "in no band"
        case .points: "points"
        case .sheetEvaluationForm: "Evaluation form"
        case .sheetCommittee: "Committee"
        case .sheetNearBound: "Near a bound"
        case .sheetBoundSensitivity: "Bound sensitivity"
        case .indicator: "Indicator"
        case .criterionBand: "Scoring criterion"
        case .weight: "Weight"
        case .indicatorScore: "Score"
        case .scoreSource: "Source"
        case .weightedPoints: "Weighted points"
        case .measureValue: "Measure"
        case .evaluators: "Evaluators"
        case .groupsScored: "Groups"
        case .spread: "Spread"
        case .committeeScore: "Committee score"
        case .missingGroups: "Groups missing"
        case .disagreement: "Disagreement"
        case .evaluationIncomplete: "Evaluation incomplete"
        case .bound: "Bound"
        case .distance: "Distance"
        case .wouldMoveTo: "Would move to"
        case .boundShift: "Bound shift (points)"
        case .boundA: "A bound"
        case .boundB: "B bound"
        case .changesIfAMoves: "Customers changing tier if the A bound moves"
        case .changesIfBMoves: "Customers changing tier if the B bound moves"
        case .seriesABound: "A bound moved"
        case .seriesBBound: "B bound moved"
        case .notValid: "not valid"
        case .sourceCommittee: "committee"
        case .sourceExportScore: "export"
        case .sourceCriteria: "criteria"
        case .sourceNoScore: "no score"
        case .headlineToEvaluate: "Customers to evaluate"
        case .headlineEvaluated: "Evaluated"
        case .headlineComplete: "Complete"
        case .headlineIncomplete: "Incomplete"
        case .headlineNotEvaluated: "Not evaluated"
        case .headlineDisagreements: "Disagreements"
        case .headlineNearBound: "Near a tier bound"
        case .groupCommittee: "Evaluation committee"
        case .chartBoundSensitivity: "Bound sensitivity: customers changing tier"
        case .sectionIncomplete: "Incomplete evaluations"
        case .sectionDisagreements: "Committee disagreements"
        case .sectionNearBound: "Customers near a tier bound"
        case .noEvaluationsFile: "no evaluations.csv"
        case .evaluationWindow: "Evaluation window"
        case .formTitle: "Customer evaluation form (Appendix 1)"
        case .suggestedScore: "suggested"
        case .sheetScoringGuide: "Scoring guide"
        case .formInstructions: "Each evaluator fills in the evaluator, the date and scores 0–100; an empty cell is not scored. Save this sheet as CSV to read it back as evaluations.csv."
        case .scoreValidationTitle: "Score"
        case .scoreValidationMessage: "Enter a score from 0 to 100, at most two decimals"
        case .blankFormRows: "Form rows left blank"
        case .evaluationGroup: "Group"
        case .evaluator: "Evaluator"
        case .evaluationDate: "Evaluation date"
        }
    }

    func problem(_ problem: DataProblem) -> String {
        switch problem {
        case .strayQuote:
            "a quote inside a field that is not quoted, or text after a closing quote; quote the whole field and double inner quotes (\"\")"
        case .unterminatedQuote(let lastLine):
            "a quoted field is never closed; everything to the end of the file (line \(lastLine)) was read as this one record — add the closing quote"
        case .wrongFieldCount(let expected, let found):
            "the row has \(found) fields but the header has \(expected); a delimiter is missing or extra, or a field with a delimiter is not quoted"
        case .recordTooLong(let bytes, let fields):
            "the record is longer than \(bytes >> 20) MiB or \(fields) fields and was not read; check the file for a missing quote or binary data"
        case .invalidBytes(let encoding):
            "the bytes are not valid \(encoding.rawValue) text; re-save the file in one encoding (UTF-8 is best) or pass --encoding"
        case .foreignEncoding(let lineEncoding, let fileEncoding):
            "this row is written in \(lineEncoding.rawValue) but most of the file is \(fileEncoding.rawValue); re-save the file in one encoding"
        case .nulByte:
            "the field holds a NUL byte (binary data); re-export the file as text"
        case .missingValue:
            "a value is required here"
        case .notADate:
            "is not a date; write it like 2026-11-05, 2026/11/5, 2026.11.05, 2026年11月5日 or 20261105"
        case .notAnAmount:
            "is not an amount; write it like 1234.50, 1,234.50, ¥1,234.50, 1234.50元 or (12.00)"
        case .amountTooPrecise:
            "has more than two decimals; amounts are in yuan and fen (e.g. 12.35)"
        case .amountTooLarge:
            "is a billion yuan or more; check the amount"
        case .notANumber:
            "is not a number with at most two decimals"
        case .scoreOutOfRange:
            "is not a score from 0 to 100"
        case .notAStatus:
            "is not a customer status; use signed (签约), potential (潜在) or eliminated (淘汰)"
        case .notATier:
            "is not a tier; use A, B or C (the tier from the snapshot or the score is used instead)"
        case .notARelationship:
            "is not a relationship state; use normal (正常) or abnormal (异常) — read as normal until corrected"
        case .notAVisitType:
            "is not a visit type; use on_site (实地), phone (电话) or other (其他)"
        case .notAReceivableKind:
            "is not a receivable kind; use invoice (发票) or advance (垫资)"
        case .notAContractType:
            "is not a contract type; use contract (业务合同) or long_term_agreement (长期合作协议)"
        case .duplicateCustomer(let firstLine):
            "the customer id was already used on line \(firstLine); the first row is kept"
        case .duplicateInvoice(let firstLine):
            "the invoice number was already used on line \(firstLine); the first row is kept"
        case .duplicateContract(let firstLine):
            "the contract number was already used on line \(firstLine); the first row is kept"
        case .unknownCustomer:
            "no customer in customers.csv has this id"
        case .visitAfterAsOf(let asOf):
            "the visit is dated after the as-of date \(asOf) and is not counted"
        case .contractEndsBeforeStart:
            "the contract ends before it starts"
        case .amountsAddUpTooFar:
            "the amounts or volumes of the file add up past what the report can count exactly; check the amounts and volumes"
        case .missingIndicatorColumns(let columns, 0):
            "the column\(columns.count == 1 ? "" : "s") for indicator\(columns.count == 1 ? "" : "s") \(columns.joined(separator: ", ")) \(columns.count == 1 ? "is" : "are") missing; no customer is unscored because of it (the committee or the criteria score it) — add the column to the export if its own scores should count"
        case .missingIndicatorColumns(let columns, let unscored) where columns.count == 1:
            "the column for indicator \(columns.joined()) is missing; \(unscored) customers are unscored because of it — add the column to the export or remove the indicator from the settings"
        case .missingIndicatorColumns(let columns, let unscored):
            "the columns for indicators \(columns.joined(separator: ", ")) are missing; \(unscored) customers are unscored because of them — add the columns to the export or remove the indicators from the settings"
        case .snapshotCustomerUnknown:
            "the tier snapshot names a customer that is not in customers.csv"
        case .notACommitteeGroup(let groups):
            "is not a group of the evaluation committee; use one of \(groups.joined(separator: ", "))"
        case .evaluationAfterAsOf(let asOf):
            "the evaluation is dated after the as-of date \(asOf) and is not counted"
        case .duplicateEvaluation(let firstLine):
            "this evaluator already evaluated the customer in the same quarter on line \(firstLine); the first row is kept"
        case .notAProfileAmount:
            "is not an amount the criteria can read; write it like 3000万元, 1.5亿, 500万, ¥5,000,000 or 5000000 (in yuan) — the indicator has no criteria score until corrected"
        }
    }

    func effect(_ effect: DataIssue.Effect) -> String {
        switch effect {
        case .rowLeftOut: "row left out"
        case .valueLeftEmpty: "value left empty"
        case .noted: "noted"
        }
    }

    func resourceGuarantee(_ tier: Tier) -> String {
        switch tier {
        case .a: "first call on trucks and warehouse space; a dedicated service contact"
        case .b: "regular capacity guaranteed; planned queueing in the peak season"
        case .c: "capacity as available; no advances"
        }
    }

    func reviewMark(_ mark: ReviewMark) -> String {
        switch mark {
        case .reviewed: "reviewed"
        case .followUp: "follow up"
        case .disputed: "disputed"
        case .returned: "returned for details"
        }
    }

    func profileField(_ field: ProfileField) -> String {
        switch field {
        case .address: "Address"
        case .phone: "Phone"
        case .fax: "Fax"
        case .email: "E-mail"
        case .website: "Website"
        case .principal: "Principal"
        case .contact: "Contact"
        case .registeredCapital: "Registered capital"
        case .founded: "Founded"
        case .area: "Site area"
        case .annualRevenue: "Annual revenue"
        case .bank: "Bank"
        case .resources: "Resources"
        case .logisticsProviders: "Current logistics providers"
        case .logisticsNeeds: "Main logistics needs"
        case .notes: "Notes"
        }
    }

    /// The built-in indicators by their English names, any other by its id.
    func indicatorName(_ indicator: PolicySettings.Indicator) -> String {
        switch indicator.id {
        case "company_scale": "Company scale"
        case "credit": "Credit standing"
        case "cargo_volume": "Cargo volume"
        case "industry_influence": "Industry influence"
        default: indicator.id
        }
    }

    /// The built-in committee groups by their English names, any other by its id.
    func groupName(_ group: PolicySettings.CommitteeGroup) -> String {
        switch group.id {
        case "operations": "Operations centre"
        case "marketing": "Marketing centre"
        case "finance": "Finance"
        case "management": "Senior management"
        default: group.id
        }
    }

    func noOnSiteVisit(days: Int) -> String { "no on-site visit for \(days) days" }

    func issueLine(_ line: Int) -> String { " line \(line)" }

    func issueValue(_ value: String) -> String { " (value '\(value)')" }

    func issueEffect(_ effect: String) -> String { " (\(effect))" }

    var listSeparator: String { ", " }

    var clauseSeparator: String { "; " }

    var sentenceEnd: String { ". " }

    func findingTitle(_ rule: PolicyFinding.Rule) -> String {
        switch rule {
        case .abnormalRelationship: "Abnormal relationship, escalated to the department manager"
        case .visitShortfall: "On-site visits short of the minimum"
        case .visitShortfallStreak: "Short of on-site visits months running"
        case .overThreeMonthsGrowing: "Receivables over three months growing months running"
        case .overCreditLimit: "Over the credit limit"
        case .overAdvanceLimit: "Over the advance limit"
        case .overdue: "Overdue past the payment term"
        case .contractMissing: "Signed A/B customer without a contract in force"
        case .agreementMissing: "Signed A/B customer without a long-term agreement"
        case .contractRecommended: "C customer: a contract is recommended"
        case .contractSignedLate: "Contract signed after the first business"
        case .contractEndingSoon: "Contract ending soon"
        case .unscored: "Unscored: no tier from the score"
        case .noSalesperson: "No salesperson assigned"
        }
    }

    func findingDetail(_ f: PolicyFinding) -> String {
        switch f.rule {
        case .abnormalRelationship: return "for the department manager to follow up"
        case .visitShortfall: return "\(f.required ?? 0) on-site visits required, \(f.done ?? 0) made, \(f.shortfall ?? 0) short"
        case .visitShortfallStreak: return "short of the minimum \(f.months ?? 0) months running"
        case .overThreeMonthsGrowing: return "grown \(f.months ?? 0) months running, now \(f.amount?.grouped ?? "")"
        case .overCreditLimit, .overAdvanceLimit: return "over by \(f.amount?.grouped ?? "")"
        case .overdue: return "\(f.amount?.grouped ?? "") overdue"
        case .contractMissing, .agreementMissing, .contractRecommended: return "none in force on the as-of date"
        case .contractSignedLate: return "first contract signed \(f.date?.description ?? ""), after the first business"
        case .contractEndingSoon: return "contract \(f.reference ?? "") ends \(f.date?.description ?? "")"
        case .unscored: return "complete every indicator score of the evaluation table"
        case .noSalesperson: return "for the business manager to assign a salesperson"
        }
    }

    func indicatorReference(_ indicator: PolicySettings.Indicator) -> String { indicator.id }

    var usesChineseColumnNames: Bool { false }

    var htmlLanguage: String { "en" }
}
