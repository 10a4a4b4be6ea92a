import Foundation
import Glibc
import Testing
@testable import CustomerReview

/// The sample generator behind `customer-review sample`: deterministic bytes, the declared
/// encodings and headers, every case present in a small sample, and the deliberately bad rows
/// exactly where the summary says — read back with the program's own CSV reader.
@Suite struct SampleGeneratorTests {
    // MARK: Determinism

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let first = try SampleRun(customers: 60, months: 6, seed: 7)
        let second = try SampleRun(customers: 60, months: 6, seed: 7)
        for name in SampleGenerator.fileNames {
            #expect(try first.bytes(name) == second.bytes(name), "\(name) differs between two runs")
        }
        #expect(first.summary.badRows == second.summary.badRows)
        #expect(first.summary.invoiced == second.summary.invoiced)
    }

    @Test func anotherSeedGivesOtherData() throws {
        let first = try SampleRun(customers: 60, months: 6, seed: 7)
        let other = try SampleRun(customers: 60, months: 6, seed: 8)
        for name in SampleGenerator.fileNames {
            #expect(try first.bytes(name) != other.bytes(name), "\(name) is the same for seeds 7 and 8")
        }
    }

    // MARK: Encodings, dialects, headers

    @Test func eachFileHasTheDeclaredEncoding() throws {
        let run = try SampleRun.small()
        let customers = try run.bytes("customers.csv")
        #expect(!customers.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(!UTF8Validator.isValid(customers), "GB18030 Chinese is not valid UTF-8")
        let decoded = try #require(Self.convert(customers, from: "GB18030"))
        #expect(decoded.hasPrefix(SampleCustomersFile.header.joined(separator: ",") + "\r\n"))
        #expect(decoded.contains("有限公司"))

        let visits = try run.bytes("visits.csv")
        #expect(visits.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(UTF8Validator.isValid(visits.dropFirst(3)))
        #expect(String(decoding: visits.dropFirst(3), as: UTF8.self)
            .hasPrefix(SampleVisitsFile.header.joined(separator: ",") + "\r\n"))

        let receivables = try run.bytes("receivables.csv")
        #expect(receivables.starts(with: Array("invoice_no;customer_id;invoice_date;amount;received;due_date;kind;volume\n".utf8)))
        #expect(!receivables.contains(0x0D), "receivables.csv has LF line ends only")

        let contracts = try run.bytes("contracts.csv")
        #expect(contracts.starts(with: [0xFF, 0xFE]))
        let contractText = try #require(Self.convert(Array(contracts.dropFirst(2)), from: "UTF-16LE"))
        #expect(contractText.hasPrefix("contract_no\tcustomer_id\ttype\tsigned_date\tstart_date\tend_date\r\n"))

        // The program's own reader finds the same.
        let expected: [String: (TextEncoding, Bool, UInt8)] = [
            "customers.csv": (.gb18030, false, UInt8(ascii: ",")),
            "visits.csv": (.utf8, true, UInt8(ascii: ",")),
            "receivables.csv": (.utf8, false, UInt8(ascii: ";")),
            "contracts.csv": (.utf16LittleEndian, true, 0x09),
            "evaluations.csv": (.utf8, true, UInt8(ascii: ",")),
        ]
        for file in run.summary.files {
            let reader = try CSVReader(path: run.path(file.name), displayName: file.name)
            let (encoding, bom, delimiter) = try #require(expected[file.name])
            #expect(reader.format.encoding == encoding, "\(file.name)")
            #expect(reader.format.hasByteOrderMark == bom, "\(file.name)")
            #expect(reader.format.delimiter == delimiter, "\(file.name)")
            #expect(file.encoding == encoding && file.byteOrderMark == bom && file.delimiter == delimiter)
        }
        #expect(try CSVReader(path: run.path("receivables.csv"), displayName: "receivables.csv").format.mixedEncodings)
    }

    @Test func headersAreTheSpecNames() throws {
        let run = try SampleRun.small()
        let spec: [String: [String]] = [
            "customers.csv": ["客户编号", "客户名称", "客户状态", "客户类别", "业务员", "部门", "关系状态", "建档日期",
                              "首笔业务日期", "公司规模", "资信状况", "货量规模", "行业影响力", "地址", "电话", "传真",
                              "email", "网址", "负责人", "联系人", "资本额", "成立日期", "占地面积", "营业额", "银行讯息",
                              "资源状况", "目前的物流供应商", "主要物流需求", "其他", "客户来源"],
            "visits.csv": ["客户编号", "拜访日期", "业务员", "拜访方式", "会谈地址", "同行人员", "客户会谈人", "职务", "电话",
                           "预计沟通内容", "实际沟通内容", "下一步计划", "是否需要公司其他部门支持", "备注", "审批人", "审批日期"],
            "receivables.csv": ["invoice_no", "customer_id", "invoice_date", "amount", "received", "due_date", "kind", "volume"],
            "contracts.csv": ["contract_no", "customer_id", "type", "signed_date", "start_date", "end_date"],
            "evaluations.csv": ["客户编号", "评估人", "评估部门", "评估日期", "公司规模", "资信状况", "货量规模", "行业影响力"],
        ]
        for name in SampleGenerator.fileNames {
            let table = try run.table(name)
            #expect(table.header == spec[name], "\(name)")
            #expect(run.summary.file(name)?.header == spec[name], "\(name)")
        }
    }

    // MARK: Content of a small sample

    @Test func smallSampleShowsEveryStatusTierAndVisitType() throws {
        let run = try SampleRun.small()
        let customers = try run.table("customers.csv").goodRows(run.summary)
        #expect(customers.count == 60)
        let statuses = Set(customers.compactMap { CustomerStatus(text: $0["客户状态"]) })
        #expect(statuses == Set(CustomerStatus.allCases))
        #expect(customers.allSatisfy { CustomerStatus(text: $0["客户状态"]) != nil })
        let statusTexts = Set(customers.map { $0["客户状态"] })
        #expect(statusTexts.contains("签约") && statusTexts.contains("signed"), "Chinese and English values mixed")
        let tiers = Set(customers.compactMap { Tier(text: $0["客户类别"]) })
        #expect(tiers == Set(Tier.allCases))
        #expect(customers.contains { $0["客户类别"].isEmpty })
        #expect(customers.contains { Relationship(text: $0["关系状态"]) == .abnormal })
        #expect(customers.allSatisfy { Relationship(text: $0["关系状态"]) != nil })
        #expect(customers.contains { $0["业务员"].isEmpty })
        #expect(Set(customers.map { $0["业务员"] }).count >= 8)
        #expect(Set(customers.map { $0["部门"] }).filter { !$0.isEmpty }.count == 3)
        let lastQuarter = Quarter(year: 2026, number: 3)
        #expect(customers.contains { DateParser.parse($0["建档日期"]).map { $0 >= lastQuarter.firstDay } == true })
        #expect(customers.contains { !$0["首笔业务日期"].isEmpty })

        let visits = try run.table("visits.csv").goodRows(run.summary)
        let types = Set(visits.compactMap { VisitType(text: $0["拜访方式"]) })
        #expect(types == [.onSite, .phone, .other])
        #expect(visits.allSatisfy { VisitType(text: $0["拜访方式"]) != nil })
        #expect(visits.contains { $0["审批人"].isEmpty }, "some visits await approval")
        #expect(visits.contains { $0["备注"].contains("\n") }, "a multi-line remark")

        let receivables = try run.table("receivables.csv").goodRows(run.summary)
        let kinds = Set(receivables.compactMap { ReceivableKind(text: $0["kind"]) })
        #expect(kinds == [.invoice, .advance])
        let contracts = try run.table("contracts.csv").goodRows(run.summary)
        let contractTypes = Set(contracts.compactMap { ContractType(text: $0["type"]) })
        #expect(contractTypes == [.contract, .longTermAgreement])
        #expect(contracts.contains { $0["end_date"].isEmpty }, "an open-ended agreement")
    }

    @Test func scoresIncludeTheTierBoundariesAndUnscoredCustomers() throws {
        let run = try SampleRun.small()
        let customers = try run.table("customers.csv").goodRows(run.summary)
        var rounded: [Int64?] = []
        let indicators = ["公司规模", "资信状况", "货量规模", "行业影响力"]
        for row in customers {
            let scores = indicators.map { ExactDecimal(parsing: row[$0]) }
            if scores.contains(where: { $0 == nil }) {
                rounded.append(nil)
                continue
            }
            // Σ weight × score in hundredths, weights 25/30/30/15 out of 100, rounded half-up.
            let sum = zip([25, 30, 30, 15], scores).reduce(Int64(0)) { $0 + Int64($1.0) * ($1.1?.units(atScale: 2) ?? 0) }
            for score in scores { #expect(score.map { $0 >= ExactDecimal(0) && $0 <= ExactDecimal(100) } == true) }
            rounded.append((sum + 50) / 100)
        }
        #expect(rounded.contains(8500), "a score of exactly 85.00")
        #expect(rounded.contains(6000), "a score of exactly 60.00")
        #expect(rounded.contains(8501), "85.005 rounds up to 85.01")
        #expect(rounded.contains(nil), "an unscored customer")
        #expect(customers.contains { row in indicators.contains { row[$0].split(separator: ".").last?.count == 2 } },
                "scores with two decimals")
    }

    @Test func goodRowsReadCleanlyWithExactAmounts() throws {
        let run = try SampleRun.small()
        let customerIDs = Set(try run.table("customers.csv").goodRows(run.summary).map { $0["客户编号"] })
        #expect(customerIDs.count == 60)
        let through = SampleGenerator.defaultThrough
        let visits = try run.table("visits.csv").goodRows(run.summary)
        #expect(run.summary.file("visits.csv")?.goodRows == visits.count)
        for visit in visits {
            let date = DateParser.parse(visit["拜访日期"])
            // The six months asked, then the review month up to the day before the review date.
            #expect(date.map { $0 < run.summary.reviewDate && $0.yearMonth >= through.adding(months: -5) } == true, "\(visit["拜访日期"])")
            #expect(customerIDs.contains(visit["客户编号"]))
            #expect(!visit["业务员"].isEmpty)
        }
        let receivables = try run.table("receivables.csv").goodRows(run.summary)
        #expect(run.summary.file("receivables.csv")?.goodRows == receivables.count)
        var invoiced = Money.zero
        var received = Money.zero
        var shapes: Set<String> = []
        for row in receivables {
            let amount = try AmountParser.parse(row["amount"]).get()
            let paid = row["received"].isEmpty ? .zero : try AmountParser.parse(row["received"]).get()
            invoiced += amount
            received += paid
            #expect(amount.fen >= 0 ? paid <= amount : paid == amount)
            #expect(DateParser.parse(row["invoice_date"]).map { $0 < run.summary.reviewDate } == true)
            if !row["due_date"].isEmpty { #expect(DateParser.parse(row["due_date"]) != nil) }
            #expect(customerIDs.contains(row["customer_id"]))
            let a = row["amount"]
            shapes.insert(a.hasPrefix("¥") ? "¥" : a.hasPrefix("￥") ? "￥" : a.hasSuffix("元") ? "元" : a.contains(",") ? "," : "plain")
        }
        #expect(invoiced == run.summary.invoiced)
        #expect(received == run.summary.received)
        #expect(shapes == ["¥", "￥", "元", ",", "plain"])
        let dates = receivables.map { $0["invoice_date"] }
        #expect(dates.contains { $0.contains("年") } && dates.contains { $0.contains("/") } && dates.contains { $0.contains(":") })
        #expect(dates.contains { $0.count == 8 && !$0.contains("-") } && dates.contains { $0.contains(".") })

        let contracts = try run.table("contracts.csv").goodRows(run.summary)
        var numbers: Set<String> = []
        for row in contracts {
            #expect(customerIDs.contains(row["customer_id"]))
            #expect(numbers.insert(row["contract_no"]).inserted)
            let start = try #require(DateParser.parse(row["start_date"]))
            if let end = DateParser.parse(row["end_date"]) { #expect(end >= start) }
        }
        let invoiceNumbers = receivables.map { $0["invoice_no"] }
        #expect(Set(invoiceNumbers).count == invoiceNumbers.count)
    }

    @Test func someCustomersFallShortOfTheVisitMinimumsAndSomeInvoicesStayOpen() throws {
        let run = try SampleRun.small()
        let through = SampleGenerator.defaultThrough
        let customers = try run.table("customers.csv").goodRows(run.summary)
        var onSite: [String: Int] = [:]
        for visit in try run.table("visits.csv").goodRows(run.summary)
        where VisitType(text: visit["拜访方式"]) == .onSite && DateParser.parse(visit["拜访日期"])?.yearMonth == through {
            onSite[visit["客户编号"], default: 0] += 1
        }
        let signedAB = customers.filter {
            CustomerStatus(text: $0["客户状态"]) == .signed && Tier(text: $0["客户类别"]).map { $0 != .c } == true
        }
        #expect(signedAB.contains { onSite[$0["客户编号"], default: 0] >= 2 }, "some signed A/B customers get two visits")
        #expect(signedAB.contains { onSite[$0["客户编号"], default: 0] < 2 }, "some fall short")

        var old = (open: 0, all: 0)
        var recent = (open: 0, all: 0)
        for row in try run.table("receivables.csv").goodRows(run.summary) {
            let amount = try AmountParser.parse(row["amount"]).get()
            let paid = row["received"].isEmpty ? .zero : try AmountParser.parse(row["received"]).get()
            let month = try #require(DateParser.parse(row["invoice_date"])).yearMonth
            if month <= through.adding(months: -3) {
                old.all += 1
                if paid < amount { old.open += 1 }
            } else if month == through {
                recent.all += 1
                if paid < amount { recent.open += 1 }
            }
        }
        #expect(old.open > 0, "some receivables over three months")
        #expect(old.open * 4 < old.all, "old invoices are mostly paid")
        #expect(recent.open * 2 > recent.all, "the last month's are mostly open")
    }

    // MARK: Bad rows

    @Test func badRowsAreWhereTheSummarySays() throws {
        let run = try SampleRun.small()
        #expect(run.summary.badRows.count == 32)
        for file in run.summary.files {
            let table = try run.table(file.name)
            let bad = run.summary.badRows.filter { $0.file == file.name }
            #expect(bad.count == file.badRows)
            let lastLine = table.records.map(\.line).max() ?? 0
            for row in bad {
                let record = try #require(table.records.first { $0.line == row.line }, "\(file.name) line \(row.line)")
                #expect(row.line < lastLine, "\(file.name) line \(row.line) is not at the end")
                switch row.problem {
                case .strayQuote, .wrongFieldCount, .foreignEncoding:
                    #expect(record.problem == row.problem, "\(file.name) line \(row.line)")
                default:
                    #expect(record.problem == nil, "\(file.name) line \(row.line)")
                    let column = try #require(row.column.flatMap { table.header.firstIndex(of: $0) })
                    #expect(record.fields[column] == row.value, "\(file.name) line \(row.line)")
                }
                if case .strayQuote = row.problem, let column = row.column.flatMap({ table.header.firstIndex(of: $0) }) {
                    #expect(record.problem == .strayQuote && record.problemField == column)
                }
                if case .duplicateCustomer(let firstLine) = row.problem {
                    let original = try #require(table.records.first { $0.line == firstLine })
                    #expect(original.fields[0] == record.fields[0])
                }
                if case .duplicateInvoice(let firstLine) = row.problem {
                    let original = try #require(table.records.first { $0.line == firstLine })
                    #expect(original.fields[0] == record.fields[0])
                }
            }
            // Nothing else is wrong with the file's shape or bytes.
            let badLines = Set(bad.map(\.line))
            for record in table.records where !badLines.contains(record.line) {
                #expect(record.problem == nil, "\(file.name) line \(record.line)")
            }
        }
        let kinds = Set(run.summary.badRows.map(\.problem.code))
        for code in ["not_a_date", "not_an_amount", "amount_too_precise", "score_out_of_range", "unknown_customer",
                     "duplicate_customer", "duplicate_invoice", "visit_after_as_of", "wrong_field_count",
                     "not_a_status", "not_a_tier", "stray_quote", "mixed_encoding"] {
            #expect(kinds.contains(code), "a bad row of kind \(code)")
        }
        #expect(run.summary.badRows.contains { $0.value == "1,5" } && run.summary.badRows.contains { $0.value == "abc" })
        #expect(run.summary.badRows.contains { $0.problem == .visitAfterAsOf(asOf: CalendarDate(year: 2026, month: 11, day: 15)!) })
    }

    @Test func badRowsAreTheSameHandfulWhateverTheSize() throws {
        let small = try SampleRun(customers: 60, months: 6, seed: 3)
        let larger = try SampleRun(customers: 700, months: 3, seed: 3)
        let tiny = try SampleRun(customers: 1, months: 1, seed: 3)
        func kinds(_ run: SampleRun) -> [String] { run.summary.badRows.map { $0.file + " " + $0.problem.code } }
        #expect(kinds(small) == kinds(larger))
        #expect(kinds(small) == kinds(tiny))
        // The tiny sample still reads: every bad row is where the summary says.
        for row in tiny.summary.badRows {
            #expect(try tiny.table(row.file).records.contains { $0.line == row.line })
        }
    }

    // MARK: Files and arguments

    @Test func createsTheFolderAndLeavesNoTemporaryFiles() throws {
        let base = try SampleRun.temporaryDirectory()
        let folder = base + "/nested/sample"
        let summary = try SampleGenerator(customers: 5, months: 2, seed: 1).write(to: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == SampleGenerator.fileNames.sorted())
        #expect(summary.files.map(\.name) == SampleGenerator.fileNames)
        // Writing again replaces the files in place.
        _ = try SampleGenerator(customers: 5, months: 2, seed: 2).write(to: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names)
    }

    @Test func refusesImpossibleSizes() throws {
        let folder = try SampleRun.temporaryDirectory()
        #expect(throws: ReviewError.self) { try SampleGenerator(customers: 0, months: 6, seed: 1).write(to: folder) }
        #expect(throws: ReviewError.self) { try SampleGenerator(customers: 10, months: 0, seed: 1).write(to: folder) }
        do {
            _ = try SampleGenerator(customers: -1, months: 6, seed: 1).write(to: folder)
            Issue.record("a negative size was accepted")
        } catch let error as ReviewError {
            #expect(error.kind.exitStatus == 64)
        }
    }

    @Test func aFolderThatCannotBeMadeIsAnOutputError() throws {
        let base = try SampleRun.temporaryDirectory()
        let blocker = base + "/not-a-folder"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        do {
            _ = try SampleGenerator(customers: 5, months: 1, seed: 1).write(to: blocker + "/sample")
            Issue.record("wrote into a folder below a file")
        } catch let error as ReviewError {
            #expect(error.kind.exitStatus == 73)
            #expect(error.message.contains("not-a-folder"))
        }
    }

    @Test func dataEndsWithTheLastMonthAsked() throws {
        let folder = try SampleRun.temporaryDirectory()
        let through = YearMonth(year: 2025, month: 3)
        let summary = try SampleGenerator(customers: 30, months: 2, seed: 5, through: through).write(to: folder)
        #expect(summary.firstMonth == YearMonth(year: 2025, month: 2))
        #expect(summary.reviewDate == CalendarDate(year: 2025, month: 4, day: 15))
        let table = try SampleTable(path: folder + "/receivables.csv", name: "receivables.csv")
        let months = Set(table.goodRows(summary).compactMap { DateParser.parse($0["invoice_date"])?.yearMonth })
        #expect(months == [YearMonth(year: 2025, month: 2), through, YearMonth(year: 2025, month: 4)])
        let april = table.goodRows(summary).compactMap { DateParser.parse($0["invoice_date"]) }.filter { $0.yearMonth.month == 4 }
        #expect(april.allSatisfy { $0.day < 15 })
    }

    /// Issue 12: the demo is full at every documented date — the weekly agenda as of the
    /// review date (and a few days later) shows real progress in the review month.
    @Test(arguments: ["2026-11-15", "2026-11-20"])
    func weeklyAgendaOfTheSampleShowsTheMonthsProgress(asOf: String) throws {
        let run = try SampleRun.small()
        let out = try TemporaryFolder("sample-weekly")
        let result = try runBinary(["weekly", "--data", run.folder, "--as-of", asOf, "--out", out.path, "--formats", "json",
                                    "--history", out.file("history")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("no visits") && !result.stderr.contains("no invoices"), "\(result.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".json") })
        let json = try JSONSerialization.jsonObject(with: out.read(name)) as? [String: Any]
        let total = json?["total_pace"] as? [String: Any]
        #expect((total?["counted"] as? Int ?? 0) > 0, "\(String(describing: total))")
    }

    static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        guard let handle = iconv_open("UTF-8", encoding), Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let ok = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return result != -1 ? outRaw.count - outLeft : -1
            }
        }
        guard ok >= 0 else { return nil }
        return String(decoding: output[0..<ok], as: UTF8.self)
    }
}

