namespace OrsCompiler.Configuration;

/// <summary>
/// One analysis option's names in every front end, so no front end derives or repeats them: the MSBuild project
/// property, the <c>OrsDocument</c> item metadata (also the OrsCompile task parameter), the <c>orsc</c> command line
/// option and the .editorconfig key. docs/configuration.md lists them.
/// </summary>
public sealed class OptionKey
{
    internal OptionKey(string name, string editorConfigKey, string commandLineOption, string expected)
    {
        Name = name;
        EditorConfigKey = editorConfigKey;
        CommandLineOption = commandLineOption;
        Expected = expected;
    }

    /// <summary>The item metadata and task parameter name, e.g. <c>PersistenceDefault</c>.</summary>
    public string Name { get; }

    /// <summary>The project property, e.g. <c>OrsPersistenceDefault</c>.</summary>
    public string MSBuildProperty => "Ors" + Name;

    /// <summary>How the Roslyn analyzer sees the project property (a <c>CompilerVisibleProperty</c>).</summary>
    public string AnalyzerGlobalKey => "build_property." + MSBuildProperty;

    /// <summary>The .editorconfig key, e.g. <c>orsc_persistence_default</c>.</summary>
    public string EditorConfigKey { get; }

    /// <summary>The <c>orsc lint</c>/<c>orsc build</c> option, e.g. <c>--persistence-default</c>.</summary>
    public string CommandLineOption { get; }

    /// <summary>What a valid value looks like, for the message about an invalid one.</summary>
    public string Expected { get; }

    public override string ToString() => Name;
}
