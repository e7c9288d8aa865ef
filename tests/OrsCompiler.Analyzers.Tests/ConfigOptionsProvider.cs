using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OrsCompiler.Analyzers.Tests;

/// <summary>
/// Analyzer options as the compiler builds them: real .editorconfig / .globalconfig texts parsed by Roslyn's
/// <see cref="AnalyzerConfigSet"/>, looked up per file path, plus the build_property.* global options.
/// </summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    public ConfigOptionsProvider(IEnumerable<(string Path, string Text)> configFiles, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        _set = AnalyzerConfigSet.Create(configFiles.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToArray());
        var global = _set.GlobalConfigOptions.AnalyzerOptions;
        foreach (var property in buildProperties ?? new Dictionary<string, string>())
        {
            global = global.SetItem("build_property." + property.Key, property.Value);
        }

        GlobalOptions = new Options(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>The severities a .globalconfig sets: what the compiler applies to every location.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> GlobalSeverities => _set.GlobalConfigOptions.TreeOptions;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values)
        {
            _values = values.WithComparers(KeyComparer);
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
