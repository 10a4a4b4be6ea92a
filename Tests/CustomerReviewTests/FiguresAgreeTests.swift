import Foundation
import Testing
@testable import CustomerReview

/// Issue 12, point 6: every total states what it counts, so the charts add up to the headline.
@Suite("Figures agree: tier charts name what they leave out, policy changes read as elsewhere")
struct FiguresAgreeTests {
    static let sample = (repositoryRoot as NSString).appendingPathComponent("sample-data")

    @Test func tierChartsSayHowManyEliminatedCustomersTheyLeaveOut() throws {
        let out = try TemporaryFolder("figures")
        for command in ["monthly", "quarterly"] {
            let result = try runBinary([command, "--data", Self.sample, "--as-of", "2026-11-15", "--out", out.path,
                                        "--history", out.file("history"), "--formats", "html,xlsx,json", "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let monthly = try JSONSerialization.jsonObject(with: out.read("monthly-2026-10.json")) as? [String: Any]
        let totals = monthly?["totals"] as? [String: Any]
        let byTier = (totals?["by_tier"] as? [String: Int] ?? [:]).values.reduce(0, +)
        let eliminated = (totals?["by_status"] as? [String: Int])?["eliminated"] ?? 0
        #expect(eliminated > 0)
        #expect(byTier + eliminated == totals?["customers"] as? Int)
        let note = "不含已淘汰客户 \(eliminated) 家"
        #expect(section("chart-tiers", of: try String(contentsOfFile: out.file("monthly-2026-10.html"), encoding: .utf8)).contains(note))
        #expect(try String(contentsOfFile: out.file("quarterly-2026Q3.html"), encoding: .utf8).contains(note))
        let book = try XlsxReader.read(out.file("monthly-2026-10.xlsx"))
        #expect(book.charts.contains { $0.title.contains(note) }, "\(book.charts.map(\.title))")
    }

    /// Issue 15, point 1: the tier mix before and after the quarter is the report's, so the
    /// JSON, the page and the workbook show the same counts, and they add up from the customers.
    @Test func quarterlyTierMixIsTheSameInEveryFormat() throws {
        let out = try TemporaryFolder("tier-mix")
        let result = try runBinary(["quarterly", "--data", Self.sample, "--as-of", "2026-11-15", "--out", out.path,
                                    "--history", out.file("history"), "--formats", "html,xlsx,json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: out.read("quarterly-2026Q3.json")) as? [String: Any]
        let mix = try #require(json?["tier_mix"] as? [String: Any])
        let tiers = try #require(mix["tiers"] as? [[String: Any]])
        let customers = try #require(json?["customers"] as? [[String: Any]]).filter { $0["status"] as? String != "eliminated" }
        #expect(mix["customers"] as? Int == customers.count)
        let page = try String(contentsOfFile: out.file("quarterly-2026Q3.html"), encoding: .utf8)
        let book = try XlsxReader.read(out.file("quarterly-2026Q3.xlsx"))
        let summary = try #require(book.sheet("汇总"))
        for entry in tiers {
            let tier = entry["tier"] as? String
            let before = try #require(entry["before"] as? Int), after = try #require(entry["after"] as? Int)
            #expect(before == customers.filter { $0["previous_tier"] as? String == tier }.count)
            #expect(after == customers.filter { $0["snapshot_tier"] as? String == tier }.count)
            #expect(section("chart-tier-mix", of: page, to: "</svg>").contains(">\(before) → \(after)<"))
            // The summary's line of the tier: its name, the count after, "before → after".
            let line = summary.cells.first { reference, cell in
                let row = reference.drop { $0.isLetter }
                return cell.value.text == "\(before) → \(after)" && summary.value("A\(row)")?.text == (tier ?? "未分类")
            }
            #expect(line != nil, "\(tier ?? "nil") \(before) → \(after)")
        }
    }

    @Test func quarterlyPolicyChangesGroupMoneyAndShowPerCent() throws {
        let out = try TemporaryFolder("policy-lines")
        let result = try runBinary(["quarterly", "--data", Self.sample, "--as-of", "2026-11-15", "--out", out.path,
                                    "--history", out.file("history"), "--formats", "html", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: out.file("quarterly-2026Q3.html"), encoding: .utf8)
        #expect(page.contains("资信额度 500,000.00 → ") || page.contains("资信额度 100,000.00 → "))
        #expect(page.contains("% → "))
        #expect(!page.contains("0.008 → ") && !page.contains("500000.00"))
    }
}

/// Issue 12, point 4: the pages fit — headers wrap so wide lists stay in their card, and on a
/// phone every list row is stacked with each value under its column's title.
@Suite("Pages fit a wide screen and a phone")
struct PagesFitTests {
    @Test(arguments: ["quarterly", "weekly"])
    func everyListCellCarriesItsColumnTitleAndPhonesStackTheRows(command: String) throws {
        let out = try TemporaryFolder("fit")
        let result = try runBinary([command, "--data", FiguresAgreeTests.sample, "--as-of", "2026-11-15", "--out", out.path,
                                    "--history", out.file("history"), "--formats", "html", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".html") })
        let page = try String(contentsOfFile: out.file(name), encoding: .utf8)
        #expect(occurrences(of: "<td ", in: page) > 0)
        #expect(occurrences(of: "<td ", in: page) == occurrences(of: "data-label=\"", in: page))
        let key = command == "quarterly" ? "data-label=\"调整\"" : "data-label=\"建议理由\""
        #expect(page.contains(key))
        #expect(page.contains("@media screen and (max-width: 640px)"))
        #expect(page.contains(".list thead { display: none; }"))
        #expect(page.contains("th { white-space: normal; }"))
    }
}
