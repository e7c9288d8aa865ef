using BenchmarkDotNet.Attributes;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>
/// Issue 5: compile throughput beside lint throughput over the 335 conformance documents. Compiling includes the
/// analysis it needs (parse, every rule) plus building the compiled document and writing the blob.
/// </summary>
/// <remarks>
/// Warm up long: analysis and compilation run hundreds of methods (rules, Jint) that tiered compilation promotes only
/// after ~1 s of calls. With 3 warmups the first measured iterations still ran unoptimized code (59, 49, 37, 28 ms,
/// then a steady 23 ms for Compile), which once made compiling look 5 times slower than linting.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 15, iterationCount: 10)]
[Config(typeof(CorpusConfig))]
public class ConformanceCompileBenchmarks
{
    private ConformanceCorpus _corpus = null!;
    private AnalysisResult[] _analyses = [];

    [GlobalSetup]
    public void Setup() => _corpus = ConformanceCorpus.Instance;

    [Benchmark(Baseline = true)]
    public int Lint()
    {
        var diagnostics = 0;
        foreach (var document in _corpus.Documents)
        {
            diagnostics += DocumentAnalyzer.Analyze(document).Diagnostics.Count;
        }

        return diagnostics;
    }

    [Benchmark]
    public int Compile()
    {
        var bytes = 0;
        foreach (var document in _corpus.Documents)
        {
            bytes += DocumentCompiler.Compile(DocumentAnalyzer.Analyze(document)).Blob?.Length ?? 0;
        }

        return bytes;
    }

    /// <summary>The compiler's own share: analysis done once in setup would hide it, so time it separately.</summary>
    [Benchmark]
    public int CompileAnalyzed()
    {
        var bytes = 0;
        foreach (var analysis in _analyses)
        {
            bytes += DocumentCompiler.Compile(analysis).Blob?.Length ?? 0;
        }

        return bytes;
    }

    [GlobalSetup(Target = nameof(CompileAnalyzed))]
    public void SetupAnalyses()
    {
        Setup();
        _analyses = System.Array.ConvertAll(_corpus.Documents, d => DocumentAnalyzer.Analyze(d));
    }
}
