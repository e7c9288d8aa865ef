using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>Adds the corpus' source bytes, uncompressed blob bytes and their ratio (issue 5 target: at most 50%) to the summary.</summary>
internal sealed class CorpusSizeColumn : IColumn
{
    private readonly string _name;
    private readonly System.Func<ConformanceCorpus, string> _value;

    private CorpusSizeColumn(string name, System.Func<ConformanceCorpus, string> value)
    {
        _name = name;
        _value = value;
    }

    public static IColumn[] All { get; } =
    [
        new CorpusSizeColumn("SourceBytes", c => c.SourceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new CorpusSizeColumn("BlobBytes", c => c.BlobBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new CorpusSizeColumn("Blob/Source", c => ((double)c.BlobBytes / c.SourceBytes).ToString("P1", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public string Id => nameof(CorpusSizeColumn) + "." + _name;

    public string ColumnName => _name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Conformance corpus: " + _name;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => _value(ConformanceCorpus.Instance);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
