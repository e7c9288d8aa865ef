using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Input;
using OrsCompiler.Compilation;
using OrsCompiler.Reporting;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc report &lt;files or folders&gt;... -o report.html</c>: one self-contained HTML report for CI artifacts.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "SCXML files, or folders to search for *.scxml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", Required = true };
        var showPlumbing = new Option<bool>("--show-plumbing")
        {
            Description = "Draw Composer's plumbing states (_composer_*, _reserved_*) instead of folding them away.",
        };
        var noDiagrams = new Option<bool>("--no-svg") { Description = "Do not run Graphviz: the report carries each diagram as DOT text." };
        var analysis = new AnalysisOptionSet();

        var command = new Command("report", "Write one self-contained HTML report: summary, diagnostics with source, diagrams.")
        {
            paths, output, showPlumbing, noDiagrams,
        };
        foreach (var option in analysis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CommandRunner.Run(() => Run(
            parseResult.GetValue(paths)!,
            parseResult.GetValue(output)!,
            new ReportSettings(parseResult.GetValue(showPlumbing), !parseResult.GetValue(noDiagrams), GraphvizRenderer.ProgramFromEnvironment()),
            analysis.CreateProvider(parseResult),
            Console.Error)));
        return command;
    }

    /// <returns>0 when no document has an error, 1 when one has (the report is written either way), 2 for a usage or I/O problem.</returns>
    public static int Run(IReadOnlyList<string> inputs, string outputPath, ReportSettings settings, AnalysisOptionsProvider options, TextWriter error)
    {
        var files = SourceFileCollector.Collect(inputs, "*.scxml", out var missing);
        if (missing.Count > 0)
        {
            error.WriteLine($"orsc: input not found: {string.Join(", ", missing)}");
            return ExitCodes.UsageOrIo;
        }

        if (files.Count == 0)
        {
            error.WriteLine($"orsc: no *.scxml documents in {string.Join(", ", inputs)}");
            return ExitCodes.UsageOrIo;
        }

        var builder = new ReportDocumentBuilder(
            Directory.GetCurrentDirectory(), settings.RenderSvg, settings.DotProgram, new StateGraphOptions { ShowPlumbing = settings.ShowPlumbing });
        var documents = new List<ReportDocument>();
        var errors = 0;
        foreach (var named in DocumentNames.Assign(files))
        {
            var analysis = DocumentAnalyzer.AnalyzeFile(named.File.FullPath, options.For(named.File.FullPath));
            var result = DocumentCompiler.Compile(analysis, new CompileOptions { DocumentName = named.Name });
            var document = builder.Create(named.Name, analysis, result.Diagnostics, result.Blob);
            errors += document.Errors;
            documents.Add(document);
        }

        if (builder.GraphvizProblem != null)
        {
            error.WriteLine($"orsc: warning: {builder.GraphvizProblem} The report shows the diagrams as DOT text.");
        }

        var fullOutput = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);
        using (var writer = new StreamWriter(fullOutput, false, new UTF8Encoding(false)))
        {
            HtmlReportWriter.Write(writer, documents);
        }

        error.WriteLine($"Report: {outputPath} ({documents.Count} document(s), {errors} error(s)).");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}

/// <summary>How <c>orsc report</c> draws its diagrams.</summary>
internal sealed record ReportSettings(bool ShowPlumbing, bool RenderSvg, string DotProgram);
