using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace OrsCompiler.Analyzers.Tests;

public sealed class OrsDocumentAnalyzerTests
{
    private const string Dir = AnalyzerRunner.ProjectDirectory;

    private const string Clean = """
        <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" initial="a">
          <state id="a"><transition event="go" target="b"/></state>
          <final id="b"/>
        </scxml>
        """;

    // Line 2 closes <scxml> while <state> is open: ORS1001 at the end tag.
    private const string Malformed = """
        <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0">
          <state id="a">
        </scxml>
        """;

    // The root is <html>: ORS1010 at the root's name, line 1 column 2 (1-based) = 0-based (0,1).
    private const string WrongRoot = """
        <html xmlns="http://www.w3.org/1999/xhtml">
          <body/>
        </html>
        """;

    // An ORS document that does not handle session.restarted: ORS4005 unless switchover restarts are not expected.
    private const string NoRestartHandler = """
        <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" profile="ecmascript" initial="waiting">
          <state id="waiting">
            <transition event="interaction.added" target="done"/>
          </state>
          <final id="done"/>
        </scxml>
        """;

    [Fact]
    public async Task Clean_document_reports_nothing()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { (Dir + "Clean.scxml", Clean) });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Reports_catalog_id_severity_and_zero_based_position_in_the_additional_file()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { (Dir + "Root.scxml", WrongRoot) });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ORS1010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Dir + "Root.scxml", span.Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 1), span.StartLinePosition);
        Assert.Equal("html", WrongRoot.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(OrsCompiler.Diagnostics.DiagnosticCatalog.RootNotScxml.HelpUri, diagnostic.Descriptor.HelpLinkUri);
        Assert.Contains("<html>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Malformed_xml_is_reported_where_the_parser_stopped()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { (Dir + "Bad.scxml", Malformed) });

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "ORS1001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Only_scxml_additional_files_are_analysed()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { (Dir + "notes.xml", WrongRoot), (Dir + "Clean.scxml", Clean) });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Editorconfig_severity_of_the_file_applies()
    {
        var editorConfig = """
            root = true

            [*.scxml]
            dotnet_diagnostic.ORS1010.severity = warning

            [legacy/*.scxml]
            dotnet_diagnostic.ORS1010.severity = none
            """;
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { (Dir + "Root.scxml", WrongRoot), (Dir + "legacy/Old.scxml", WrongRoot) },
            new[] { (Dir + ".editorconfig", editorConfig) });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ORS1010", diagnostic.Id);
        Assert.Equal(Dir + "Root.scxml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public async Task Globalconfig_severity_applies_through_the_compiler()
    {
        var globalConfig = """
            is_global = true
            dotnet_diagnostic.ORS1010.severity = warning
            """;
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { (Dir + "Root.scxml", WrongRoot) },
            new[] { (Dir + "ors.globalconfig", globalConfig) });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public async Task Server_options_come_from_build_properties_and_editorconfig()
    {
        var document = new[] { (Dir + "Voice.scxml", NoRestartHandler) };

        var byDefault = await AnalyzerRunner.RunAsync(document);
        var fromProperty = await AnalyzerRunner.RunAsync(document, buildProperties: new Dictionary<string, string> { ["OrsRestartOnSwitchover"] = "false" });
        var fromEditorConfig = await AnalyzerRunner.RunAsync(
            document,
            new[] { (Dir + ".editorconfig", "root = true\n[*.scxml]\norsc_restart_on_switchover = false\n") },
            new Dictionary<string, string> { ["OrsRestartOnSwitchover"] = "true" });

        Assert.Contains(byDefault, d => d.Id == "ORS4005" && d.Severity == DiagnosticSeverity.Warning);
        Assert.DoesNotContain(fromProperty, d => d.Id == "ORS4005");
        Assert.DoesNotContain(fromEditorConfig, d => d.Id == "ORS4005");
    }

    [Fact]
    public async Task Suppression_comment_hides_the_diagnostic()
    {
        var suppressed = "<!-- orsc-disable ORS1010 -->\n" + WrongRoot;

        var diagnostics = await AnalyzerRunner.RunAsync(new[] { (Dir + "Root.scxml", suppressed) });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Include_of_an_additional_file_with_other_letter_case_says_so_once()
    {
        const string wrapper = """
            <scxml xmlns="http://www.w3.org/2005/07/scxml" xmlns:xi="http://www.w3.org/2001/XInclude" version="1.0" profile="ecmascript" initial="app">
              <state id="app" initial="MainWorkflow._composer_entry">
                <xi:include href="Main3.scxml" parse="xml" resolveid="MainWorkflow" xpointer="_composer_entry"/>
                <transition event="done.state.MainWorkflow._composer_entry" target="done"/>
              </state>
              <final id="done"/>
            </scxml>
            """;
        const string workflow = """
            <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" profile="ecmascript"><state id="_composer_entry"/></scxml>
            """;

        var diagnostics = await AnalyzerRunner.RunAsync(new[] { (Dir + "IPD.scxml", wrapper), (Dir + "main3.scxml", workflow) });

        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("ORS5002", error.Id);
        Assert.EndsWith("'main3.scxml' exists with different letter case (file names are case-sensitive on Linux)", error.GetMessage());
    }

    [Fact]
    public async Task Every_catalog_entry_is_a_supported_descriptor()
    {
        var supported = new OrsDocumentAnalyzer().SupportedDiagnostics.Select(d => d.Id);

        Assert.Equal(OrsCompiler.Diagnostics.DiagnosticCatalog.All.Select(d => d.Id), supported);
        await Task.CompletedTask;
    }
}
