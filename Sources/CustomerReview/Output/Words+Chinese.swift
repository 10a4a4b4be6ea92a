/// The Chinese table (`--lang zh`, the default): every word `Words` asks for, in Chinese.
struct ChineseWords: Words {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func label(_ label: Label) -> String {
        switch label {
        // Report titles.
        case .monthlyTitle: "客户月度审查(每月15日)"
        case .quarterlyTitle: "客户分类季度调整"
        case .weeklyTitle: "业务小组周会议程"
        case .handoverTitle: "SALES客户拜访记录表"
        case .period: "统计月份"
        case .asOf: "统计日"
        case .quarter: "季度"
        case .week: "周次"
        case .generatedFrom: "数据来源"
        case .language: "语言"
        // Sheet names (at most 31 characters).
        case .sheetSummary: "汇总"
        case .sheetCustomers: "客户"
        case .sheetVisitCompliance: "拜访达标"
        case .sheetVisitRecords: "拜访记录"
        case .sheetAging: "应收账龄"
        case .sheetContracts: "合同"
        case .sheetFindings: "政策检查"
        case .sheetDataIssues: "数据问题"
        case .sheetTierPolicies: "分类政策"
        case .sheetDepartments: "部门汇总"
        case .sheetTierChanges: "分类调整"
        case .sheetMovements: "调整统计"
        case .sheetReassignment: "待分配客户"
        case .sheetAgenda: "经理拜访建议"
        case .sheetPace: "本月拜访进度"
        case .sheetAwaitingApproval: "待审批拜访"
        case .sheetEscalations: "关系异常"
        // Summary headline figures.
        case .headlineCustomers: "客户数"
        case .headlineSigned: "签约客户"
        case .headlinePotential: "潜在客户"
        case .headlineEliminated: "淘汰客户"
        case .headlineAbnormal: "关系异常"
        case .headlineVisitsRequired: "应实地走访次数"
        case .headlineVisitsCounted: "已完成(计入)"
        case .headlineVisitsShort: "缺少拜访次数"
        case .headlineCompliance: "拜访达标率"
        case .headlineInvoiced: "上月业绩(开票金额)"
        case .headlineCommission: "佣金"
        case .headlineOutstanding: "应收余额"
        case .headlineCurrentMonth: "当月应收帐"
        case .headlineOverThreeMonths: "三个月以上应收帐"
        case .headlineOverdue: "超账期金额"
        case .headlineFindings: "政策检查发现"
        case .headlineDataIssues: "数据问题"
        case .headlineUnscored: "未评分客户"
        case .headlineContinuedSheets: "超过行数上限而续表的工作表"
        case .chartTierMix: "客户分类构成"
        case .eliminatedNotShown: "不含已淘汰客户 %d 家"
        case .chartVisitCompliance: "各业务员实地走访:应走访与已完成"
        case .chartAging: "应收账龄分布"
        case .seriesRequired: "应走访"
        case .seriesDone: "已完成"
        case .seriesCustomers: "客户数"
        case .seriesOutstanding: "应收余额"
        case .untiered: "未分类"
        case .unassigned: "(未分配)"
        case .total: "合计"
        case .none: "无"
        case .yes: "是"
        case .no: "否"
        case .noContractData: "无合同数据"
        case .previousTier: "原类别"
        case .previousScore: "上季得分"
        case .scoreChange: "得分变化"
        case .movement: "调整"
        case .policyChanges: "政策变化"
        case .contractGap: "合同缺口"
        case .reassignmentReasons: "待分配原因"
        case .snapshotTier: "调整后类别"
        case .previousSnapshot: "上次快照"
        case .movementUp: "升级"
        case .movementDown: "降级"
        case .movementSame: "不变"
        case .movementNew: "新定类"
        case .movementNone: "未评分,维持原类别"
        case .reasonCreated: "本期新建档"
        case .reasonEliminated: "已淘汰"
        case .reasonNoSalesperson: "未分配业务员"
        case .changeCreditLimit: "资信额度"
        case .changeTermDays: "账期(天)"
        case .changeAdvanceLimit: "垫资额度"
        case .changeCommissionRate: "佣金比例"
        case .changeVisitMinimum: "每月实地走访"
        case .reasons: "建议理由"
        case .expectedByNow: "按进度应完成"
        case .customersBehind: "进度落后客户"
        case .onSiteThisMonth: "本月已实地走访"
        case .reasonAbnormal: "客户关系异常"
        case .reasonBehind: "A、B类签约客户本月走访落后"
        case .reasonNoOnSiteVisitOnRecord: "无实地拜访记录"
        case .daysSinceLastVisit: "距最近实地拜访天数"
        case .reasonLargeOverThreeMonths: "三个月以上应收帐较大"
        case .reasonPotentialA: "A类潜在客户"
        case .weekOf: "会议周"
        case .agendaCount: "建议经理拜访客户数"
        case .headlineMovements: "类别调整"
        case .amountsInYuan: "金额单位:元"
        case .groupPerformance: "业绩"
        case .groupReceivables: "应收帐"
        case .groupChecks: "检查与数据问题"
        case .missingScores: "缺少的评分项"
        case .contents: "目录"
        case .item: "项目"
        case .figure: "数值"
        case .cellNotices: "写入时处理的单元格"
        case .noticeTruncated: "超过32,767个字符,已截断"
        case .noticeCharactersRemoved: "含无法保存的控制字符,已删除"
        case .noticeNonFinite: "非有限数值,留空"
        case .continuedOn: "续表"
        // Customer columns.
        case .customerID: "客户编号"
        case .customerName: "客户名称"
        case .status: "客户状态"
        case .salesperson: "业务员"
        case .department: "部门"
        case .relationship: "关系状态"
        case .score: "综合得分"
        case .tierInForce: "现行类别"
        case .tierSource: "类别来源"
        case .proposedTier: "按得分类别"
        case .onSiteVisits: "当月实地走访"
        case .requiredVisits: "应走访"
        case .visitShortfall: "缺少"
        case .otherVisits: "当月电话及其他"
        case .awaitingApproval: "待审批"
        case .lastVisit: "最近实地拜访"
        case .invoiced: "上月业绩"
        case .volume: "货量"
        case .commission: "佣金"
        case .outstanding: "应收余额"
        case .currentMonth: "当月应收帐"
        case .overThreeMonths: "三个月以上应收帐"
        case .overdue: "超账期"
        case .afterPeriodEnd: "期末后开票"
        case .advances: "垫资余额"
        case .creditLimit: "资信额度"
        case .overCreditLimit: "超资信额度"
        case .advanceLimit: "垫资额度"
        case .overAdvanceLimit: "超垫资额度"
        case .termDays: "账期(天)"
        case .commissionRate: "佣金比例"
        case .resourceGuarantee: "资源保证"
        case .contractState: "合同情况"
        case .contractSignedLate: "合同晚于首笔业务签订"
        case .flags: "提示"
        case .createdDate: "建档日期"
        case .firstBusinessDate: "首笔业务日期"
        // Salesperson and department columns.
        case .customers: "客户数"
        case .customersWithRequirement: "有走访要求的客户"
        case .customersMeeting: "达标客户"
        case .countedVisits: "计入次数"
        case .compliance: "达标率"
        case .visitsMade: "本人拜访次数"
        case .findingsCount: "发现数"
        // Visit record columns (附表3 客户拜访记录表).
        case .visitDate: "拜访日期"
        case .visitType: "拜访方式"
        case .location: "会谈地址"
        case .companions: "同行人员"
        case .contact: "客户会谈人"
        case .title: "职务"
        case .phone: "电话"
        case .planned: "预计沟通内容"
        case .actual: "实际沟通内容"
        case .nextSteps: "下一步计划"
        case .supportNeeded: "是否需要公司其他部门支持"
        case .remarks: "备注"
        case .approver: "审批人"
        case .approvalDate: "审批日期"
        case .approvalState: "审批状态"
        case .approved: "已审批"
        case .reviewMark: "经理审核标记"
        case .reviewer: "审核人"
        case .reviewDate: "审核日期"
        // Contract columns.
        case .contractNumber: "合同编号"
        case .contractType: "合同类型"
        case .signedDate: "签订日期"
        case .startDate: "开始日期"
        case .endDate: "结束日期"
        case .inForce: "有效"
        case .endingSoon: "即将到期"
        // Finding columns.
        case .rule: "检查项"
        case .severity: "性质"
        case .detail: "说明"
        case .amount: "金额"
        // Data issue columns.
        case .file: "文件"
        case .line: "行号"
        case .column: "列"
        case .value: "原值"
        case .message: "问题及处理办法"
        case .effect: "处理"
        case .code: "代码"
        // Tier policy sheet.
        case .tier: "类别"
        case .visitMinimumSigned: "签约客户每月实地走访"
        case .visitMinimumPotential: "潜在客户每月实地走访"
        case .agingBucket: "账龄(天)"
        // Page sections.
        case .sectionHeadlines: "主要数字"
        case .sectionCharts: "图表"
        case .sectionEscalations: "关系异常,须上报部门经理"
        case .sectionShortfalls: "实地走访未达标"
        case .sectionLimits: "超出资信或垫资额度"
        case .sectionOverdue: "超账期应收"
        case .sectionContracts: "合同检查"
        case .sectionUnscored: "未评分客户"
        case .sectionFindings: "其他发现"
        case .sectionDataIssues: "数据问题"
        case .moreInWorkbook: "另有 %d 条,见Excel工作簿"
        case .nothingToReport: "无"
        case .footerNote: "本报告由customer-review按客户管理制度生成;全部明细见同名Excel工作簿。"
        // Quarterly and weekly pages.
        case .headlineUp: "升级"
        case .headlineDown: "降级"
        case .headlineSame: "不变"
        case .headlineNew: "新定类"
        case .headlineContractGaps: "合同缺口"
        case .headlineReassignment: "待分配客户"
        case .chartTierMixChange: "调整前后客户分类构成"
        case .sectionContractGaps: "拟定A、B类的签约客户缺合同或长期合作协议"
        case .sectionReassignment: "新建档、淘汰及未分配业务员的客户,待重新划归"
        case .sectionMovementsBySalesperson: "各业务员类别调整"
        case .sectionMovementsByDepartment: "各部门类别调整"
        case .chartVisitPace: "各业务员本月实地走访:计入次数与进度"
        case .sectionAgenda: "下周建议部门经理以上领导拜访的客户"
        case .sectionAwaitingApproval: "待审批的拜访记录"
        case .meetingDecision: "会议决定(拜访人、日期)"
        // Values.
        case .statusSigned: "签约"
        case .statusPotential: "潜在"
        case .statusEliminated: "淘汰"
        case .relationshipNormal: "正常"
        case .relationshipAbnormal: "异常"
        case .typeOnSite: "实地"
        case .typePhone: "电话"
        case .typeOther: "其他"
        case .contractTypeContract: "业务合同"
        case .contractTypeAgreement: "长期合作协议"
        case .sourceExport: "系统类别"
        case .sourceSnapshot: "季度快照"
        case .sourceScore: "按得分"
        case .sourceNone: "无法确定"
        case .severityBreach: "违反"
        case .severityWarning: "提示"
        case .severityEscalation: "上报"
        // Contract states.
        case .stateCompliant: "合同及长期协议齐全"
        case .stateMissingContract: "缺业务合同"
        case .stateMissingAgreement: "缺长期合作协议"
        case .stateMissingBoth: "合同及长期协议均缺"
        case .stateCWithContract: "已签合同"
        case .stateCWithoutContract: "建议签订合同"
        case .stateNotRequired: "不要求"
        // Month over month (环比), streaks and trends.
        case .sheetMonthOverMonth: "环比"
        case .previousOutstanding: "上月应收余额"
        case .changeOutstanding: "应收余额变化"
        case .previousOverThreeMonths: "上月三个月以上应收"
        case .changeOverThreeMonths: "三个月以上应收变化"
        case .previousOverdue: "上月逾期"
        case .changeOverdue: "逾期变化"
        case .findingsNew: "新增问题"
        case .findingsResolved: "已解决问题"
        case .previousCompliance: "上月达标率"
        case .complianceChange: "达标率变化(百分点)"
        case .changeNote: "说明"
        case .newThisMonth: "本月新客户"
        case .eliminatedSinceLastMonth: "上月后淘汰"
        case .notInCustomers: "已不在客户资料表中"
        case .sectionSinceLastMonth: "与上月相比"
        case .sectionNewFindings: "本月新增问题"
        case .sectionResolvedFindings: "上月问题已解决"
        case .sectionLargestIncreases: "三个月以上应收增加最多"
        case .noPreviousSnapshot: "没有上月快照,不作比较"
        case .comparedWith: "比较月份"
        case .streakVisitShortfall: "连续未达标月数"
        case .streakOverThreeMonthsGrowing: "三个月以上应收连续增长月数"
        case .reasonVisitShortfallStreak: "连续数月实地走访未达标"
        case .reasonOverThreeMonthsGrowing: "三个月以上应收连续增长"
        case .sheetTrends: "趋势"
        case .trendMonth: "月份"
        case .trendInvoiced: "开票金额"
        case .chartTrendMoney: "近十二个月开票与应收"
        case .chartTrendVisits: "近十二个月实地走访"
        case .chartTrendCompliance: "近十二个月拜访达标率"
        case .sectionTrends: "趋势"
        case .trendComplianceBySalesperson: "各业务员近六个月拜访达标率"
        case .trendGapNote: "空白:该月没有快照或导出数据,不作0处理"
        case .trendFromSnapshot: "来自月度快照"
        case .periodNoVisits: "拜访记录中没有以下期间的拜访:"
        case .periodNoInvoices: "应收明细中没有以下月份的单据:"
        case .periodCheckAsOf: "报告照常生成,但请核对统计日(--as-of)和导出文件是否为最新"
        case .periodNotice: "注意"
        case .measureRegisteredCapital: "资本额"
        case .measureAnnualRevenue: "营业额"
        case .measureVolume12m: "近12个月货量"
        case .measureInvoiced12m: "近12个月开票金额"
        case .measureOverdueShare: "逾期占应收比例"
        case .measureOverThreeMonthsShare: "三个月以上应收占比"
        case .noBand: "不在任何评分档内"
        case .points: "分"
        case .sheetEvaluationForm: "客户评估表"
        case .sheetCommittee: "评估小组"
        case .sheetNearBound: "临界客户"
        case .sheetBoundSensitivity: "界限测算"
        case .indicator: "指标"
        case .criterionBand: "评分标准"
        case .weight: "权重"
        case .indicatorScore: "得分"
        case .scoreSource: "来源"
        case .weightedPoints: "加权得分"
        case .measureValue: "衡量值"
        case .evaluators: "评估人数"
        case .groupsScored: "评分部门数"
        case .spread: "分差"
        case .committeeScore: "小组得分"
        case .missingGroups: "未评估部门"
        case .disagreement: "分歧"
        case .evaluationIncomplete: "评估未完成"
        case .bound: "界限"
        case .distance: "距界限"
        case .wouldMoveTo: "可能调整为"
        case .boundShift: "界限变动(分)"
        case .boundA: "A类界限"
        case .boundB: "B类界限"
        case .changesIfAMoves: "A类界限变动时调整类别的客户数"
        case .changesIfBMoves: "B类界限变动时调整类别的客户数"
        case .seriesABound: "A类界限变动"
        case .seriesBBound: "B类界限变动"
        case .notValid: "无效"
        case .sourceCommittee: "评估小组"
        case .sourceExportScore: "导出得分"
        case .sourceCriteria: "评分标准"
        case .sourceNoScore: "无得分"
        case .headlineToEvaluate: "应评估客户"
        case .headlineEvaluated: "已评估"
        case .headlineComplete: "评估完成"
        case .headlineIncomplete: "评估未完成"
        case .headlineNotEvaluated: "未评估"
        case .headlineDisagreements: "评分分歧"
        case .headlineNearBound: "临界客户"
        case .groupCommittee: "客户评估小组"
        case .chartBoundSensitivity: "界限测算:调整类别的客户数"
        case .sectionIncomplete: "评估未完成的客户"
        case .sectionDisagreements: "评估小组分歧"
        case .sectionNearBound: "临界客户"
        case .noEvaluationsFile: "无客户评估表(evaluations.csv)"
        case .evaluationWindow: "评估期间"
        case .formTitle: "客户评估表(附表1)"
        case .suggestedScore: "建议分"
        case .sheetScoringGuide: "评分说明"
        case .formInstructions: "每位评估人填写评估人、评估日期和0–100的得分;空白表示未评分。另存为CSV即可作为evaluations.csv读入。"
        case .scoreValidationTitle: "得分"
        case .scoreValidationMessage: "请输入0到100之间的得分,最多两位小数"
        case .blankFormRows: "未填写的表行"
        case .evaluationGroup: "评估部门"
        case .evaluator: "评估人"
        case .evaluationDate: "评估日期"
        }
    }

