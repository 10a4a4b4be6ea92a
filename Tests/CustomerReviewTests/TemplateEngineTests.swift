import Foundation
import Testing
@testable import CustomerReview

// MARK: Helpers

/// Renders `page` of a set made from `templates`.
private func render(_ templates: [String: String], _ context: TemplateValue = [:], page: String = "page") throws -> String {
    try TemplateSet(templates: templates).render(page, context)
}

/// Renders a one-template set.
private func render(_ source: String, _ context: TemplateValue = [:]) throws -> String {
    try render(["page": source], context)
}

/// The error that loading or rendering throws, or nil when it succeeds.
private func failure(
    _ templates: [String: String], _ context: TemplateValue = [:], page: String = "page",
    limits: TemplateLimits = .standard
) -> TemplateError? {
    do {
        _ = try TemplateSet(templates: templates, limits: limits).render(page, context)
        return nil
    } catch {
        return error
    }
}

private func failure(_ source: String, _ context: TemplateValue = [:]) -> TemplateError? {
    failure(["page": source], context)
}

// MARK: Escaping

@Test(arguments: [
    ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;"),
])
func escapesEachSpecialCharacter(character: String, escaped: String) throws {
    #expect(HTMLEscaping.escape(character) == escaped)
    #expect(HTMLEscaping.escape("a\(character)b\(character)") == "a\(escaped)b\(escaped)")
    #expect(try render("[{{v}}]", ["v": .text(character)]) == "[\(escaped)]")
}

@Test func escapesHostileValues() throws {
    let script = "<script>alert('x')</script>"
    #expect(HTMLEscaping.escape(script) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
    #expect(try render("<p>{{v}}</p>", ["v": .text(script)]) == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>")
    let attribute = "\" onload=\"x"
    #expect(try render("<img alt=\"{{v}}\">", ["v": .text(attribute)]) == "<img alt=\"&quot; onload=&quot;x\">")
    #expect(try render("<img alt='{{v}}'>", ["v": "' onload='x"]) == "<img alt='&#39; onload=&#39;x'>")
}

@Test func escapingKeepsOtherTextAsItIs() throws {
    #expect(HTMLEscaping.escape("") == "")
    #expect(HTMLEscaping.escape("客户 A类 ¥1,234.50 {{x}}") == "客户 A类 ¥1,234.50 {{x}}")
    #expect(HTMLEscaping.escape("深圳<物流>&\u{1F69A}") == "深圳&lt;物流&gt;&amp;\u{1F69A}")
    #expect(try render("{{v}}", ["v": "a{{b}}c"]) == "a{{b}}c")
}

@Test func trustedHTMLPassesThrough() throws {
    let chart = TrustedHTML(trustedMarkup: "<svg><text x=\"1\">A&amp;B</text></svg>")
    #expect(try render("<div>{{chart}}</div>", ["chart": .html(chart)]) == "<div><svg><text x=\"1\">A&amp;B</text></svg></div>")
    let label = TrustedHTML(trustedMarkup: "<b>") + TrustedHTML(escaping: "<i>") + TrustedHTML(trustedMarkup: "</b>")
    #expect(try render("{{l}}", ["l": .html(label)]) == "<b>&lt;i&gt;</b>")
}

@Test func nullOutputsNothing() throws {
    #expect(try render("[{{score}}]", ["score": .null]) == "[]")
    #expect(try render("[{{score}}]", ["score": TemplateValue(nil)]) == "[]")
    #expect(try render("[{{score}}]", ["score": TemplateValue("85.00")]) == "[85.00]")
}

// MARK: Sections

@Test func eachRendersElementsAsScope() throws {
    let source = "{{#each rows}}{{@index}}/{{@number}}:{{name}}{{#if @first}}(first){{/if}}{{#unless @last}}, {{/unless}}{{/each}}"
    let context: TemplateValue = ["rows": [["name": "甲"], ["name": "乙"], ["name": "<丙>"]]]
    #expect(try render(source, context) == "0/1:甲(first), 1/2:乙, 2/3:&lt;丙&gt;")
}

