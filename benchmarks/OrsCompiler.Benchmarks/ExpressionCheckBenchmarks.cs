using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Expressions;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// What the parse cache saves: checking every expression attribute value of the conformance documents with Jint
/// (uncached, what a first build pays) against the cached lookups that repeated expressions and later builds get.
/// </summary>
[MemoryDiagnoser]
public class ExpressionCheckBenchmarks
{
    private static readonly string[] ExpressionAttributes = { "cond", "expr", "array", "location", "eventexpr", "targetexpr", "delayexpr", "idlocation" };

    private string[] _expressions = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _expressions = Directory.GetFiles(LintBenchmarks.FindConformanceFolder(), "*.scxml", SearchOption.AllDirectories)
            .Select(path => SyntaxParser.Parse(new SourceDocument(path, File.ReadAllText(path))).Root)
            .Where(root => root != null)
            .SelectMany(root => root!.DescendantsAndSelf())
            .SelectMany(element => element.Attributes)
            .Where(attribute => ExpressionAttributes.Contains(attribute.LocalName))
            .Select(attribute => attribute.Value)
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Uncached()
    {
        var valid = 0;
        foreach (var text in _expressions)
        {
            valid += EcmaScriptChecker.AnalyzeExpression(text).IsValid ? 1 : 0;
        }

        return valid;
    }

    [Benchmark]
    public int Cached()
    {
        var valid = 0;
        foreach (var text in _expressions)
        {
            valid += EcmaScriptChecker.CheckExpression(text).IsValid ? 1 : 0;
        }

        return valid;
    }
}