    func problem(_ problem: DataProblem) -> String {
        switch problem {
        case .strayQuote:
            "未加引号的字段中出现引号,或结束引号后还有文字;请用引号括起整个字段,字段内的引号写成两个(\"\")"
        case .unterminatedQuote(let lastLine):
            "引号字段没有结束;直到文件末尾(第\(lastLine)行)都被读成这一条记录,请补上结束引号"
        case .wrongFieldCount(let expected, let found):
            "该行有\(found)个字段,表头有\(expected)个;分隔符多了或少了,或含分隔符的字段没有加引号"
        case .recordTooLong(let bytes, let fields):
            "记录超过\(bytes >> 20) MiB或\(fields)个字段,未读取;请检查文件是否缺少引号或含二进制数据"
        case .invalidBytes(let encoding):
            "字节不是有效的\(encoding.rawValue)文本;请用同一种编码(最好是UTF-8)重新保存文件,或指定--encoding"
        case .foreignEncoding(let lineEncoding, let fileEncoding):
            "该行是\(lineEncoding.rawValue)编码,而文件其余部分是\(fileEncoding.rawValue);请用同一种编码重新保存文件"
        case .nulByte:
            "字段含NUL字节(二进制数据);请重新导出为文本"
        case .missingValue:
            "此处必须填写"
        case .notADate:
            "不是日期;请写成2026-11-05、2026/11/5、2026.11.05、2026年11月5日或20261105"
        case .notAnAmount:
            "不是金额;请写成1234.50、1,234.50、¥1,234.50、1234.50元或(12.00)"
        case .amountTooPrecise:
            "小数超过两位;金额以元和分计(如12.35)"
        case .amountTooLarge:
            "金额达到十亿元或以上;请核对"
        case .notANumber:
            "不是最多两位小数的数字"
        case .scoreOutOfRange:
            "不是0到100之间的得分"
        case .notAStatus:
            "不是客户状态;请填签约(signed)、潜在(potential)或淘汰(eliminated)"
        case .notATier:
            "不是客户类别;请填A、B或C(改用快照或得分得出的类别)"
        case .notARelationship:
            "不是关系状态;请填正常(normal)或异常(abnormal)——更正前按正常处理"
        case .notAVisitType:
            "不是拜访方式;请填实地(on_site)、电话(phone)或其他(other)"
        case .notAReceivableKind:
            "不是应收类型;请填发票(invoice)或垫资(advance)"
        case .notAContractType:
            "不是合同类型;请填业务合同(contract)或长期合作协议(long_term_agreement)"
        case .duplicateCustomer(let firstLine):
            "客户编号已在第\(firstLine)行使用;保留第一行"
        case .duplicateInvoice(let firstLine):
            "单据号已在第\(firstLine)行使用;保留第一行"
        case .duplicateContract(let firstLine):
            "合同编号已在第\(firstLine)行使用;保留第一行"
        case .unknownCustomer:
            "customers.csv中没有此客户编号"
        case .visitAfterAsOf(let asOf):
            "拜访日期晚于统计日\(asOf),不计入"
        case .contractEndsBeforeStart:
            "合同结束日期早于开始日期"
        case .amountsAddUpTooFar:
            "本文件的金额或货量累计超出可精确计算的范围;请核对金额和货量"
        case .missingIndicatorColumns(let columns, 0):
            "缺少评估指标\(columns.joined(separator: "、"))的列;评估小组或评分标准已为所有客户评分,没有客户因此未评分——如需采用导出得分,请在导出中加上这些列"
        case .missingIndicatorColumns(let columns, let unscored):
            "缺少评估指标\(columns.joined(separator: "、"))的列;因此\(unscored)个客户未评分——请在导出中加上这些列或在设置中去掉这些指标"
        case .snapshotCustomerUnknown:
            "类别快照中的客户不在customers.csv中"
        case .notACommitteeGroup(let groups):
            "不是客户评估小组的部门;请填\(groups.joined(separator: "、"))之一"
        case .evaluationAfterAsOf(let asOf):
            "评估日期晚于统计日\(asOf),不计入"
        case .duplicateEvaluation(let firstLine):
            "该评估人本季度已在第\(firstLine)行评估过此客户;保留第一行"
        case .notAProfileAmount:
            "不是评分标准能读取的金额;请写成3000万元、1.5亿、500万、¥5,000,000或5000000(单位:元)——更正前该指标没有评分标准得分"
        }
    }

