using System.Reflection;

namespace OrsCompiler.Compilation;

/// <summary>The version recorded in every blob header: the core assembly's informational version.</summary>
public static class CompilerVersion
{
    public static string Current { get; } =
        typeof(CompilerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CompilerVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
