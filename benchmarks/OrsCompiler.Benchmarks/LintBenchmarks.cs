using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Analysis;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// Issue 2's throughput target: linting the 335 W3C/SCION conformance documents in one process must reach at least
/// 40% of plain XDocument parsing of the same texts. Both read the texts in setup, so only parsing/linting is timed.
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --filter *LintBenchmarks*
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private (string Path, string Text)[] _documents = Array.Empty<(string, string)>();

    [GlobalSetup]
    public void Setup()
    {
        var folder = FindConformanceFolder();
        _documents = Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int XDocumentLoad()
    {
        var elements = 0;
        foreach (var (_, text) in _documents)
        {
            using var reader = new StringReader(text);
            elements += XDocument.Load(reader).Root!.Elements().Count();
        }

        return elements;
    }

    /// <summary>Our parser alone (line map, positioned tree, no rules): what the XML layer costs compared with XDocument.</summary>
    [Benchmark]
    public int Parse()
    {
        var elements = 0;
        foreach (var (path, text) in _documents)
        {
            elements += SyntaxParser.Parse(new SourceDocument(path, text)).Root!.Nodes.Count;
        }

        return elements;
    }

    [Benchmark]
    public int Lint()
    {
        var diagnostics = 0;
        foreach (var (path, text) in _documents)
        {
            diagnostics += DocumentAnalyzer.Analyze(new SourceDocument(path, text)).Diagnostics.Count;
        }

        return diagnostics;
    }

    internal static string FindConformanceFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "node", "node_modules", "@scion-scxml", "test-framework", "test");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The conformance documents are missing: run build/install-test-prerequisites.sh.");
    }
}
