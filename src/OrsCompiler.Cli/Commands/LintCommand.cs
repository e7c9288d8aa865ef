using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Input;
using OrsCompiler.Cli.Output;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc lint &lt;files or folders&gt;... [--format text|json|sarif] [--severity ID=level]...</c></summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "SCXML files, or folders to search for *.scxml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (canonical file(line,col): severity ID: message), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var analysis = new AnalysisOptionSet();

        var command = new Command("lint", "Validate and lint SCXML strategies; report every problem with its position.") { paths, format };
        foreach (var option in analysis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CommandRunner.Run(() =>
            Run(parseResult.GetValue(paths)!, parseResult.GetValue(format)!, analysis.CreateProvider(parseResult), Console.Out, Console.Error)));
        return command;
    }

    /// <returns>0 without errors, 1 when some document has an error, 2 for a usage or I/O problem.</returns>
    public static int Run(IReadOnlyList<string> inputs, string format, AnalysisOptionsProvider options, TextWriter output, TextWriter error)
    {
        var files = SourceFileCollector.Collect(inputs, "*.scxml", out var missing);
        if (missing.Count > 0)
        {
            error.WriteLine($"orsc: input not found: {string.Join(", ", missing)}");
            return ExitCodes.UsageOrIo;
        }

        var baseDirectory = Directory.GetCurrentDirectory();
        var records = new List<DiagnosticRecord>();
        foreach (var file in files)
        {
            var result = DocumentAnalyzer.AnalyzeFile(file.FullPath, options.For(file.FullPath));
            records.AddRange(result.Diagnostics.Select(d => DiagnosticRecord.From(d, baseDirectory)));
        }

        IDiagnosticWriter writer = format switch
        {
            "json" => new JsonDiagnosticWriter(),
            "sarif" => new SarifDiagnosticWriter(baseDirectory),
            _ => new TextDiagnosticWriter(),
        };
        writer.Write(output, records);

        var errors = records.Count(r => r.Diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = records.Count(r => r.Diagnostic.Severity == DiagnosticSeverity.Warning);
        error.WriteLine($"{files.Count} document(s): {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
