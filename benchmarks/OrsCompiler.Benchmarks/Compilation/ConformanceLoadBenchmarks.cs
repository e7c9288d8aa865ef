using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Runtime;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>
/// Issue 5: loading the 335 conformance blobs (verify hash, decode, validate, build the document) must be at least 10x
/// faster than only parsing the same source texts with <see cref="XDocument.Parse(string)"/>. Texts and blobs are
/// read in setup, so only parsing and loading are timed.
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --filter '*Conformance*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 5)]
[Config(typeof(CorpusConfig))]
public class ConformanceLoadBenchmarks
{
    private ConformanceCorpus _corpus = null!;

    [GlobalSetup]
    public void Setup() => _corpus = ConformanceCorpus.Instance;

    [Benchmark(Baseline = true)]
    public int ParseSourceXml()
    {
        var elements = 0;
        foreach (var document in _corpus.Documents)
        {
            elements += XDocument.Parse(document.Text).Root!.Name.LocalName.Length;
        }

        return elements;
    }

    [Benchmark]
    public int LoadBlobs()
    {
        var states = 0;
        foreach (var blob in _corpus.Blobs)
        {
            states += OrsDocumentLoader.Load(blob).States.Count;
        }

        return states;
    }
}
