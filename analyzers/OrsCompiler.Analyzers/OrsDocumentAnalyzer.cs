using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Analyzers;

/// <summary>
/// Reports the OrsCompiler diagnostics of each <c>.scxml</c> additional file, so the IDE shows what `dotnet build`
/// reports. The package adds the strategies as additional files in design-time builds only (see its targets).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class OrsDocumentAnalyzer : DiagnosticAnalyzer
{
    private const string DocumentExtension = ".scxml";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DescriptorMap.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // XInclude targets are read from the other additional files: analyzers must not touch the file system.
            var resolver = new AdditionalFileSourceResolver(start.Options.AdditionalFiles, start.CancellationToken);
            var severities = new EditorConfigSeverities(start.Options.AdditionalFiles, start.CancellationToken);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, resolver, severities));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, AdditionalFileSourceResolver resolver, EditorConfigSeverities severities)
    {
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(DocumentExtension, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text == null)
        {
            return;
        }

        var options = AnalyzerOptionsReader.Read(
            context.Options.AnalyzerConfigOptionsProvider.GlobalOptions,
            context.Options.AnalyzerConfigOptionsProvider.GetOptions(file),
            severities.For(file.Path),
            resolver);
        var result = DocumentAnalyzer.Analyze(new SourceDocument(file.Path, text.ToString()), options, context.CancellationToken);
        foreach (var diagnostic in result.Diagnostics)
        {
            // A per-file action may report only in its own file (IDE analysis is scoped to it); problems in an
            // included file are reported when that file is analysed as a document of its own, or by the build.
            if (!string.Equals(diagnostic.Location.FilePath, file.Path, StringComparison.Ordinal))
            {
                continue;
            }

            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(
                DescriptorMap.Get(diagnostic.Id),
                ToRoslyn(diagnostic.Location, text),
                DescriptorMap.ToRoslyn(diagnostic.Severity),
                AdditionalLocations(diagnostic, file.Path, text),
                properties: null,
                diagnostic.Message));
        }
    }

    // An unterminated comment's second place (where the file ends) shows as a related location in the IDE.
    private static IEnumerable<Microsoft.CodeAnalysis.Location>? AdditionalLocations(OrsCompiler.Diagnostics.Diagnostic diagnostic, string path, SourceText text)
    {
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return null;
        }

        var locations = new List<Microsoft.CodeAnalysis.Location>(diagnostic.AdditionalLocations.Count);
        foreach (var location in diagnostic.AdditionalLocations)
        {
            if (string.Equals(location.FilePath, path, StringComparison.Ordinal))
            {
                locations.Add(ToRoslyn(location, text));
            }
        }

        return locations;
    }

    // Our positions are 1-based; Roslyn's are 0-based. Clamp to the text in case a span ends past it.
    private static Microsoft.CodeAnalysis.Location ToRoslyn(Text.Location location, SourceText text)
    {
        var start = Math.Min(location.Span.Start, text.Length);
        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, Math.Min(Math.Max(location.Span.End, start), text.Length));
        var lines = new LinePositionSpan(
            new Microsoft.CodeAnalysis.Text.LinePosition(location.Start.Line - 1, location.Start.Column - 1),
            new Microsoft.CodeAnalysis.Text.LinePosition(location.End.Line - 1, location.End.Column - 1));
        return Microsoft.CodeAnalysis.Location.Create(location.FilePath, span, lines);
    }
}