    func effect(_ effect: DataIssue.Effect) -> String {
        switch effect {
        case .rowLeftOut: "该行未计入"
        case .valueLeftEmpty: "该值按空处理"
        case .noted: "仅提示"
        }
    }

    func resourceGuarantee(_ tier: Tier) -> String {
        switch tier {
        case .a: "优先保障运力与仓储资源,专属客服"
        case .b: "保障常规运力,旺季按计划排队"
        case .c: "视资源情况安排,不垫资"
        }
    }

    func reviewMark(_ mark: ReviewMark) -> String {
        switch mark {
        case .reviewed: "已审核"
        case .followUp: "需跟进"
        case .disputed: "有异议"
        case .returned: "退回补充"
        }
    }

    /// The field's name on 附表2, which is also the name customers.csv gives its column.
    func profileField(_ field: ProfileField) -> String {
        switch field {
        case .address: "地址"
        case .phone: "电话"
        case .fax: "传真"
        case .email: "电子邮件"
        case .website: "网址"
        case .principal: "负责人"
        case .contact: "联系人"
        case .registeredCapital: "资本额"
        case .founded: "成立日期"
        case .area: "占地面积"
        case .annualRevenue: "营业额"
        case .bank: "银行讯息"
        case .resources: "资源状况"
        case .logisticsProviders: "目前的物流供应商"
        case .logisticsNeeds: "主要物流需求"
        case .notes: "其他"
        }
    }

