using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Reporting;

/// <summary>
/// Writes the HTML report: one self-contained file (inline style, script and SVG; a Content-Security-Policy that
/// forbids every fetch) with a summary table, each document's diagram and diagnostics, and filters by severity and
/// rule. The filters can be preset from the address: <c>report.html#severity=error,warning&amp;rule=ORS4005</c>.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ReportDocument> documents, string title = "OrsCompiler report")
    {
        var w = output;
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<title>" + E(title) + "</title>\n<style>\n" + Style + "</style>\n</head>\n<body>\n");
        w.Write("<h1>" + E(title) + "</h1>\n");
        w.Write(string.Format(CultureInfo.InvariantCulture,
            "<p class=\"totals\">{0} document(s), {1} error(s), {2} warning(s), {3} info(s).</p>\n",
            documents.Count, documents.Sum(d => d.Errors), documents.Sum(d => d.Warnings), documents.Sum(d => d.Infos)));
        WriteFilters(w, documents);
        WriteSummary(w, documents);
        for (var i = 0; i < documents.Count; i++)
        {
            WriteDocument(w, documents[i], i + 1);
        }

        w.Write("<script>\n" + Script + "</script>\n</body>\n</html>\n");
    }

    private static void WriteFilters(TextWriter w, IReadOnlyList<ReportDocument> documents)
    {
        w.Write("<form id=\"filters\" onsubmit=\"return false\">\n<fieldset><legend>Severity</legend>\n");
        foreach (var severity in new[] { "error", "warning", "info" })
        {
            w.Write($"<label><input type=\"checkbox\" name=\"severity\" value=\"{severity}\" id=\"severity-{severity}\" checked> {severity}s</label>\n");
        }

        w.Write("</fieldset>\n<fieldset><legend>Rule</legend>\n<select id=\"rule\" name=\"rule\">\n<option value=\"\">all rules</option>\n");
        var rules = documents.SelectMany(d => d.Diagnostics).Select(d => d.Diagnostic.Descriptor)
            .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, System.StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            w.Write($"<option value=\"{E(rule.Id)}\">{E(rule.Id)}: {E(rule.Title)}</option>\n");
        }

        w.Write("</select>\n</fieldset>\n<p id=\"shown\" aria-live=\"polite\"></p>\n</form>\n");
    }

    private static void WriteSummary(TextWriter w, IReadOnlyList<ReportDocument> documents)
    {
        w.Write("<table id=\"summary\">\n<thead><tr><th>Document</th><th>Errors</th><th>Warnings</th><th>Infos</th>" +
                "<th>Restart safety</th><th>Blob size</th><th>Blob SHA-256</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var n = i + 1;
            w.Write($"<tr class=\"doc\" id=\"row-{n}\" data-doc=\"{n}\"{FilterData(d)}>");
            w.Write($"<td><a href=\"#doc-{n}\">{E(d.Name)}</a></td>");
            w.Write($"<td class=\"count{(d.Errors > 0 ? " has-error" : "")}\">{d.Errors}</td>");
            w.Write($"<td class=\"count{(d.Warnings > 0 ? " has-warning" : "")}\">{d.Warnings}</td>");
            w.Write($"<td class=\"count\">{d.Infos}</td>");
            w.Write($"<td><span class=\"verdict {VerdictClass(d.Verdict)}\">{E(VerdictText(d.Verdict))}</span></td>");
            w.Write(d.BlobSize is { } size ? $"<td class=\"count\">{size.ToString("N0", CultureInfo.InvariantCulture)} B</td>" : "<td class=\"none\">not compiled</td>");
            w.Write(d.BlobSha256 is { } hash ? $"<td><code title=\"{E(hash)}\">{E(hash.Substring(0, 16))}\u2026</code></td>" : "<td class=\"none\">-</td>");
            w.Write("</tr>\n");
        }

        w.Write("</tbody>\n</table>\n");
    }

    private static void WriteDocument(TextWriter w, ReportDocument d, int n)
    {
        w.Write($"<section class=\"document\" id=\"doc-{n}\" data-doc=\"{n}\"{FilterData(d)}>\n");
        w.Write($"<h2>{E(d.Name)} <span class=\"verdict {VerdictClass(d.Verdict)}\">{E(VerdictText(d.Verdict))}</span></h2>\n");
        w.Write($"<p class=\"path\">{E(d.DisplayPath)}</p>\n");
        w.Write("<div class=\"diagram\">\n");
        if (d.Svg != null)
        {
            w.Write(d.Svg);
            w.Write('\n');
        }
        else
        {
            if (d.DiagramNote != null)
            {
                w.Write($"<p class=\"note\">{E(d.DiagramNote)}</p>\n");
            }

            if (d.Dot != null)
            {
                w.Write($"<details><summary>DOT source</summary><pre class=\"dot\">{E(d.Dot)}</pre></details>\n");
            }
        }

        w.Write("</div>\n");
        if (d.Diagnostics.Count == 0)
        {
            w.Write("<p class=\"clean\">No diagnostics.</p>\n");
        }
        else
        {
            w.Write("<table class=\"diagnostics\">\n<thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Message and source</th></tr></thead>\n<tbody>\n");
            foreach (var r in d.Diagnostics)
            {
                var diagnostic = r.Diagnostic;
                var severity = SeverityName(diagnostic.Severity);
                var start = diagnostic.Location.Start;
                w.Write($"<tr class=\"diagnostic\" data-severity=\"{severity}\" data-rule=\"{E(diagnostic.Id)}\">");
                w.Write($"<td><span class=\"severity {severity}\">{severity}</span></td>");
                w.Write($"<td><a class=\"rule\" href=\"{E(diagnostic.Descriptor.HelpUri)}\" title=\"{E(diagnostic.Descriptor.Title)}\">{E(diagnostic.Id)}</a></td>");
                w.Write($"<td class=\"where\">{E(r.DisplayPath)}({start.Line},{start.Column})</td>");
                w.Write($"<td><div class=\"message\">{E(diagnostic.Message)}</div>");
                if (r.Excerpt.Count > 0)
                {
                    w.Write("<pre class=\"excerpt\">");
                    foreach (var line in r.Excerpt)
                    {
                        var cls = line.IsTarget ? " class=\"target\"" : "";
                        w.Write($"<span{cls}><span class=\"ln\">{line.Number,5} </span>{E(line.Text)}</span>\n");
                    }

                    w.Write("</pre>");
                }

                w.Write("</td></tr>\n");
            }

            w.Write("</tbody>\n</table>\n");
        }

        w.Write("</section>\n");
    }

    // What the filters match a document by: the severities and rules of its diagnostics.
    private static string FilterData(ReportDocument d)
    {
        var severities = d.Diagnostics.Select(r => SeverityName(r.Diagnostic.Severity)).Distinct().OrderBy(s => s, System.StringComparer.Ordinal);
        var rules = d.Diagnostics.Select(r => r.Diagnostic.Id).Distinct().OrderBy(s => s, System.StringComparer.Ordinal);
        return $" data-severities=\"{string.Join(" ", severities)}\" data-rules=\"{E(string.Join(" ", rules))}\"";
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string VerdictClass(RestartSafetyVerdict verdict) => verdict switch
    {
        RestartSafetyVerdict.Safe => "safe",
        RestartSafetyVerdict.AtRisk => "at-risk",
        RestartSafetyVerdict.Unsafe => "unsafe",
        _ => "not-checked",
    };

    private static string VerdictText(RestartSafetyVerdict verdict) => verdict switch
    {
        RestartSafetyVerdict.Safe => "restart-safe",
        RestartSafetyVerdict.AtRisk => "restart risks",
        RestartSafetyVerdict.Unsafe => "restart-unsafe",
        _ => "not checked",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = @"body { font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 1.5em; color: #212121; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5em 0; } th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } td.count { text-align: right; } td.none { color: #888; }
.has-error { color: #b71c1c; font-weight: bold; } .has-warning { color: #e65100; font-weight: bold; }
.verdict { padding: 1px 6px; border-radius: 3px; font-size: 0.9em; }
.verdict.safe { background: #e8f5e9; color: #1b5e20; } .verdict.at-risk { background: #fff3e0; color: #e65100; }
.verdict.unsafe { background: #ffebee; color: #b71c1c; } .verdict.not-checked { background: #eeeeee; color: #555; }
.severity.error { color: #b71c1c; font-weight: bold; } .severity.warning { color: #e65100; } .severity.info { color: #1565c0; }
.path, .where { color: #555; font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; }
table.diagnostics { table-layout: fixed; width: 100%; } table.diagnostics td { overflow-wrap: anywhere; }
table.diagnostics th:nth-child(1) { width: 6em; } table.diagnostics th:nth-child(2) { width: 6em; } table.diagnostics th:nth-child(3) { width: 22%; }
pre.excerpt { margin: 4px 0 0; padding: 4px; background: #fafafa; border: 1px solid #eee; overflow-x: auto; }
pre.excerpt .target { background: #fff8e1; display: inline-block; min-width: 100%; } .ln { color: #999; }
.diagram { overflow: auto; max-height: 80vh; border: 1px solid #eee; padding: 4px; } .diagram svg { max-width: 100%; height: auto; }
.note { color: #555; font-style: italic; } form fieldset { display: inline-block; margin-right: 1em; }
[hidden] { display: none !important; }
";

    private const string Script = @"(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[name=severity]'));
  var rule = document.getElementById('rule');
  function chosenSeverities() { return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }); }
  function apply() {
    var severities = chosenSeverities();
    var ruleId = rule.value;
    var everything = severities.length === boxes.length && ruleId === '';
    var shownDocs = {};
    Array.prototype.forEach.call(document.querySelectorAll('section.document'), function (section) {
      var any = false;
      Array.prototype.forEach.call(section.querySelectorAll('tr.diagnostic'), function (row) {
        var show = severities.indexOf(row.getAttribute('data-severity')) >= 0 && (ruleId === '' || row.getAttribute('data-rule') === ruleId);
        row.hidden = !show;
        any = any || show;
      });
      var showDoc = everything || any;
      section.hidden = !showDoc;
      shownDocs[section.getAttribute('data-doc')] = showDoc;
    });
    var rows = document.querySelectorAll('#summary tr.doc');
    var visible = 0;
    Array.prototype.forEach.call(rows, function (row) {
      row.hidden = !shownDocs[row.getAttribute('data-doc')];
      if (!row.hidden) { visible++; }
    });
    document.getElementById('shown').textContent = visible + ' of ' + rows.length + ' document(s) shown';
    document.body.setAttribute('data-visible-rows', String(visible));
  }
  function fromHash() {
    var hash = window.location.hash.replace(/^#/, '');
    if (hash.indexOf('=') < 0) { return; }
    hash.split('&').forEach(function (part) {
      var pair = part.split('=');
      var value = decodeURIComponent(pair[1] || '');
      if (pair[0] === 'severity') {
        var wanted = value.split(',');
        boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
      } else if (pair[0] === 'rule') {
        rule.value = value;
      }
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  rule.addEventListener('change', apply);
  fromHash();
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
";
}
