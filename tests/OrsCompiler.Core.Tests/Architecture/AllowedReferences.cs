using System.Collections.Generic;

namespace OrsCompiler.Core.Tests.Architecture;

/// <summary>
/// The one table of the dependency rules (docs/architecture.md draws it). Every project under src/, analyzers/ and
/// msbuild/ must have a row; a new project gets one, and a new edge is added here on purpose or not at all.
/// Packages are named by id; <c>&lt;Reference Include&gt;</c> and <c>&lt;PackageDownload&gt;</c> count as package edges.
/// </summary>
internal static class AllowedReferences
{
    private const string Core = "OrsCompiler.Core";
    private const string Runtime = "OrsCompiler.Runtime";
    private const string RuntimeRedis = "OrsCompiler.Runtime.Redis";
    private const string Redis = "OrsCompiler.Redis";
    private const string Analyzers = "OrsCompiler.Analyzers";
    private const string Engine = "OrsCompiler.Engine";

    // BCL polyfills for netstandard2.0: the only packages the runtime may have.
    private static readonly string[] Polyfills = ["System.Memory"];

    public static IReadOnlyDictionary<string, Edges> ByProject { get; } = new Dictionary<string, Edges>
    {
        ["OrsCompiler.Cli"] = new(Projects: [Core, Runtime, Redis, RuntimeRedis, Engine], Packages: ["System.CommandLine", "Jint"]),
        ["OrsCompiler.MSBuild"] = new(
            Projects: [Core, Analyzers], // Analyzers: built for packing only (ReferenceOutputAssembly=false)
            Packages: ["Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "Microsoft.NETFramework.ReferenceAssemblies"]),
        [Analyzers] = new(Projects: [Core], Packages: ["Microsoft.CodeAnalysis.CSharp"]),
        [Redis] = new(Projects: [Runtime, RuntimeRedis], Packages: ["StackExchange.Redis"]),
        // Polly.Core: the circuit breaker; DiagnosticSource: System.Diagnostics.Metrics on netstandard2.0.
        [RuntimeRedis] = new(Projects: [Runtime], Packages: ["StackExchange.Redis", "Polly.Core", "System.Diagnostics.DiagnosticSource"]),
        [Core] = new(Projects: [Runtime], Packages: [.. Polyfills, "Jint"]),
        // The interpreter sits beside Core on the Runtime: it never sees XML.
        [Engine] = new(Projects: [Runtime], Packages: ["Jint"]),
        [Runtime] = new(Projects: [], Packages: Polyfills),
    };

    public sealed record Edges(IReadOnlyCollection<string> Projects, IReadOnlyCollection<string> Packages);
}
