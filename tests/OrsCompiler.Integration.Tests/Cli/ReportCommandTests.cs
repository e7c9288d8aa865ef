using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Cli.Input;
using OrsCompiler.Integration.Tests.MSBuild;
using OrsCompiler.Integration.Tests.Support;
using OrsCompiler.Reporting;

namespace OrsCompiler.Integration.Tests.Cli;

/// <summary>
/// <c>orsc report</c> over the example strategies, a Composer-shaped project and two broken documents, opened in real
/// headless Chromium: the page renders, every row and diagram is there, the severity filter hides rows, no console
/// error, nothing fetched from anywhere but the file itself.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orsc-report-").FullName;
    private readonly List<string> _documents = new();

    public ReportCommandTests()
    {
        var root = DotNet.RepositoryRoot();
        foreach (var example in Directory.GetFiles(Path.Combine(root, "examples", "RoutingStrategies", "Strategies"), "*.scxml"))
        {
            _documents.Add(example);
        }

        _documents.Add(Path.Combine(root, "tests", "OrsCompiler.Core.Tests", "TestDocuments", "Reporting", "Composer", "IPD_Graph.scxml"));

        // Errors but a chart: still drawn. Not XML: diagnostics only.
        var unresolved = Path.Combine(_folder, "unresolved.scxml");
        File.WriteAllText(unresolved, "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" initial=\"a\">\n" +
                                      "  <state id=\"a\">\n    <transition event=\"go\" target=\"nowhere\"/>\n  </state>\n</scxml>\n");
        var notXml = Path.Combine(_folder, "notxml.scxml");
        File.WriteAllText(notXml, "not XML at all\n");
        _documents.Add(unresolved);
        _documents.Add(notXml);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int ExitCode, string Error, string Html) Report(string dotProgram = GraphvizRenderer.DefaultProgram)
    {
        var output = Path.Combine(_folder, "out", "report.html");
        var error = new StringWriter();
        var exitCode = CommandRunner.Run(() => ReportCommand.Run(_documents, output, new ReportSettings(false, true, dotProgram), new AnalysisOptionsProvider(), error));
        return (exitCode, error.ToString(), File.ReadAllText(output));
    }

    [Fact]
    public void The_report_renders_in_headless_chromium_with_every_document_diagram_and_working_filters()
    {
        var (exitCode, error, _) = Report();
        Assert.Equal(ExitCodes.Errors, exitCode);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        var path = Path.Combine(_folder, "out", "report.html");

        var analyses = _documents.Select(d => DocumentAnalyzer.AnalyzeFile(d)).ToList();
        var withChart = analyses.Count(a => a.Chart != null);
        var withErrors = analyses.Count(a => a.HasErrors);
        Assert.InRange(withErrors, 2, analyses.Count - 1);

        using var browser = HeadlessChromium.Start();
        browser.Navigate(new Uri(path).AbsoluteUri);
        Assert.Equal("true", (string?)browser.Evaluate("document.body.getAttribute('data-ready')"));
        Assert.Equal(_documents.Count, (int)browser.Evaluate("document.querySelectorAll('#summary tbody tr').length")!);
        Assert.Equal(withChart, (int)browser.Evaluate("document.querySelectorAll('section.document .diagram svg').length")!);

        // Every inline SVG is laid out with its states: rendered, not just present.
        Assert.Equal(withChart, (int)browser.Evaluate(
            "Array.from(document.querySelectorAll('section.document .diagram svg')).filter(s => s.getBoundingClientRect().width > 50 && s.querySelectorAll('g.node').length > 0).length")!);
        Assert.Equal(_documents.Count, (int)browser.Evaluate(VisibleRows)!);

        // Clicking away warnings and infos leaves the documents with errors.
        browser.Evaluate("document.getElementById('severity-warning').click(); document.getElementById('severity-info').click(); true");
        Assert.Equal(withErrors, (int)browser.Evaluate(VisibleRows)!);
        Assert.Equal(0, (int)browser.Evaluate(
            "Array.from(document.querySelectorAll('tr.diagnostic')).filter(r => r.offsetParent !== null && r.getAttribute('data-severity') !== 'error').length")!);
        var shot = browser.Screenshot();
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "report-errors-only.png"), shot);
        AssertPng(shot, (int)browser.Evaluate("window.innerWidth")!);

        // Every diagnostic has a rule link and, where the file can be read, a source excerpt.
        Assert.Equal(0, (int)browser.Evaluate("Array.from(document.querySelectorAll('tr.diagnostic')).filter(r => !r.querySelector('a.rule[href$=\".md\"]')).length")!);
        Assert.True((int)browser.Evaluate("document.querySelectorAll('tr.diagnostic pre.excerpt .target').length")! > 0);

        // A rule filter in the address (a new load: a changed fragment alone would not reload the page).
        browser.Navigate("about:blank");
        browser.Navigate(new Uri(path).AbsoluteUri + "#rule=ORS4005");
        var withRule = analyses.Count(a => a.Diagnostics.Any(d => d.Id == "ORS4005"));
        Assert.InRange(withRule, 1, analyses.Count - 1);
        Assert.Equal(withRule, (int)browser.Evaluate(VisibleRows)!);
        Assert.Equal("ORS4005", (string?)browser.Evaluate("document.getElementById('rule').value"));

        Assert.Empty(browser.Errors);
        Assert.All(browser.RequestedUrls, u => Assert.StartsWith("file://", u, StringComparison.Ordinal));
        shot = browser.Screenshot();
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "report-rule-ORS4005.png"), shot);
        AssertPng(shot, (int)browser.Evaluate("window.innerWidth")!);
    }

    [Fact]
    public void The_browser_harness_sees_console_errors_and_blocked_requests()
    {
        // The check above must be able to fail: a page with an error and a fetch the report's policy would block.
        var page = Path.Combine(_folder, "broken.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'\">" +
                                "</head><body><img src=\"http://127.0.0.1:9/x.png\"><script>console.error('broken'); missingFunction();</script></body></html>");
        using var browser = HeadlessChromium.Start();
        browser.Navigate(new Uri(page).AbsoluteUri);
        var errors = browser.Errors;
        Assert.Contains(errors, e => e.Contains("broken", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missingFunction", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_with_errors_keep_their_diagnostics_and_a_diagram_when_a_chart_was_built()
    {
        var (_, _, html) = Report();
        var unresolved = Section(html, "unresolved");
        Assert.Contains("<svg", unresolved, StringComparison.Ordinal);
        Assert.Contains("data-severity=\"error\"", unresolved, StringComparison.Ordinal);
        Assert.Contains("nowhere", unresolved, StringComparison.Ordinal);

        var notXml = Section(html, "notxml");
        Assert.DoesNotContain("<svg", notXml, StringComparison.Ordinal);
        Assert.Contains("data-severity=\"error\"", notXml, StringComparison.Ordinal);
        Assert.Contains("not compiled", html, StringComparison.Ordinal);

        // Compiled documents show the blob's size and SHA-256.
        Assert.Matches("<code title=\"[0-9a-f]{64}\">", html);
    }

    [Fact]
    public void A_missing_dot_is_one_clear_warning_and_the_report_carries_the_dot_text()
    {
        var (exitCode, error, html) = Report("/nonexistent/graphviz/dot");
        Assert.Equal(ExitCodes.Errors, exitCode);
        var warning = Assert.Single(error.Split('\n'), l => l.StartsWith("orsc: warning:", StringComparison.Ordinal));
        Assert.Contains("'/nonexistent/graphviz/dot' was not found", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"dot\">digraph ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_composer_workflow_of_150_blocks_gets_its_svg_in_the_report_not_the_dot_text()
    {
        var large = Path.Combine(_folder, "Flat150.scxml");
        File.WriteAllText(large, Core.Tests.Reporting.LargeComposerWorkflow.Create(150));
        _documents.Clear();
        _documents.Add(large);
        var (_, error, html) = Report();
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        var section = Section(html, "Flat150");
        Assert.Contains("<svg", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre class=\"dot\">", section, StringComparison.Ordinal);
        Assert.Contains("<title>Block149</title>", section, StringComparison.Ordinal);
    }

    private const string VisibleRows = "Array.from(document.querySelectorAll('#summary tbody tr')).filter(r => getComputedStyle(r).display !== 'none').length";

    private static string Section(string html, string name)
    {
        var start = html.IndexOf($"{name} <span class=\"verdict", StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        return html.Substring(start, html.IndexOf("</section>", start, StringComparison.Ordinal) - start);
    }

    // A PNG as wide as the window (less a scroll bar): nothing (table, diagram) pushes the page wider.
    private static void AssertPng(byte[] png, int pageWidth)
    {
        Assert.True(png.Length > 10_000, $"screenshot of {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(1280, pageWidth);
        Assert.InRange(width, pageWidth - 20, pageWidth);
    }
}