    func indicatorName(_ indicator: PolicySettings.Indicator) -> String { indicator.name }

    func groupName(_ group: PolicySettings.CommitteeGroup) -> String { group.name }

    func noOnSiteVisit(days: Int) -> String { "\(days)天未实地拜访" }

    func issueLine(_ line: Int) -> String { " 第\(line)行" }

    func issueValue(_ value: String) -> String { "(值'\(value)')" }

    func issueEffect(_ effect: String) -> String { "(\(effect))" }

    var listSeparator: String { "、" }

    var clauseSeparator: String { ";" }

    var sentenceEnd: String { "。" }

    func findingTitle(_ rule: PolicyFinding.Rule) -> String {
        switch rule {
        case .abnormalRelationship: "客户关系异常,上报部门经理"
        case .visitShortfall: "实地走访未达标"
        case .visitShortfallStreak: "连续数月实地走访未达标"
        case .overThreeMonthsGrowing: "三个月以上应收连续增长"
        case .overCreditLimit: "超出资信额度"
        case .overAdvanceLimit: "超出垫资额度"
        case .overdue: "超账期未收"
        case .contractMissing: "A、B类签约客户缺业务合同"
        case .agreementMissing: "A、B类签约客户缺长期合作协议"
        case .contractRecommended: "C类客户尽可能签订合同"
        case .contractSignedLate: "合同晚于第一笔业务签订"
        case .contractEndingSoon: "合同即将到期"
        case .unscored: "未评分,无法按得分定类"
        case .noSalesperson: "未分配业务员"
        }
    }

