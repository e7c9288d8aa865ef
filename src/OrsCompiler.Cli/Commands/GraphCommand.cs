using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Input;
using OrsCompiler.Cli.Output;
using OrsCompiler.Diagnostics;
using OrsCompiler.Reporting;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc graph &lt;document&gt; [--format mermaid|dot|svg] [-o file] [--show-plumbing]</c>: the statechart as a diagram.</summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "An SCXML document." };
        var format = new Option<string>("--format")
        {
            Description = "mermaid (stateDiagram-v2, the default), dot (Graphviz) or svg (rendered by Graphviz dot; ORSC_DOT names another dot).",
            DefaultValueFactory = _ => "mermaid",
        };
        format.AcceptOnlyFromAmong("mermaid", "dot", "svg");
        var output = new Option<string?>("--output", "-o") { Description = "Write the diagram to this file instead of the standard output." };
        var showPlumbing = new Option<bool>("--show-plumbing")
        {
            Description = "Draw Composer's plumbing states (_composer_*, _reserved_*) instead of folding them away.",
        };
        var analysis = new AnalysisOptionSet();

        var command = new Command("graph", "Draw a strategy's statechart (Mermaid, DOT or SVG), with restart-safety findings highlighted.")
        {
            document, format, output, showPlumbing,
        };
        foreach (var option in analysis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CommandRunner.Run(() => Run(
            parseResult.GetValue(document)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(output),
            parseResult.GetValue(showPlumbing),
            analysis.CreateProvider(parseResult),
            GraphvizRenderer.ProgramFromEnvironment(),
            Console.Out,
            Console.Error)));
        return command;
    }

    /// <returns>0 when the diagram was written, 1 when no chart could be built, 2 for a usage or I/O problem (or no Graphviz for svg).</returns>
    public static int Run(string path, string format, string? outputPath, bool showPlumbing, AnalysisOptionsProvider options, string dotProgram, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"orsc: document not found: {path}");
            return ExitCodes.UsageOrIo;
        }

        var fullPath = Path.GetFullPath(path);
        var analysis = DocumentAnalyzer.AnalyzeFile(fullPath, options.For(fullPath));
        var graph = StateGraphBuilder.Build(analysis, new StateGraphOptions { ShowPlumbing = showPlumbing });
        var errors = analysis.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (graph == null)
        {
            new TextDiagnosticWriter().Write(error, errors.Select(d => DiagnosticRecord.From(d, Directory.GetCurrentDirectory())).ToList());
            error.WriteLine($"orsc: {path}: no state chart could be built; fix the errors above.");
            return ExitCodes.Errors;
        }

        if (errors.Count > 0)
        {
            // Still drawn: a chart with errors is often exactly what one wants to look at. Run `orsc lint` for the list.
            error.WriteLine($"orsc: {path}: {errors.Count} error(s); the diagram shows the chart as written (see `orsc lint`).");
        }

        string text;
        switch (format)
        {
            case "dot":
                text = DotWriter.Write(graph);
                break;
            case "svg":
                try
                {
                    text = GraphvizRenderer.RenderSvg(DotWriter.Write(graph), dotProgram);
                }
                catch (GraphvizUnavailableException e)
                {
                    error.WriteLine($"orsc: {e.Message}");
                    return ExitCodes.UsageOrIo;
                }

                break;
            default:
                text = MermaidWriter.Write(graph);
                break;
        }

        if (outputPath == null)
        {
            output.Write(text);
            output.Flush();
        }
        else
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(outputPath, text, new UTF8Encoding(false));
        }

        return ExitCodes.Success;
    }
}
