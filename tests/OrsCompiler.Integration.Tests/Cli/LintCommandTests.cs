using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Cli.Input;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Integration.Tests.Cli;

public sealed class LintCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orsc-lint-").FullName;

    public LintCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_folder, "bad.scxml"), "<statechart/>\n");
        File.WriteAllText(Path.Combine(_folder, "sub", "good.scxml"), "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\"><final id=\"done\"/></scxml>\n");
        Directory.CreateDirectory(Path.Combine(_folder, "bin"));
        File.WriteAllText(Path.Combine(_folder, "bin", "copy.scxml"), "<statechart/>\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int ExitCode, string Output, string Error) Lint(string format, OptionOverrides? overrides = null, params string[] inputs)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = LintCommand.Run(inputs.Length == 0 ? new[] { _folder } : inputs, format, new AnalysisOptionsProvider(overrides), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Text_format_is_canonical_and_errors_exit_1()
    {
        var (exitCode, output, error) = Lint("text");
        Assert.Equal(ExitCodes.Errors, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"bad\.scxml\(1,2\): error ORS1010: ", line);
        Assert.Contains("2 document(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_has_every_field()
    {
        var (_, output, _) = Lint("json");
        var item = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("ORS1010", item.GetProperty("id").GetString());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.EndsWith("bad.scxml", item.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, item.GetProperty("line").GetInt32());
        Assert.Equal(2, item.GetProperty("column").GetInt32());
        Assert.Equal(1, item.GetProperty("endLine").GetInt32());
        Assert.Equal(12, item.GetProperty("endColumn").GetInt32());
        Assert.Contains("<statechart>", item.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_log_has_what_code_scanning_requires()
    {
        var (_, output, _) = Lint("sarif");
        var log = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("orsc", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Count, rules.Count);
        Assert.All(rules, r =>
        {
            Assert.Matches("^ORS[0-9]{4}$", r.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
        });
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
        Assert.Equal(result.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.False(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!.StartsWith('/'));
        Assert.Equal(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(2, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Sarif_gives_the_second_location_of_an_unterminated_comment_as_a_related_location()
    {
        var file = Path.Combine(_folder, "sub", "open-comment.scxml");
        File.WriteAllText(file, "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">\n  <!-- never closed\n  <final id=\"done\"/>\n</scxml>\n");
        var (_, output, _) = Lint("sarif", null, file);

        var result = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("ORS1001", result.GetProperty("ruleId").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 3), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray()).GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((5, 1), (related.GetProperty("startLine").GetInt32(), related.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Severity_override_turns_the_error_into_a_warning_and_exit_0()
    {
        var overrides = new OptionOverrides { Severities = new Dictionary<string, DiagnosticSeverity?> { ["ORS1010"] = DiagnosticSeverity.Warning } };
        var (exitCode, output, _) = Lint("text", overrides);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("warning ORS1010", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_sets_severity_and_the_command_line_wins_over_it()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n\n[*.scxml]\ndotnet_diagnostic.ORS1010.severity = suggestion\n");
        var (exitCode, output, _) = Lint("text");
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("info ORS1010", output, StringComparison.Ordinal);

        var overrides = new OptionOverrides { Severities = new Dictionary<string, DiagnosticSeverity?> { ["ORS1010"] = DiagnosticSeverity.Error } };
        Assert.Equal(ExitCodes.Errors, Lint("text", overrides).ExitCode);
    }

    [Fact]
    public void Missing_input_exits_2()
    {
        var (exitCode, _, error) = Lint("text", null, Path.Combine(_folder, "nope"));
        Assert.Equal(ExitCodes.UsageOrIo, exitCode);
        Assert.Contains("input not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_usage_errors_exit_2()
    {
        Assert.Equal(ExitCodes.UsageOrIo, OrsCompiler.Cli.Program.Main(new[] { "lint", _folder, "--format", "xml" }));
        Assert.Equal(ExitCodes.UsageOrIo, OrsCompiler.Cli.Program.Main(new[] { "lint", _folder, "--severity", "ORS1010=loud" }));
        Assert.Equal(ExitCodes.UsageOrIo, OrsCompiler.Cli.Program.Main(new[] { "lint", _folder, "--max-session-lifetime", "soon" }));
    }
}
