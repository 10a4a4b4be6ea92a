extension DataProblem {
    /// What is wrong and what to do, in the report language. Lowercase, no final period, values
    /// quoted by the caller's context (the issue carries the raw value separately).
    public func message(_ language: ReportLanguage) -> String {
        switch language {
        case .en: english
        case .zh: chinese
        }
    }

    private var english: String {
        switch self {
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

    private var chinese: String {
        switch self {
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
}

extension DataIssue.Effect {
    public func description(_ language: ReportLanguage) -> String {
        switch (self, language) {
        case (.rowLeftOut, .en): "row left out"
        case (.valueLeftEmpty, .en): "value left empty"
        case (.noted, .en): "noted"
        case (.rowLeftOut, .zh): "该行未计入"
        case (.valueLeftEmpty, .zh): "该值按空处理"
        case (.noted, .zh): "仅提示"
        }
    }
}

extension DataProblem {
    /// Whether the message speaks of the value itself ("… is not a date"), so that it reads
    /// after the quoted value; other messages speak of the row or the file.
    var describesValue: Bool {
        switch self {
        case .notADate, .notAnAmount, .amountTooPrecise, .amountTooLarge, .notANumber, .scoreOutOfRange,
             .notAStatus, .notATier, .notARelationship, .notAVisitType, .notAReceivableKind, .notAContractType,
             .notACommitteeGroup, .notAProfileAmount:
            true
        default:
            false
        }
    }
}

extension DataIssue {
    /// `visits.csv line 214, visit_date: '2026-13-01' is not a date; … (row left out)`.
    ///
    /// One line whatever the file holds: the column and value are shown through
    /// `ConsoleText.oneLine`, so no control character of the input reaches a terminal.
    public func line(_ language: ReportLanguage) -> String {
        var text = file
        if let line { text += language == .zh ? " 第\(line)行" : " line \(line)" }
        if let column { text += ", \(ConsoleText.oneLine(column))" }
        text += ": "
        let value = value.map(ConsoleText.oneLine)
        if let value, problem.describesValue {
            text += "'\(value)' " + problem.message(language)
        } else {
            text += problem.message(language)
            if let value { text += language == .zh ? "(值'\(value)')" : " (value '\(value)')" }
        }
        text += language == .zh ? "(\(effect.description(language)))" : " (\(effect.description(language)))"
        return text
    }
}
