using OrsCompiler.Analysis;
using OrsCompiler.Configuration;

namespace OrsCompiler.Cli.Input;

/// <summary>
/// The options for one document: defaults, then the .editorconfig files that apply to it (nearer wins), then the
/// command line. One provider per run so parsed .editorconfig files are shared.
/// </summary>
internal sealed class AnalysisOptionsProvider
{
    private readonly EditorConfigLoader _editorConfig = new();
    private readonly AnalysisOptions _defaults;
    private readonly OptionOverrides _overrides;

    public AnalysisOptionsProvider(OptionOverrides? overrides = null, AnalysisOptions? defaults = null)
    {
        _overrides = overrides ?? OptionOverrides.None;
        _defaults = defaults ?? AnalysisOptions.Default;
    }

    public AnalysisOptions For(string path) => _overrides.ApplyTo(_editorConfig.GetSettings(path).ApplyTo(_defaults));
}