/// One generated sample in a fresh temporary folder.
struct SampleRun {
    let folder: String
    let summary: SampleSummary

    init(customers: Int, months: Int, seed: UInt64) throws {
        folder = try Self.temporaryDirectory()
        summary = try SampleGenerator(customers: customers, months: months, seed: seed).write(to: folder)
    }

    /// 60 customers over 6 months: the size the content tests use.
    static func small() throws -> SampleRun { try SampleRun(customers: 60, months: 6, seed: 20_261_115) }

    func path(_ name: String) -> String { folder + "/" + name }

    func bytes(_ name: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(name)) else {
            throw ReviewError.input("\(name): missing")
        }
        return [UInt8](data)
    }

    func table(_ name: String) throws -> SampleTable { try SampleTable(path: path(name), name: name) }

    static func temporaryDirectory() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/sample-test-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw ReviewError.output("cannot make a temporary folder")
        }
        return String(cString: made)
    }
}

/// A CSV file as the program's reader sees it.
struct SampleTable {
    struct Record {
        let line: Int
        let fields: [String]
        let problem: DataProblem?
        let problemField: Int?
    }

    struct Row {
        let header: [String]
        let fields: [String]
        subscript(_ column: String) -> String { header.firstIndex(of: column).map { fields[$0] } ?? "" }
    }

    let name: String
    let header: [String]
    let records: [Record]

    init(path: String, name: String) throws {
        self.name = name
        var records: [Record] = []
        try CSVReader(path: path, displayName: name).read { record in
            records.append(Record(line: record.line, fields: record.strings, problem: record.problem,
                                  problemField: record.problemField))
        }
        header = records.first?.fields ?? []
        self.records = Array(records.dropFirst())
    }

    /// The data rows that are not deliberately bad.
    func goodRows(_ summary: SampleSummary) -> [Row] {
        let bad = Set(summary.badRows.filter { $0.file == name }.map(\.line))
        return records.filter { !bad.contains($0.line) }.map { Row(header: header, fields: $0.fields) }
    }
}
