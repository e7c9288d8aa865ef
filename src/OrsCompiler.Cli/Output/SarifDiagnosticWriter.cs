using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Cli.Output;

/// <summary>
/// A SARIF 2.1.0 log for code-scanning upload: every catalog rule once, results referencing them by index, URIs relative
/// to the working folder under %SRCROOT%, 1-based UTF-16 columns, sorted output without timestamps (golden-testable).
/// </summary>
internal sealed class SarifDiagnosticWriter : IDiagnosticWriter
{
    private readonly string _sourceRoot;

    public SarifDiagnosticWriter(string sourceRoot)
    {
        _sourceRoot = sourceRoot;
    }

    public void Write(TextWriter output, IReadOnlyList<DiagnosticRecord> diagnostics)
    {
        var rules = DiagnosticCatalog.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", new Uri(_sourceRoot.TrimEnd('/', '\\') + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var record in diagnostics)
            {
                WriteResult(json, record, ruleIndex[record.Diagnostic.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "orsc");
        json.WriteString("semanticVersion", ToolVersion());
        json.WriteString("informationUri", "https://github.com/orscompiler/orscompiler");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalCase(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.HelpText);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("help");
            json.WriteString("text", rule.HelpText);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, DiagnosticRecord record, int ruleIndex)
    {
        var d = record.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, d.Location, id: null);
        json.WriteEndArray();
        if (d.AdditionalLocations.Count > 0)
        {
            // SARIF's place for "the problem also involves here" (an unterminated comment: where the file ends).
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < d.AdditionalLocations.Count; i++)
            {
                WriteLocation(json, d.AdditionalLocations[i], id: i + 1);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteLocation(Utf8JsonWriter json, Text.Location location, int? id)
    {
        json.WriteStartObject();
        if (id != null)
        {
            json.WriteNumber("id", id.Value);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var relative = Path.GetRelativePath(_sourceRoot, location.FilePath).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            json.WriteString("uri", new Uri(location.FilePath).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", Uri.EscapeDataString(relative).Replace("%2F", "/", StringComparison.Ordinal));
            json.WriteString("uriBaseId", "%SRCROOT%");
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Start.Line);
        json.WriteNumber("startColumn", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", Math.Max(location.End.Column, location.Start.Line == location.End.Line ? location.Start.Column : 1));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string PascalCase(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));

    private static string ToolVersion()
    {
        var version = typeof(DiagnosticCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
