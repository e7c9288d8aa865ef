using System.Reflection;

namespace OrsCompiler.Compilation;

/// <summary>
/// The version recorded in every blob header: the core assembly's informational version without build metadata. The
/// SDK appends "+&lt;commit&gt;" to the informational version; recording it would make every commit of the repository
/// change every blob (and so every content-addressed publish) even when the compiler did not change.
/// </summary>
public static class CompilerVersion
{
    public static string Current { get; } = WithoutBuildMetadata(
        typeof(CompilerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CompilerVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0");

    /// <summary>SemVer 2.0: build metadata follows a '+' and does not distinguish versions.</summary>
    internal static string WithoutBuildMetadata(string version)
    {
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
