using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>The documents the diagram tests draw: every example strategy and the Composer-shaped fixtures.</summary>
internal static class DiagramDocuments
{
    public static string ExamplesFolder => RepositoryFolder.Find("examples", "RoutingStrategies", "Strategies");

    public static string ComposerFixture => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "Reporting", "Composer", "IPD_Graph.scxml");

    public static string SharedComposerFixture => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "Ors", "Composer", "src-gen", "IPD_Default.scxml");

    /// <summary>The Composer fixture project the lint and build tests share (tests/Fixtures/ComposerProject).</summary>
    public static string ComposerProjectFolder => RepositoryFolder.Find("tests", "Fixtures", "ComposerProject");

    public static string ComposerProjectWrapper => Path.Combine(ComposerProjectFolder, "src-gen", "IPD_default_MainWorkflow.scxml");

    public static string[] ComposerProjectDocuments() =>
        Directory.GetFiles(ComposerProjectFolder, "*.scxml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static string[] Examples() =>
        Directory.GetFiles(ExamplesFolder, "*.scxml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    public static AnalysisResult Analyze(string path) => DocumentAnalyzer.AnalyzeFile(path);
}