@Test func eachOverTextsUsesThis() throws {
    #expect(try render("{{#each flags}}[{{this}}|{{.}}]{{/each}}", ["flags": ["a&b", "c"]]) == "[a&amp;b|a&amp;b][c|c]")
}

@Test func eachElseRendersForEmptyListOrNull() throws {
    let source = "{{#each rows}}{{name}}{{else}}none{{/each}}"
    #expect(try render(source, ["rows": []]) == "none")
    #expect(try render(source, ["rows": .null]) == "none")
    #expect(try render(source, ["rows": [["name": "x"]]]) == "x")
}

@Test(arguments: [
    (TemplateValue.bool(true), true), (.bool(false), false), (.text("x"), true), (.text(""), false),
    (.list(["a"]), true), (.list([]), false), (.object([:]), true), (.null, false),
    (.html(TrustedHTML(trustedMarkup: "<br>")), true), (.html(TrustedHTML(trustedMarkup: "")), false),
])
func ifFollowsTruthiness(value: TemplateValue, truthy: Bool) throws {
    #expect(try render("{{#if v}}yes{{else}}no{{/if}}", ["v": value]) == (truthy ? "yes" : "no"))
    #expect(try render("{{#unless v}}yes{{else}}no{{/unless}}", ["v": value]) == (truthy ? "no" : "yes"))
    #expect(try render("{{#if v}}yes{{/if}}", ["v": value]) == (truthy ? "yes" : ""))
}

@Test func partialsIncludeTemplatesOfTheSet() throws {
    let templates = [
        "page": "<table>{{#each customers}}{{> row}}{{/each}}</table>{{> footer.html}}",
        "row": "<tr><td>{{name}}</td><td>{{tier}}</td><td>{{title}}</td></tr>",
        "footer.html": "<p>{{> note totals}}</p>",
        "note": "{{count}} customers",
    ]
    let context: TemplateValue = [
        "title": "月报", "totals": ["count": "2"],
        "customers": [["name": "甲", "tier": "A"], ["name": "乙", "tier": "B"]],
    ]
    #expect(
        try render(templates, context)
            == "<table><tr><td>甲</td><td>A</td><td>月报</td></tr><tr><td>乙</td><td>B</td><td>月报</td></tr></table><p>2 customers</p>")
}

@Test func lookupWalksOutwardAndInnerScopesShadow() throws {
    let source = """
        {{#each groups}}{{#each members}}{{name}}@{{group}}/{{report}};{{/each}}{{/each}}
        """
    let context: TemplateValue = [
        "report": "R", "name": "outer",
        "groups": [
            ["group": "g1", "members": [["name": "a"], ["name": "b", "group": "own"]]],
            ["group": "g2", "members": [["name": "c"]]],
        ],
    ]
    #expect(try render(source, context) == "a@g1/R;b@own/R;c@g2/R;")
}

@Test func dottedPathsAndNesting() throws {
    let source = "{{#if customer.contract}}{{#each customer.flags}}{{customer.name}}:{{this}} {{/each}}{{/if}}"
    let context: TemplateValue = ["customer": ["name": "甲", "contract": true, "flags": ["abnormal", "over_limit"]]]
    #expect(try render(source, context) == "甲:abnormal 甲:over_limit ")
}

@Test func whitespaceInsideTagsIsFreeAndCommentsVanish() throws {
    let source = "{{  name }}|{{#each\n  rows }}{{ . }}{{/each}}|{{! note }}{{!-- has }} inside --}}|{{#if   ok  }}y{{ else }}n{{/if}}"
    #expect(try render(source, ["name": "n", "rows": ["1", "2"], "ok": true]) == "n|12||y")
}

