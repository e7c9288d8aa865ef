using BenchmarkDotNet.Configs;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>Shows the corpus size columns beside the timings.</summary>
internal sealed class CorpusConfig : ManualConfig
{
    public CorpusConfig()
    {
        AddColumn(CorpusSizeColumn.All);
    }
}