    func findingDetail(_ f: PolicyFinding) -> String {
        switch f.rule {
        case .abnormalRelationship: return "请部门经理跟进"
        case .visitShortfall: return "应实地走访\(f.required ?? 0)次,实际\(f.done ?? 0)次,缺\(f.shortfall ?? 0)次"
        case .visitShortfallStreak: return "连续\(f.months ?? 0)个月实地走访未达标"
        case .overThreeMonthsGrowing: return "三个月以上应收连续\(f.months ?? 0)个月增长,本月\(f.amount?.grouped ?? "")元"
        case .overCreditLimit, .overAdvanceLimit: return "超出\(f.amount?.grouped ?? "")元"
        case .overdue: return "超账期金额\(f.amount?.grouped ?? "")元"
        case .contractMissing, .agreementMissing, .contractRecommended: return "统计日无有效文件"
        case .contractSignedLate: return "首份业务合同签订于\(f.date?.description ?? ""),晚于第一笔业务"
        case .contractEndingSoon: return "合同\(f.reference ?? "")于\(f.date?.description ?? "")到期"
        case .unscored: return "请补齐评估表各项得分"
        case .noSalesperson: return "请业务部经理重新划归业务员"
        }
    }

    func indicatorReference(_ indicator: PolicySettings.Indicator) -> String { indicator.name }

    var usesChineseColumnNames: Bool { true }

    var htmlLanguage: String { "zh-CN" }
}