@Test func setIsParsedOnceAndRenderedManyTimes() throws {
    let set = try TemplateSet(templates: ["page": "{{#each rows}}<li>{{name}}</li>{{/each}}", "other": "{{x}}"])
    #expect(set.names == ["other.html", "page.html"])
    #expect(set.contains("page") && set.contains("page.html") && !set.contains("row"))
    #expect(try set.render("page", ["rows": [["name": "a"]]]) == "<li>a</li>")
    #expect(try set.render("page.html", ["rows": [["name": "b"], ["name": "c"]]]) == "<li>b</li><li>c</li>")
    #expect(throws: TemplateError.self) { try set.render("page", ["rows": [["nome": "d"]]]) }
    #expect(try set.render("page", ["rows": []]) == "")
}

@Test func rendersThousandsOfRows() throws {
    let rows = (0..<5000).map { i -> TemplateValue in
        ["id": .text("C\(i)"), "name": .text("客户<\(i)>"), "amount": "1,234.50", "abnormal": .bool(i % 7 == 0)]
    }
    let set = try TemplateSet(templates: [
        "page": "<table>{{#each rows}}{{> row}}{{/each}}</table>",
        "row": "<tr class=\"{{#if abnormal}}warn{{/if}}\"><td>{{@number}}</td><td>{{id}}</td><td>{{name}}</td><td>{{amount}}</td></tr>\n",
    ])
    let clock = ContinuousClock()
    var html = ""
    let elapsed = try clock.measure { html = try set.render("page", ["rows": .list(rows)]) }
    #expect(html.components(separatedBy: "<tr").count == 5001)
    #expect(html.contains("<td>5000</td><td>C4999</td><td>客户&lt;4999&gt;</td>"))
    #expect(elapsed < .seconds(5))
}

// MARK: Errors at load

@Test func missingTemplateIsNamed() throws {
    let error = failure(["page": "x"], page: "monthly")
    #expect(error?.kind == .templateNotFound)
    #expect(error?.template == "monthly.html")
    #expect(error?.description == "template 'monthly.html' not found in memory")
}

@Test func unclosedSectionNamesItsOpeningLine() throws {
    let error = failure("<p>\n{{#each rows}}\n{{#if x}}\n{{/if}}\n")
    #expect(error?.kind == .syntax)
    #expect(error?.template == "page.html")
    #expect(error?.line == 2)
    #expect(error?.description == "page.html line 2: '{{#each rows}}' is not closed: '{{/each}}' is missing")
}

@Test func mismatchedCloseNamesBothTags() throws {
    let error = failure("{{#each rows}}\n\n{{#if a}}x{{/each}}")
    #expect(error?.line == 3)
    #expect(error?.description == "page.html line 3: '{{/each}}' does not close '{{#if a}}' opened on line 3")
    #expect(failure("a\n{{/if}}")?.description == "page.html line 2: '{{/if}}' closes nothing: no section is open")
}

@Test(arguments: [
    ("{{foo bar}}", "unknown tag '{{foo bar}}'"),
    ("{{a..b}}", "unknown tag '{{a..b}}'"),
    ("{{@count}}", "unknown tag '{{@count}}'"),
    ("{{}}", "empty tag '{{}}'"),
    ("{{ }}", "empty tag '{{}}'"),
    ("{{#with x}}{{/with}}", "unknown section '{{#with x}}'; the sections are '#each', '#if' and '#unless'"),
    ("{{#if}}", "'{{#if}}' needs a value name, as in '{{#if customers}}'"),
    ("{{#if a b}}", "'{{#if a b}}' takes one value name"),
    ("{{#each a+b}}", "'a+b' in '{{#each a+b}}' is not a value name"),
    ("{{/with}}", "unknown closing tag '{{/with}}'; the closing tags are '{{/each}}', '{{/if}}' and '{{/unless}}'"),
    ("{{else}}", "'{{else}}' outside a section; it belongs in '{{#if}}', '{{#unless}}' or '{{#each}}'"),
    ("{{#if a}}{{else}}{{else}}{{/if}}", "a second '{{else}}' in '{{#if a}}' opened on line 2"),
    ("{{>}}", "'{{>}}' needs a template name, as in '{{> row}}'"),
    ("{{> ../etc/passwd}}", "'../etc/passwd' in '{{> ../etc/passwd}}' is not a template name"),
])
func unknownOrMalformedTagsAreSyntaxErrors(source: String, message: String) throws {
    let error = failure("line one\n" + source)
    #expect(error?.kind == .syntax)
    #expect(error?.template == "page.html")
    #expect(error?.line == 2)
    #expect(error?.message == message)
}

