using System;
using System.Collections.Generic;
using System.IO;
using OrsCompiler.Analysis;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Core.Tests.Configuration;

public sealed class EditorConfigLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "orsc-editorconfig-" + Guid.NewGuid().ToString("N"));

    public EditorConfigLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "project", "strategies", "x"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Nearer_files_win_and_root_stops_the_search()
    {
        Write(".editorconfig", "[*.scxml]\norsc_dialect = w3c\n");
        Write("project/.editorconfig", "root = true\n\n[*.scxml]\ndotnet_diagnostic.ORS4005.severity = error\norsc_persistence_default = false\n");
        Write("project/strategies/.editorconfig", "[*.scxml]\norsc_persistence_default = true # persisted cluster\n");

        var settings = EditorConfigLoader.ForFile(Path.Combine(_root, "project", "strategies", "a.scxml"));

        Assert.True(settings.Overrides.PersistenceDefault);
        Assert.Null(settings.Overrides.Dialect); // above the root file: not read
        Assert.Equal(DiagnosticSeverity.Error, settings.GetSeverity(DiagnosticCatalog.SessionRestartedNotHandled));
        Assert.Empty(settings.Warnings);
    }

    [Fact]
    public void Later_sections_win_and_globs_select_files()
    {
        Write("project/.editorconfig",
            "root = true\n[*.scxml]\norsc_max_session_lifetime = 24h\n[**/x/*.scxml]\norsc_max_session_lifetime = 12h\n[*.{txml,xml}]\norsc_dialect = w3c\n");
        var loader = new EditorConfigLoader();

        Assert.Equal(TimeSpan.FromHours(12), loader.GetSettings(Path.Combine(_root, "project", "strategies", "x", "a.scxml")).Overrides.MaxSessionLifetime);
        Assert.Equal(TimeSpan.FromHours(24), loader.GetSettings(Path.Combine(_root, "project", "strategies", "a.scxml")).Overrides.MaxSessionLifetime);
        Assert.Equal(Dialect.W3C, loader.GetSettings(Path.Combine(_root, "project", "t.txml")).Overrides.Dialect);
        Assert.Null(loader.GetSettings(Path.Combine(_root, "project", "t.scxml")).Overrides.Dialect);
    }

    [Fact]
    public void Settings_become_analysis_options()
    {
        Write("project/.editorconfig", string.Join("\n",
            "root = true",
            "[*.scxml]",
            "orsc_persistence_default = true",
            "orsc_restart_on_switchover = false",
            "orsc_max_session_lifetime = 90m",
            "orsc_dialect = ors",
            "dotnet_analyzer_diagnostic.category-RestartSafety.severity = error",
            "dotnet_diagnostic.ORS4014.severity = silent",
            "dotnet_diagnostic.ORS4013.severity = suggestion",
            "dotnet_diagnostic.ORS4012.severity = default"));
        var options = EditorConfigLoader.ForFile(Path.Combine(_root, "project", "a.scxml")).ApplyTo(AnalysisOptions.Default);

        Assert.True(options.Server.PersistenceDefault);
        Assert.False(options.Server.RestartOnSwitchoverExpected);
        Assert.Equal(TimeSpan.FromMinutes(90), options.Server.MaxSessionLifetime);
        Assert.Equal(Dialect.Ors, options.Dialect);
        Assert.Equal(DiagnosticSeverity.Error, options.GetSeverity(DiagnosticCatalog.SessionRestartedNotHandled)); // category
        Assert.Equal(DiagnosticSeverity.None, options.GetSeverity(DiagnosticCatalog.NoErrorHandler));
        Assert.Equal(DiagnosticSeverity.Info, options.GetSeverity(DiagnosticCatalog.ActionResultNotHandled));
        Assert.Equal(DiagnosticSeverity.Warning, options.GetSeverity(DiagnosticCatalog.VariableNameAsEvent)); // default
        Assert.Equal(DiagnosticSeverity.Error, options.GetSeverity(DiagnosticCatalog.MalformedXml)); // other category untouched
    }

    [Fact]
    public void Invalid_values_are_ignored_with_a_warning()
    {
        var settings = EditorConfigSettings.FromProperties(new Dictionary<string, string>
        {
            ["ORSC_DIALECT"] = "scion",
            ["orsc_persistence_default"] = "yes",
            ["orsc_max_session_lifetime"] = "forever",
            ["dotnet_diagnostic.ORS4005.severity"] = "fatal",
        });

        Assert.Null(settings.Overrides.Dialect);
        Assert.Null(settings.Overrides.PersistenceDefault);
        Assert.Null(settings.Overrides.MaxSessionLifetime);
        Assert.Null(settings.GetSeverity(DiagnosticCatalog.SessionRestartedNotHandled));
        Assert.Equal(4, settings.Warnings.Count);
        Assert.Same(AnalysisOptions.Default.Server, settings.ApplyTo(AnalysisOptions.Default).Server);
    }

    [Fact]
    public void Malformed_lines_are_ignored()
    {
        Write("project/.editorconfig", string.Join("\n",
            "root = true",
            "orsc_dialect = w3c",
            "[]",
            "orsc_dialect = w3c",
            "just some words",
            "[*.scxml",
            "= no key",
            "[*.scxml]",
            "; a comment",
            "ORSC_Persistence_Default : TRUE ; Roslyn allows ':' and trailing comments",
            "[{a,b}{c,d}{.scxml]",
            "orsc_restart_on_switchover = false"));

        var settings = EditorConfigLoader.ForFile(Path.Combine(_root, "project", "a.scxml"));

        Assert.Null(settings.Overrides.Dialect); // outside any section
        Assert.True(settings.Overrides.PersistenceDefault);
        Assert.Null(settings.Overrides.RestartOnSwitchover);
        Assert.Empty(settings.Warnings);
    }

    [Fact]
    public void No_editorconfig_means_no_settings()
    {
        var settings = new EditorConfigLoader().GetSettings(Path.Combine(_root, "project", "a.scxml"));
        Assert.Empty(settings.Warnings);
        Assert.Null(settings.Overrides.PersistenceDefault);
    }

    [Fact]
    public void Severities_from_editorconfig_reach_the_diagnostics()
    {
        Write("project/.editorconfig", "root = true\n[*.scxml]\ndotnet_diagnostic.ORS4005.severity = error\ndotnet_diagnostic.ORS4014.severity = none\n");
        var path = Path.Combine(_root, "project", "s.scxml");
        File.WriteAllText(path, "<scxml xmlns='http://www.w3.org/2005/07/scxml' version='1.0' profile='ecmascript'><state id='s'><transition event='e' target='f'/></state><final id='f'/></scxml>");

        var options = EditorConfigLoader.ForFile(path).ApplyTo(AnalysisOptions.Default);
        var result = DocumentAnalyzer.AnalyzeFile(path, options);

        var restart = Assert.Single(result.Diagnostics, d => d.Id == "ORS4005");
        Assert.Equal(DiagnosticSeverity.Error, restart.Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS4014");
    }

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_root, relativePath), text);
}
