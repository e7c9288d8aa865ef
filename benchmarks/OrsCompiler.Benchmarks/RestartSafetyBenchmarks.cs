using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// The restart-safety rules on a Composer-sized strategy: a chain of blocks, each an ORS action with done/error
/// transitions and an eventless step, inside one outer state. Compared with parsing the same text.
/// </summary>
[MemoryDiagnoser]
public class RestartSafetyBenchmarks
{
    private SourceDocument _document = null!;
    private SyntaxTree _tree = null!;
    private StateChart _chart = null!;
    private DocumentRule[] _rules = null!;

    [Params(50, 400)]
    public int Blocks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = new SourceDocument("strategy.scxml", Strategy(Blocks));
        _tree = SyntaxParser.Parse(_document, ParseOptions.Default);
        _chart = StateChartBuilder.Build(_tree, Dialect.Ors)!;
        _rules = RuleRegistry.All.Where(r => r.GetType().Namespace == "OrsCompiler.Rules.RestartSafety").ToArray();
    }

    [Benchmark(Baseline = true)]
    public SyntaxTree Parse() => SyntaxParser.Parse(_document, ParseOptions.Default);

    [Benchmark]
    public int RestartSafetyRules()
    {
        var diagnostics = new List<Diagnostic>();
        var context = new DocumentContext(_tree, _chart, Dialect.Ors, AnalysisOptions.Default, diagnostics, CancellationToken.None);
        foreach (var rule in _rules)
        {
            rule.Analyze(context);
        }

        return diagnostics.Count;
    }

    [Benchmark]
    public AnalysisResult AnalyzeEverything() => DocumentAnalyzer.Analyze(_document);

    private static string Strategy(int blocks)
    {
        var text = new StringBuilder();
        text.Append("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\" ")
            .Append("xmlns:queue=\"http://www.genesyslab.com/modules/queue\">\n")
            .Append("<datamodel><data id=\"req\"/></datamodel>\n<state id=\"main\">\n")
            .Append("<transition event=\"error\" target=\"end\"/><transition event=\"interaction.deleted\" target=\"end\"/>\n");
        for (var i = 0; i < blocks; i++)
        {
            var next = i + 1 < blocks ? $"block{i + 1}" : "end";
            text.Append($"<state id=\"block{i}\"><onentry><queue:submit requestid=\"req\" queue=\"'VQ{i}'\"/></onentry>")
                .Append($"<transition event=\"queue.submit.done\" target=\"step{i}\"/><transition event=\"error.queue.submit\" target=\"step{i}\"/></state>\n")
                .Append($"<state id=\"step{i}\"><transition cond=\"req != null\" target=\"{next}\"/><transition target=\"{next}\"/></state>\n");
        }

        text.Append("</state>\n<final id=\"end\"/>\n</scxml>\n");
        return text.ToString();
    }
}
