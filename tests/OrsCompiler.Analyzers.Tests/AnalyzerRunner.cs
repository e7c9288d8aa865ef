using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OrsCompiler.Analyzers.Tests;

/// <summary>Runs <see cref="OrsDocumentAnalyzer"/> inside a real C# compilation, the way csc and the IDE do.</summary>
internal static class AnalyzerRunner
{
    public const string ProjectDirectory = "/project/";

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IEnumerable<(string Path, string Text)> documents,
        IEnumerable<(string Path, string Text)>? configFiles = null,
        IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var provider = new ConfigOptionsProvider(configFiles ?? Enumerable.Empty<(string, string)>(), buildProperties);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(provider.GlobalSeverities);
        var compilation = CSharpCompilation.Create(
            "Strategies",
            new[] { CSharpSyntaxTree.ParseText("class C { }", path: ProjectDirectory + "C.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options);
        // As the package's targets do: the .editorconfig files above the strategies are additional files too.
        var editorConfigs = (configFiles ?? Enumerable.Empty<(string Path, string Text)>()).Where(f => f.Path.EndsWith("/.editorconfig", System.StringComparison.Ordinal));
        var additionalFiles = documents.Concat(editorConfigs).Select(d => (AdditionalText)new InMemoryAdditionalText(d.Path, d.Text)).ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new OrsDocumentAnalyzer()),
            new AnalyzerOptions(additionalFiles, provider));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}