@Test func unescapedOutputSyntaxIsRefused() throws {
    for source in ["{{{html}}}", "{{& html}}"] {
        let error = failure(source, ["html": "<b>"])
        #expect(error?.kind == .syntax)
        #expect(error?.message.contains("every value is escaped") == true)
    }
}

@Test func unterminatedTagNamesItsLine() throws {
    let error = failure("a\r\nb\rc\n<p>{{ customer.name </p>\n\n")
    #expect(error?.kind == .syntax)
    #expect(error?.line == 4)
    #expect(error?.description == "page.html line 4: unterminated tag '{{ customer.name </p>  ': no '}}' after it")
    #expect(failure("{{!-- a }}\n")?.description == "page.html line 1: unterminated comment '{{!--': no '--}}' after it")
}

@Test func linesCountAcrossMultilineTags() throws {
    let error = failure("{{!-- one\ntwo\nthree --}}\n{{#each\nrows}}{{nope}}{{/each}}", ["rows": [["a": "1"]]])
    #expect(error?.line == 5)
    #expect(error?.message == "no value named 'nope'")
}

@Test func missingPartialIsFoundAtLoad() throws {
    let error = failure(["page": "x", "monthly": "<h1>\n{{#if a}}\n{{> summry}}{{/if}}"], page: "page")
    #expect(error?.kind == .partialNotFound)
    #expect(error?.template == "monthly.html")
    #expect(error?.line == 3)
    #expect(error?.description == "monthly.html line 3: partial 'summry.html' not found in memory")
}

@Test func sectionsNestedTooDeepAreRefusedAtLoad() throws {
    let source = String(repeating: "{{#if a}}\n", count: 101) + String(repeating: "{{/if}}", count: 101)
    let error = failure(source)
    #expect(error?.kind == .tooDeep)
    #expect(error?.line == 101)
    let fine = String(repeating: "{{#if a}}", count: 100) + "x" + String(repeating: "{{/if}}", count: 100)
    #expect(try render(fine, ["a": true]) == "x")
}

@Test func sameNameTwiceIsRefused() throws {
    #expect(failure(["row": "a", "row.html": "b"])?.description == "template 'row.html' is given twice in memory")
}

// MARK: Errors at render

@Test func missingValueNamesTemplateAndLine() throws {
    let source = "<h1>{{title}}</h1>\n\n{{#each customers}}\n<td>{{custmer.name}}</td>{{/each}}"
    let context: TemplateValue = ["title": "t", "customers": [["customer": ["name": "甲"]]]]
    let error = failure(["monthly": source], context, page: "monthly")
    #expect(error?.kind == .valueNotFound)
    #expect(error?.template == "monthly.html")
    #expect(error?.line == 4)
    #expect(error?.description == "monthly.html line 4: no value named 'custmer.name'")
}

@Test func missingFieldOfFoundValueSaysWhich() throws {
    let context: TemplateValue = ["customer": ["name": "甲", "score": .null]]
    #expect(failure("{{customer.nmae}}", context)?.message == "no value named 'customer.nmae' ('customer' has no 'nmae')")
    #expect(failure("{{customer.score.value}}", context)?.message == "no value named 'customer.score.value' ('customer.score' is null)")
    #expect(failure("{{#if missing}}x{{/if}}")?.message == "no value named 'missing'")
    #expect(failure("{{#each missing}}x{{/each}}")?.kind == .valueNotFound)
}

