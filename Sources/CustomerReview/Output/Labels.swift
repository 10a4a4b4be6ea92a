/// Every word a report shows a person — sheet names, column headers, labels, titles — in one
/// table, Chinese and English side by side. The switch makes the table complete by
/// construction: a new label does not compile until both languages are written.
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
        let (zh, en) = pair
        return language == .zh ? zh : en
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    var pair: (String, String) {
        switch self {
        case .sheetMonthOverMonth: ("环比", "Month over month")
        case .previousOutstanding: ("上月应收余额", "Outstanding last month")
        case .changeOutstanding: ("应收余额变化", "Outstanding change")
        case .previousOverThreeMonths: ("上月三个月以上应收", "Over 3 months last month")
        case .changeOverThreeMonths: ("三个月以上应收变化", "Over 3 months change")
        case .previousOverdue: ("上月逾期", "Overdue last month")
        case .changeOverdue: ("逾期变化", "Overdue change")
        case .findingsNew: ("新增问题", "New findings")
        case .findingsResolved: ("已解决问题", "Resolved findings")
        case .previousCompliance: ("上月达标率", "Compliance last month")
        case .complianceChange: ("达标率变化(百分点)", "Compliance change (points)")
        case .changeNote: ("说明", "Note")
        case .newThisMonth: ("本月新客户", "New this month")
        case .eliminatedSinceLastMonth: ("上月后淘汰", "Eliminated since last month")
        case .notInCustomers: ("已不在客户资料表中", "No longer in customers.csv")
        case .sectionSinceLastMonth: ("与上月相比", "Since last month")
        case .sectionNewFindings: ("本月新增问题", "Findings new this month")
        case .sectionResolvedFindings: ("上月问题已解决", "Findings resolved since last month")
        case .sectionLargestIncreases: ("三个月以上应收增加最多", "Largest increases of money over three months")
        case .noPreviousSnapshot: ("没有上月快照,不作比较", "No snapshot of last month, so no comparison")
        case .comparedWith: ("比较月份", "Compared with")
        case .sheetTrends: ("趋势", "Trends")
        case .trendMonth: ("月份", "Month")
        case .trendInvoiced: ("开票金额", "Invoiced")
        case .chartTrendMoney: ("近十二个月开票与应收", "Invoiced and receivables, last twelve months")
        case .chartTrendVisits: ("近十二个月实地走访", "On-site visits, last twelve months")
        case .chartTrendCompliance: ("近十二个月拜访达标率", "Visit compliance, last twelve months")
        case .sectionTrends: ("趋势", "Trends")
        case .trendComplianceBySalesperson: ("各业务员近六个月拜访达标率", "Visit compliance per salesperson, last six months")
        case .trendGapNote: ("空白:该月没有快照或导出数据,不作0处理", "Blank: no snapshot or export data for the month (never read as 0)")
        case .trendFromSnapshot: ("来自月度快照", "From the monthly snapshot")
        case .streakVisitShortfall: ("连续未达标月数", "Months short in a row")
        case .streakOverThreeMonthsGrowing: ("三个月以上应收连续增长月数", "Months over-3-months growing")
        case .reasonVisitShortfallStreak: ("连续数月实地走访未达标", "Short of visits months running")
        case .reasonOverThreeMonthsGrowing: ("三个月以上应收连续增长", "Over-3-months money growing months running")
        case .monthlyTitle: ("客户月度审查(每月15日)", "Monthly customer review (15th of the month)")
        case .quarterlyTitle: ("客户分类季度调整", "Quarterly customer tier adjustment")
        case .weeklyTitle: ("业务小组周会议程", "Weekly business meeting agenda")
        case .handoverTitle: ("SALES客户拜访记录表", "Salesperson customer visit record")
        case .period: ("统计月份", "Period")
        case .asOf: ("统计日", "As of")
        case .quarter: ("季度", "Quarter")
        case .week: ("周次", "Week")
        case .generatedFrom: ("数据来源", "Data")
        case .language: ("语言", "Language")
        case .sheetSummary: ("汇总", "Summary")
        case .sheetCustomers: ("客户", "Customers")
        case .sheetVisitCompliance: ("拜访达标", "Visit compliance")
        case .sheetVisitRecords: ("拜访记录", "Visit records")
        case .sheetAging: ("应收账龄", "Receivables aging")
        case .sheetContracts: ("合同", "Contracts")
        case .sheetFindings: ("政策检查", "Policy findings")
        case .sheetDataIssues: ("数据问题", "Data issues")
        case .sheetTierPolicies: ("分类政策", "Tier policies")
        case .sheetDepartments: ("部门汇总", "Departments")
        case .sheetTierChanges: ("分类调整", "Tier changes")
        case .sheetReassignment: ("待分配客户", "Reassignment")
        case .sheetMovements: ("调整统计", "Movements")
        case .sheetAgenda: ("经理拜访建议", "Manager visits")
        case .sheetPace: ("本月拜访进度", "Visit pace")
        case .sheetAwaitingApproval: ("待审批拜访", "Awaiting approval")
        case .sheetEscalations: ("关系异常", "Abnormal relationships")
        case .headlineCustomers: ("客户数", "Customers")
        case .headlineSigned: ("签约客户", "Signed")
        case .headlinePotential: ("潜在客户", "Potential")
        case .headlineEliminated: ("淘汰客户", "Eliminated")
        case .headlineAbnormal: ("关系异常", "Abnormal relationships")
        case .headlineVisitsRequired: ("应实地走访次数", "On-site visits required")
        case .headlineVisitsCounted: ("已完成(计入)", "Visits counted")
        case .headlineVisitsShort: ("缺少拜访次数", "Visits short")
        case .headlineCompliance: ("拜访达标率", "Visit compliance")
        case .headlineInvoiced: ("上月业绩(开票金额)", "Invoiced last month")
        case .headlineCommission: ("佣金", "Commission")
        case .headlineOutstanding: ("应收余额", "Outstanding")
        case .headlineCurrentMonth: ("当月应收帐", "Current month receivables")
        case .headlineOverThreeMonths: ("三个月以上应收帐", "Receivables over three months")
        case .headlineOverdue: ("超账期金额", "Overdue past term")
        case .headlineFindings: ("政策检查发现", "Policy findings")
        case .headlineDataIssues: ("数据问题", "Data issues")
        case .headlineUnscored: ("未评分客户", "Unscored customers")
        case .headlineContinuedSheets: ("超过行数上限而续表的工作表", "Sheets continued past the row limit")
        case .chartTierMix: ("客户分类构成", "Tier mix")
        case .eliminatedNotShown: ("不含已淘汰客户 %d 家", "not shown: eliminated customers, %d")
        case .chartVisitCompliance: ("各业务员实地走访:应走访与已完成", "On-site visits per salesperson: required and done")
        case .chartAging: ("应收账龄分布", "Receivables aging")
        case .seriesRequired: ("应走访", "Required")
        case .seriesDone: ("已完成", "Done")
        case .seriesCustomers: ("客户数", "Customers")
        case .seriesOutstanding: ("应收余额", "Outstanding")
        case .untiered: ("未分类", "No tier")
        case .unassigned: ("(未分配)", "(unassigned)")
        case .total: ("合计", "Total")
        case .none: ("无", "none")
        case .yes: ("是", "yes")
        case .no: ("否", "no")
        case .noContractData: ("无合同数据", "no contract data")
        case .previousTier: ("原类别", "Previous tier")
        case .previousScore: ("上季得分", "Previous score")
        case .scoreChange: ("得分变化", "Score change")
        case .movement: ("调整", "Movement")
        case .policyChanges: ("政策变化", "Policy changes")
        case .contractGap: ("合同缺口", "Contract gap")
        case .reassignmentReasons: ("待分配原因", "For assignment because")
        case .snapshotTier: ("调整后类别", "Tier after adjustment")
        case .previousSnapshot: ("上次快照", "Previous snapshot")
        case .movementUp: ("升级", "up")
        case .movementDown: ("降级", "down")
        case .movementSame: ("不变", "same")
        case .movementNew: ("新定类", "new")
        case .movementNone: ("未评分,维持原类别", "unscored, tier kept")
        case .reasonCreated: ("本期新建档", "created in the period")
        case .reasonEliminated: ("已淘汰", "eliminated")
        case .reasonNoSalesperson: ("未分配业务员", "no salesperson")
        case .changeCreditLimit: ("资信额度", "credit limit")
        case .changeTermDays: ("账期(天)", "term (days)")
        case .changeAdvanceLimit: ("垫资额度", "advance limit")
        case .changeCommissionRate: ("佣金比例", "commission rate")
        case .changeVisitMinimum: ("每月实地走访", "on-site visits a month")
        case .reasons: ("建议理由", "Reasons")
        case .expectedByNow: ("按进度应完成", "Expected by now")
        case .customersBehind: ("进度落后客户", "Customers behind")
        case .onSiteThisMonth: ("本月已实地走访", "On-site this month")
        case .reasonAbnormal: ("客户关系异常", "abnormal relationship")
        case .reasonBehind: ("A、B类签约客户本月走访落后", "signed A/B customer behind on this month's visits")
        case .reasonLargeOverThreeMonths: ("三个月以上应收帐较大", "large receivables over three months")
        case .reasonPotentialA: ("A类潜在客户", "potential A customer")
        case .reasonNoOnSiteVisitOnRecord: ("无实地拜访记录", "no on-site visit on record")
        case .daysSinceLastVisit: ("距最近实地拜访天数", "Days since last visit")
        case .weekOf: ("会议周", "Meeting week")
        case .agendaCount: ("建议经理拜访客户数", "Customers proposed for a manager visit")
        case .headlineMovements: ("类别调整", "Tier movements")
        case .amountsInYuan: ("金额单位:元", "Amounts in yuan")
        case .groupPerformance: ("业绩", "Performance")
        case .groupReceivables: ("应收帐", "Receivables")
        case .groupChecks: ("检查与数据问题", "Checks and data issues")
        case .missingScores: ("缺少的评分项", "Missing scores")
        case .contents: ("目录", "Contents")
        case .item: ("项目", "Item")
        case .figure: ("数值", "Figure")
        case .cellNotices: ("写入时处理的单元格", "Cells changed to fit the workbook")
        case .noticeTruncated: ("超过32,767个字符,已截断", "longer than 32,767 characters, cut")
        case .noticeCharactersRemoved: ("含无法保存的控制字符,已删除", "control characters that cannot be stored, removed")
        case .noticeNonFinite: ("非有限数值,留空", "not a finite number, left empty")
        case .continuedOn: ("续表", "continued on")
        case .customerID: ("客户编号", "Customer ID")
        case .customerName: ("客户名称", "Customer")
        case .status: ("客户状态", "Status")
        case .salesperson: ("业务员", "Salesperson")
        case .department: ("部门", "Department")
        case .relationship: ("关系状态", "Relationship")
        case .score: ("综合得分", "Score")
        case .tierInForce: ("现行类别", "Tier in force")
        case .tierSource: ("类别来源", "Tier source")
        case .proposedTier: ("按得分类别", "Tier from score")
        case .onSiteVisits: ("当月实地走访", "On-site visits in month")
        case .requiredVisits: ("应走访", "Required")
        case .visitShortfall: ("缺少", "Short")
        case .otherVisits: ("当月电话及其他", "Phone and other in month")
        case .awaitingApproval: ("待审批", "Awaiting approval")
        case .lastVisit: ("最近实地拜访", "Last on-site visit")
        case .invoiced: ("上月业绩", "Invoiced")
        case .volume: ("货量", "Volume")
        case .commission: ("佣金", "Commission")
        case .outstanding: ("应收余额", "Outstanding")
        case .currentMonth: ("当月应收帐", "Current month")
        case .overThreeMonths: ("三个月以上应收帐", "Over three months")
        case .overdue: ("超账期", "Overdue")
        case .afterPeriodEnd: ("期末后开票", "Dated after period end")
        case .advances: ("垫资余额", "Advances")
        case .creditLimit: ("资信额度", "Credit limit")
        case .overCreditLimit: ("超资信额度", "Over credit limit")
        case .advanceLimit: ("垫资额度", "Advance limit")
        case .overAdvanceLimit: ("超垫资额度", "Over advance limit")
        case .termDays: ("账期(天)", "Term (days)")
        case .commissionRate: ("佣金比例", "Commission rate")
        case .resourceGuarantee: ("资源保证", "Resource guarantee")
        case .contractState: ("合同情况", "Contract")
        case .contractSignedLate: ("合同晚于首笔业务签订", "Contract signed after first business")
        case .flags: ("提示", "Flags")
        case .createdDate: ("建档日期", "Created")
        case .firstBusinessDate: ("首笔业务日期", "First business")
        case .customers: ("客户数", "Customers")
        case .customersWithRequirement: ("有走访要求的客户", "Customers with a minimum")
        case .customersMeeting: ("达标客户", "Customers meeting it")
        case .countedVisits: ("计入次数", "Visits counted")
        case .compliance: ("达标率", "Compliance")
        case .visitsMade: ("本人拜访次数", "Visits made")
        case .findingsCount: ("发现数", "Findings")
        case .visitDate: ("拜访日期", "Visit date")
        case .visitType: ("拜访方式", "Visit type")
        case .location: ("会谈地址", "Location")
        case .companions: ("同行人员", "Companions")
        case .contact: ("客户会谈人", "Customer contact")
        case .title: ("职务", "Title")
        case .phone: ("电话", "Phone")
        case .planned: ("预计沟通内容", "Planned topics")
        case .actual: ("实际沟通内容", "Actual discussion")
        case .nextSteps: ("下一步计划", "Next steps")
        case .supportNeeded: ("是否需要公司其他部门支持", "Support needed from other departments")
        case .remarks: ("备注", "Remarks")
        case .approver: ("审批人", "Approver")
        case .approvalDate: ("审批日期", "Approval date")
        case .approvalState: ("审批状态", "Approval")
        case .approved: ("已审批", "approved")
        case .reviewMark: ("经理审核标记", "Manager's mark")
        case .reviewer: ("审核人", "Reviewer")
        case .reviewDate: ("审核日期", "Review date")
        case .contractNumber: ("合同编号", "Contract no.")
        case .contractType: ("合同类型", "Type")
        case .signedDate: ("签订日期", "Signed")
        case .startDate: ("开始日期", "Start")
        case .endDate: ("结束日期", "End")
        case .inForce: ("有效", "In force")
        case .endingSoon: ("即将到期", "Ending soon")
        case .rule: ("检查项", "Rule")
        case .severity: ("性质", "Severity")
        case .detail: ("说明", "Detail")
        case .amount: ("金额", "Amount")
        case .file: ("文件", "File")
        case .line: ("行号", "Line")
        case .column: ("列", "Column")
        case .value: ("原值", "Value")
        case .message: ("问题及处理办法", "Problem and what to do")
        case .effect: ("处理", "Effect")
        case .code: ("代码", "Code")
        case .tier: ("类别", "Tier")
        case .visitMinimumSigned: ("签约客户每月实地走访", "On-site visits a month, signed")
        case .visitMinimumPotential: ("潜在客户每月实地走访", "On-site visits a month, potential")
        case .agingBucket: ("账龄(天)", "Age (days)")
        case .sectionHeadlines: ("主要数字", "Headline figures")
        case .sectionCharts: ("图表", "Charts")
        case .sectionEscalations: ("关系异常,须上报部门经理", "Abnormal relationships, for the department manager")
        case .sectionShortfalls: ("实地走访未达标", "On-site visits short of the minimum")
        case .sectionLimits: ("超出资信或垫资额度", "Over the credit or advance limit")
        case .sectionOverdue: ("超账期应收", "Overdue past the term")
        case .sectionContracts: ("合同检查", "Contract checks")
        case .sectionUnscored: ("未评分客户", "Unscored customers")
        case .sectionFindings: ("其他发现", "Other findings")
        case .sectionDataIssues: ("数据问题", "Data issues")
        case .moreInWorkbook: ("另有 %d 条,见Excel工作簿", "%d more in the workbook")
        case .nothingToReport: ("无", "None")
        case .footerNote: ("本报告由customer-review按客户管理制度生成;全部明细见同名Excel工作簿。",
                           "Generated by customer-review from the customer management policy; the workbook of the same name holds every row.")
        case .headlineUp: ("升级", "Up")
        case .headlineDown: ("降级", "Down")
        case .headlineSame: ("不变", "Unchanged")
        case .headlineNew: ("新定类", "New")
        case .headlineContractGaps: ("合同缺口", "Contract gaps")
        case .headlineReassignment: ("待分配客户", "For (re)assignment")
        case .chartTierMixChange: ("调整前后客户分类构成", "Tier mix before and after")
        case .sectionContractGaps: ("拟定A、B类的签约客户缺合同或长期合作协议",
                                    "Signed customers proposed A or B without a contract or long-term agreement")
        case .sectionReassignment: ("新建档、淘汰及未分配业务员的客户,待重新划归", "New, eliminated and unassigned customers, to be (re)assigned")
        case .sectionMovementsBySalesperson: ("各业务员类别调整", "Tier movements per salesperson")
        case .sectionMovementsByDepartment: ("各部门类别调整", "Tier movements per department")
        case .chartVisitPace: ("各业务员本月实地走访:计入次数与进度", "On-site visits this month per salesperson, against the pace")
        case .sectionAgenda: ("下周建议部门经理以上领导拜访的客户", "Customers proposed for a manager-level visit next week")
        case .sectionAwaitingApproval: ("待审批的拜访记录", "Visits awaiting approval")
        case .meetingDecision: ("会议决定(拜访人、日期)", "Decision (who visits, when)")
        case .statusSigned: ("签约", "signed")
        case .statusPotential: ("潜在", "potential")
        case .statusEliminated: ("淘汰", "eliminated")
        case .relationshipNormal: ("正常", "normal")
        case .relationshipAbnormal: ("异常", "abnormal")
        case .typeOnSite: ("实地", "on-site")
        case .typePhone: ("电话", "phone")
        case .typeOther: ("其他", "other")
        case .contractTypeContract: ("业务合同", "contract")
        case .contractTypeAgreement: ("长期合作协议", "long-term agreement")
        case .sourceExport: ("系统类别", "export")
        case .sourceSnapshot: ("季度快照", "snapshot")
        case .sourceScore: ("按得分", "score")
        case .sourceNone: ("无法确定", "none")
        case .severityBreach: ("违反", "breach")
        case .severityWarning: ("提示", "warning")
        case .severityEscalation: ("上报", "escalation")
        case .stateCompliant: ("合同及长期协议齐全", "contract and agreement in force")
        case .stateMissingContract: ("缺业务合同", "no contract in force")
        case .stateMissingAgreement: ("缺长期合作协议", "no long-term agreement in force")
        case .stateMissingBoth: ("合同及长期协议均缺", "neither contract nor agreement")
        case .stateCWithContract: ("已签合同", "contract in force")
        case .stateCWithoutContract: ("建议签订合同", "contract recommended")
        case .stateNotRequired: ("不要求", "not required")
        case .measureRegisteredCapital: ("资本额", "registered capital")
        case .measureAnnualRevenue: ("营业额", "annual revenue")
        case .measureVolume12m: ("近12个月货量", "volume, last 12 months")
        case .measureInvoiced12m: ("近12个月开票金额", "invoiced, last 12 months")
        case .measureOverdueShare: ("逾期占应收比例", "overdue share of outstanding")
        case .measureOverThreeMonthsShare: ("三个月以上应收占比", "over-3-months share of outstanding")
        case .noBand: ("不在任何评分档内", "in no band")
        case .points: ("分", "points")
        case .periodNoVisits: ("拜访记录中没有以下期间的拜访:", "visits.csv has no visits dated in")
        case .periodNoInvoices: ("应收明细中没有以下月份的单据:", "receivables.csv has no invoices dated in")
        case .periodCheckAsOf: ("报告照常生成,但请核对统计日(--as-of)和导出文件是否为最新", "The report is written, but check the as-of date (--as-of) and that the exports are current")
        case .periodNotice: ("注意", "Note")
        case .sheetEvaluationForm: ("客户评估表", "Evaluation form")
        case .sheetCommittee: ("评估小组", "Committee")
        case .sheetNearBound: ("临界客户", "Near a bound")
        case .sheetBoundSensitivity: ("界限测算", "Bound sensitivity")
        case .indicator: ("指标", "Indicator")
        case .criterionBand: ("评分标准", "Scoring criterion")
        case .weight: ("权重", "Weight")
        case .indicatorScore: ("得分", "Score")
        case .scoreSource: ("来源", "Source")
        case .weightedPoints: ("加权得分", "Weighted points")
        case .measureValue: ("衡量值", "Measure")
        case .evaluators: ("评估人数", "Evaluators")
        case .groupsScored: ("评分部门数", "Groups")
        case .spread: ("分差", "Spread")
        case .committeeScore: ("小组得分", "Committee score")
        case .missingGroups: ("未评估部门", "Groups missing")
        case .disagreement: ("分歧", "Disagreement")
        case .evaluationIncomplete: ("评估未完成", "Evaluation incomplete")
        case .bound: ("界限", "Bound")
        case .distance: ("距界限", "Distance")
        case .wouldMoveTo: ("可能调整为", "Would move to")
        case .boundShift: ("界限变动(分)", "Bound shift (points)")
        case .boundA: ("A类界限", "A bound")
        case .boundB: ("B类界限", "B bound")
        case .changesIfAMoves: ("A类界限变动时调整类别的客户数", "Customers changing tier if the A bound moves")
        case .changesIfBMoves: ("B类界限变动时调整类别的客户数", "Customers changing tier if the B bound moves")
        case .seriesABound: ("A类界限变动", "A bound moved")
        case .seriesBBound: ("B类界限变动", "B bound moved")
        case .notValid: ("无效", "not valid")
        case .sourceCommittee: ("评估小组", "committee")
        case .sourceExportScore: ("导出得分", "export")
        case .sourceCriteria: ("评分标准", "criteria")
        case .sourceNoScore: ("无得分", "no score")
        case .headlineToEvaluate: ("应评估客户", "Customers to evaluate")
        case .headlineEvaluated: ("已评估", "Evaluated")
        case .headlineComplete: ("评估完成", "Complete")
        case .headlineIncomplete: ("评估未完成", "Incomplete")
        case .headlineNotEvaluated: ("未评估", "Not evaluated")
        case .headlineDisagreements: ("评分分歧", "Disagreements")
        case .headlineNearBound: ("临界客户", "Near a tier bound")
        case .groupCommittee: ("客户评估小组", "Evaluation committee")
        case .chartBoundSensitivity: ("界限测算:调整类别的客户数", "Bound sensitivity: customers changing tier")
        case .sectionIncomplete: ("评估未完成的客户", "Incomplete evaluations")
        case .sectionDisagreements: ("评估小组分歧", "Committee disagreements")
        case .sectionNearBound: ("临界客户", "Customers near a tier bound")
        case .noEvaluationsFile: ("无客户评估表(evaluations.csv)", "no evaluations.csv")
        case .evaluationWindow: ("评估期间", "Evaluation window")
        case .formTitle: ("客户评估表(附表1)", "Customer evaluation form (Appendix 1)")
        case .suggestedScore: ("建议分", "suggested")
        case .sheetScoringGuide: ("评分说明", "Scoring guide")
        case .formInstructions: ("每位评估人填写评估人、评估日期和0–100的得分;空白表示未评分。另存为CSV即可作为evaluations.csv读入。", "Each evaluator fills in the evaluator, the date and scores 0–100; an empty cell is not scored. Save this sheet as CSV to read it back as evaluations.csv.")
        case .scoreValidationTitle: ("得分", "Score")
        case .scoreValidationMessage: ("请输入0到100之间的得分,最多两位小数", "Enter a score from 0 to 100, at most two decimals")
        case .blankFormRows: ("未填写的表行", "Form rows left blank")
        case .evaluationGroup: ("评估部门", "Group")
        case .evaluator: ("评估人", "Evaluator")
        case .evaluationDate: ("评估日期", "Evaluation date")
        }
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
        if language == .zh { return field.chineseNames.first ?? field.rawValue }
        switch field {
        case .address: return "Address"
        case .phone: return "Phone"
        case .fax: return "Fax"
        case .email: return "E-mail"
        case .website: return "Website"
        case .principal: return "Principal"
        case .contact: return "Contact"
        case .registeredCapital: return "Registered capital"
        case .founded: return "Founded"
        case .area: return "Site area"
        case .annualRevenue: return "Annual revenue"
        case .bank: return "Bank"
        case .resources: return "Resources"
        case .logisticsProviders: return "Current logistics providers"
        case .logisticsNeeds: return "Main logistics needs"
        case .notes: return "Notes"
        }
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
        return language == .zh ? "\(days)天未实地拜访" : "no on-site visit for \(days) days"
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
