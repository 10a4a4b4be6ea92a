/// How a policy finding reads in a report language: a title for its rule and one sentence of
/// detail built from its figures.
public enum FindingText {
    public static func title(_ rule: PolicyFinding.Rule, _ language: ReportLanguage) -> String {
        let (zh, en): (String, String) = switch rule {
        case .abnormalRelationship: ("客户关系异常,上报部门经理", "Abnormal relationship, escalated to the department manager")
        case .visitShortfall: ("实地走访未达标", "On-site visits short of the minimum")
        case .visitShortfallStreak: ("连续数月实地走访未达标", "Short of on-site visits months running")
        case .overThreeMonthsGrowing: ("三个月以上应收连续增长", "Receivables over three months growing months running")
        case .overCreditLimit: ("超出资信额度", "Over the credit limit")
        case .overAdvanceLimit: ("超出垫资额度", "Over the advance limit")
        case .overdue: ("超账期未收", "Overdue past the payment term")
        case .contractMissing: ("A、B类签约客户缺业务合同", "Signed A/B customer without a contract in force")
        case .agreementMissing: ("A、B类签约客户缺长期合作协议", "Signed A/B customer without a long-term agreement")
        case .contractRecommended: ("C类客户尽可能签订合同", "C customer: a contract is recommended")
        case .contractSignedLate: ("合同晚于第一笔业务签订", "Contract signed after the first business")
        case .contractEndingSoon: ("合同即将到期", "Contract ending soon")
        case .unscored: ("未评分,无法按得分定类", "Unscored: no tier from the score")
        case .noSalesperson: ("未分配业务员", "No salesperson assigned")
        }
        return language == .zh ? zh : en
    }

    public static func detail(_ f: PolicyFinding, _ language: ReportLanguage) -> String {
        let zh = language == .zh
        switch f.rule {
        case .abnormalRelationship:
            return zh ? "请部门经理跟进" : "for the department manager to follow up"
        case .visitShortfall:
            let required = f.required ?? 0
            let done = f.done ?? 0
            let shortfall = f.shortfall ?? 0
            return zh ? "应实地走访\(required)次,实际\(done)次,缺\(shortfall)次"
                : "\(required) on-site visits required, \(done) made, \(shortfall) short"
        case .visitShortfallStreak:
            let months = f.months ?? 0
            return zh ? "连续\(months)个月实地走访未达标" : "short of the minimum \(months) months running"
        case .overThreeMonthsGrowing:
            let months = f.months ?? 0
            let amount = f.amount?.grouped ?? ""
            return zh ? "三个月以上应收连续\(months)个月增长,本月\(amount)元" : "grown \(months) months running, now \(amount)"
        case .overCreditLimit, .overAdvanceLimit:
            let amount = f.amount?.grouped ?? ""
            return zh ? "超出\(amount)元" : "over by \(amount)"
        case .overdue:
            let amount = f.amount?.grouped ?? ""
            return zh ? "超账期金额\(amount)元" : "\(amount) overdue"
        case .contractMissing, .agreementMissing, .contractRecommended:
            return zh ? "统计日无有效文件" : "none in force on the as-of date"
        case .contractSignedLate:
            let date = f.date?.description ?? ""
            return zh ? "首份业务合同签订于\(date),晚于第一笔业务" : "first contract signed \(date), after the first business"
        case .contractEndingSoon:
            let date = f.date?.description ?? ""
            let number = f.reference ?? ""
            return zh ? "合同\(number)于\(date)到期" : "contract \(number) ends \(date)"
        case .unscored:
            return zh ? "请补齐评估表各项得分" : "complete every indicator score of the evaluation table"
        case .noSalesperson:
            return zh ? "请业务部经理重新划归业务员" : "for the business manager to assign a salesperson"
        }
    }
}