@Test func missingValueInPartialNamesThePartial() throws {
    let error = failure(["page": "{{#each rows}}{{> row}}{{/each}}", "row": "<tr>\n<td>{{nmae}}</td>"], ["rows": [["name": "a"]]])
    #expect(error?.description == "row.html line 2: no value named 'nmae'")
}

@Test func thisLooksOnlyInTheCurrentScope() throws {
    let error = failure("{{#each rows}}{{this.title}}{{/each}}", ["title": "t", "rows": [["name": "a"]]])
    #expect(error?.message == "no value named 'this.title'")
}

@Test func loopVariablesOutsideEachAreErrors() throws {
    let error = failure("\n{{@index}}")
    #expect(error?.kind == .valueNotFound)
    #expect(error?.line == 2)
    #expect(error?.message == "no value named '@index': it exists only inside '{{#each}}'")
}

@Test func valuesOfTheWrongKindAreErrors() throws {
    let context: TemplateValue = ["rows": ["a"], "customer": ["name": "x"], "ok": true, "name": "n"]
    #expect(failure("{{rows}}", context)?.message == "'rows' is a list, not text; use '{{#each rows}}'")
    #expect(failure("{{customer}}", context)?.message == "'customer' is an object, not text; output one of its fields, as in '{{customer.name}}'")
    #expect(failure("{{ok}}", context)?.message == "'ok' is true/false, not text; use '{{#if ok}}'")
    #expect(failure("{{#each rows}}{{@first}}{{/each}}", context)?.kind == .wrongKind)
    let error = failure("\n{{#each name}}{{/each}}", context)
    #expect(error?.kind == .wrongKind)
    #expect(error?.line == 2)
    #expect(error?.message == "'name' is text, not a list, so '{{#each}}' cannot go through it")
}

@Test func recursivePartialsHitTheDepthLimit() throws {
    let direct = failure(["page": "<p>{{> loop}}</p>", "loop": "x\n{{> loop}}"])
    #expect(direct?.kind == .tooDeep)
    #expect(direct?.template == "loop.html")
    #expect(direct?.line == 2)
    #expect(direct?.message.hasPrefix("partials nested more than 32 deep") == true)
    let mutual = failure(["page": "{{> a}}", "a": "{{#if x}}{{> b}}{{/if}}", "b": "{{#each items}}{{> a}}{{/each}}"],
                         ["x": true, "items": ["1"]])
    #expect(mutual?.kind == .tooDeep)
    let tight = failure(["page": "{{> a}}", "a": "{{#if x}}{{#if x}}{{> a}}{{/if}}{{/if}}"], ["x": true],
                        limits: TemplateLimits(maximumRenderDepth: 10))
    #expect(tight?.kind == .tooDeep)
    #expect(tight?.message.hasPrefix("sections and partials nested more than 10 deep") == true)
}

