import Foundation

/// Reads a written workbook back with an independent reader — openpyxl, plus Python's zipfile
/// for what openpyxl does not load (charts, zip entry dates, raw XML) — and decodes what it
/// found. The Python comes from `CUSTOMER_REVIEW_PYTHON`, else the package's `.build-python`
/// (`make test-deps`); without it the reading test fails and says so.
struct XlsxReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Book: Decodable {
        let sheets: [Sheet]
        let formulaCells: Int
        let rawFormulaTags: Int
        let charts: [Chart]
        let zipDates: [String]
        let properties: Properties
        let raw: [String: String]

        func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    }

    struct Sheet: Decodable {
        let name: String
        let cells: [String: Cell]
        let freeze: String?
        let autofilter: String?
        let validations: [Validation]
        let conditional: [Conditional]
        let widths: [String: Double]
        let print: Print
        let maxRow: Int

        func value(_ reference: String) -> Value? { cells[reference]?.value }
    }

    struct Cell: Decodable {
        let value: Value
        /// openpyxl's data type: `s` string, `n` number, `b` boolean, `d` date, `f` formula.
        let type: String
        let format: String
        let quotePrefix: Bool
    }

    enum Value: Decodable, Equatable {
        case text(String)
        case number(Double)
        case bool(Bool)
        case none

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .none }
            else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .text(try container.decode(String.self)) }
        }

        var text: String? { if case .text(let value) = self { value } else { nil } }
        var number: Double? { if case .number(let value) = self { value } else { nil } }
    }

    struct Validation: Decodable, Equatable {
        let type: String
        let sqref: String
        let formula1: String?
        let formula2: String?
        let `operator`: String?
    }

    struct Conditional: Decodable, Equatable {
        let sqref: String
        let type: String
        let formulas: [String]
        let hasFill: Bool
    }

    struct Print: Decodable, Equatable {
        let orientation: String?
        let paperSize: String?
        let fitToWidth: Int?
        let fitToHeight: Int?
        let fitToPage: Bool
        let titleRows: String?
        let titleColumns: String?
        let rowBreaks: [Int]
    }

    struct Chart: Decodable {
        let path: String
        let kinds: [String]
        let barDirection: String?
        let grouping: String?
        let title: String
        let seriesNames: [String]
        let references: [String]
        let axisTitles: [String]
        let axisFormats: [String]
        let reversedAxis: Bool
        let showPercent: Bool
        let hasLegend: Bool
    }

    struct Properties: Decodable {
        let title: String?
        let creator: String?
        let created: String?
        let company: String?
    }

    static func python() throws -> String {
        if let configured = ProcessInfo.processInfo.environment["CUSTOMER_REVIEW_PYTHON"], !configured.isEmpty {
            return configured
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let local = packageRoot.appendingPathComponent(".build-python/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: local) else {
            throw Failure(description: "no Python with openpyxl: set CUSTOMER_REVIEW_PYTHON or run `make test-deps`")
        }
        return local
    }

    static func read(_ path: String) throws -> Book {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try python())
        process.arguments = ["-c", script, path]
        let (data, errors) = try runCapturingOutput(process)
        let errorText = String(decoding: errors, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "reader failed on '\(path)' (status \(process.terminationStatus)): \(errorText)")
        }
        return try JSONDecoder().decode(Book.self, from: data)
    }

    private static let script = #"""
import sys, json, re, zipfile, datetime
import openpyxl

path = sys.argv[1]
book = openpyxl.load_workbook(path)

def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value

sheets = []
formula_cells = 0
for ws in book.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            if c.data_type == 'f':
                formula_cells += 1
            cells[c.coordinate] = {"value": plain(c.value), "type": c.data_type,
                                   "format": c.number_format, "quotePrefix": bool(c.quotePrefix)}
    validations = [{"type": dv.type, "sqref": str(dv.sqref), "formula1": dv.formula1,
                    "formula2": dv.formula2, "operator": dv.operator}
                   for dv in ws.data_validations.dataValidation]
    conditional = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            fill = rule.dxf.fill if rule.dxf is not None else None
            conditional.append({"sqref": str(cf.sqref), "type": rule.type,
                                "formulas": list(rule.formula or []), "hasFill": fill is not None})
    widths = {key: dim.width for key, dim in ws.column_dimensions.items() if dim.width}
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    printing = {"orientation": setup.orientation, "paperSize": None if setup.paperSize is None else str(setup.paperSize),
                "fitToWidth": setup.fitToWidth, "fitToHeight": setup.fitToHeight,
                "fitToPage": bool(fit is not None and fit.fitToPage), "titleRows": ws.print_title_rows,
                "titleColumns": ws.print_title_cols, "rowBreaks": [b.id for b in ws.row_breaks.brk]}
    sheets.append({"name": ws.title, "cells": cells, "freeze": ws.freeze_panes,
                   "autofilter": ws.auto_filter.ref, "validations": validations,
                   "conditional": conditional, "widths": widths, "print": printing, "maxRow": ws.max_row})

archive = zipfile.ZipFile(path)
raw = {}
raw_formulas = 0
for name in archive.namelist():
    if name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml" or name == "docProps/app.xml":
        text = archive.read(name).decode("utf-8")
        raw[name] = text
        if name.startswith("xl/worksheets/sheet"):
            raw_formulas += len(re.findall(r"<f[ >]", text))

def texts(xml):
    return "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml))

charts = []
for name in sorted(n for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)):
    xml = archive.read(name).decode("utf-8")
    plot = xml[xml.find("<c:plotArea>"):]
    title_xml = xml[:xml.find("<c:plotArea>")]
    series = re.findall(r"<c:ser>(.*?)</c:ser>", xml, re.S)
    names = [m for s in series for m in re.findall(r"<c:tx>.*?<c:v>([^<]*)</c:v>", s, re.S)]
    axes = re.findall(r"<c:(?:catAx|valAx)>(.*?)</c:(?:catAx|valAx)>", xml, re.S)
    bar = re.search(r'<c:barDir val="(\w+)"/>', xml)
    grouping = re.search(r'<c:grouping val="(\w+)"/>', xml)
    charts.append({"path": name, "kinds": re.findall(r"<c:(\w+Chart)>", plot),
                   "barDirection": bar.group(1) if bar else None,
                   "grouping": grouping.group(1) if grouping else None,
                   "title": texts(title_xml), "seriesNames": names,
                   "references": re.findall(r"<c:f>([^<]*)</c:f>", xml),
                   "axisTitles": [texts(a) for a in axes],
                   "axisFormats": [m for a in axes for m in re.findall(r'<c:numFmt formatCode="([^"]*)"', a)],
                   "reversedAxis": '<c:orientation val="maxMin"/>' in xml,
                   "showPercent": '<c:showPercent val="1"/>' in xml,
                   "hasLegend": "<c:legend>" in xml})

dates = sorted({"%04d-%02d-%02d %02d:%02d:%02d" % info.date_time for info in archive.infolist()})
app = raw.get("docProps/app.xml", "")
company = re.search(r"<Company>([^<]*)</Company>", app)
props = book.properties
json.dump({"sheets": sheets, "formulaCells": formula_cells, "rawFormulaTags": raw_formulas,
           "charts": charts, "zipDates": dates,
           "properties": {"title": props.title, "creator": props.creator,
                          "created": props.created.isoformat() if props.created else None,
                          "company": company.group(1) if company else None},
           "raw": raw}, sys.stdout)
"""#
}