@Test func recursionEndedByDataRenders() throws {
    let templates = ["page": "{{> node tree}}", "node": "({{name}}{{#each children}}{{> node}}{{/each}})"]
    let tree: TemplateValue = ["name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]], ["name": "d", "children": []]]]
    #expect(try render(templates, ["tree": tree]) == "(a(b(c))(d))")
}

@Test func workThatMultipliesIsStopped() throws {
    let doubling = (0..<30).map { i in ("p\(i)", "{{> p\(i + 1)}}{{> p\(i + 1)}}") }
    var templates = Dictionary(uniqueKeysWithValues: doubling)
    templates["p30"] = "x"
    templates["page"] = "{{> p0}}"
    let error = failure(templates, limits: TemplateLimits(maximumSteps: 100_000))
    #expect(error?.kind == .tooMuchWork)
    #expect(error?.line != nil)

    let loops = String(repeating: "{{#each l}}", count: 60) + String(repeating: "{{/each}}", count: 60)
    let looping = failure(["page": loops], ["l": ["a", "b"]], limits: TemplateLimits(maximumSteps: 100_000))
    #expect(looping?.kind == .tooMuchWork)

    let big = failure(["page": "{{#each l}}{{#each l}}{{#each l}}{{v}}{{/each}}{{/each}}{{/each}}"],
                      ["l": .list(Array(repeating: "a", count: 100)), "v": .text(String(repeating: "y", count: 1000))],
                      limits: TemplateLimits(maximumOutputBytes: 1_000_000))
    #expect(big?.kind == .tooMuchWork)
}

/// Random templates from a small alphabet of tag fragments: each either renders or throws a
/// `TemplateError`; none crashes or hangs.
@Test func randomTemplatesNeverCrash() throws {
    let pieces = [
        "{{", "}}", "{", "}", "{{#each l}}", "{{#if a}}", "{{#unless a}}", "{{/each}}", "{{/if}}",
        "{{/unless}}", "{{else}}", "{{> page}}", "{{> other}}", "{{a}}", "{{l}}", "{{@index}}",
        "{{this}}", "{{!", "--}}", "{{!-- ", "\n", "\r", "x", "é", "{{{a}}}", "{{&", "{{ a.b }}",
        "{{#each", "{{/", "{{>", " ", "@", ".", "{{.}}", "{{@last}}",
    ]
    var generator = SplitMix64(seed: 2026)
    let context: TemplateValue = ["a": true, "l": ["1", "2"], "b": "t"]
    let limits = TemplateLimits(maximumSteps: 50_000)
    var rendered = 0
    for _ in 0..<3000 {
        let length = Int(generator.next() % 24)
        let source = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        do {
            _ = try TemplateSet(templates: ["page": source, "other": "{{#each l}}{{> page}}{{/each}}"], limits: limits)
                .render("page", context)
            rendered += 1
        } catch {
            #expect(error.line != nil || error.kind == .templateNotFound)
        }
    }
    #expect(rendered > 0)
}

private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// MARK: Folders

@Test func loadsAFolderOfTemplates() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try write("\u{FEFF}<h1>{{title}}</h1>{{> row}}", to: folder + "/monthly.html")
    try write("<p>{{title}}</p>", to: folder + "/row.html")
    try write("not a template {{", to: folder + "/notes.txt")
    try FileManager.default.createDirectory(atPath: folder + "/old.html", withIntermediateDirectories: false)
    let set = try TemplateSet(directory: folder)
    #expect(set.names == ["monthly.html", "row.html"])
    #expect(try set.render("monthly", ["title": "A&B"]) == "<h1>A&amp;B</h1><p>A&amp;B</p>")
    do {
        _ = try set.render("weekly", [:])
        Issue.record("expected an error")
    } catch {
        #expect(error.description == "template 'weekly.html' not found in \(folder)")
    }
}

@Test func folderErrorsNameTheFileAndLine() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: TemplateError.self) { try TemplateSet(directory: folder + "/missing") }
    do {
        _ = try TemplateSet(directory: folder + "/missing")
    } catch {
        #expect(error.kind == .folderUnreadable)
        #expect(error.description == "template folder '\(folder)/missing' does not exist")
    }
    try write("ok\n{{#if a}}", to: folder + "/weekly.html")
    do {
        _ = try TemplateSet(directory: folder)
        Issue.record("expected an error")
    } catch {
        #expect(error.description == "weekly.html line 2: '{{#if a}}' is not closed: '{{/if}}' is missing")
    }
    try FileManager.default.removeItem(atPath: folder + "/weekly.html")
    try Data([0x61, 0x0A, 0x62, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder + "/bad.html"))
    do {
        _ = try TemplateSet(directory: folder)
        Issue.record("expected an error")
    } catch {
        #expect(error.kind == .unreadable)
        #expect(error.description == "bad.html line 2: not valid UTF-8; save the template as UTF-8")
    }
}

private func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}
