using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using OrsCompiler.Diagnostics;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Severity = OrsCompiler.Diagnostics.DiagnosticSeverity;

namespace OrsCompiler.Analyzers;

/// <summary>One Roslyn descriptor per entry of <see cref="DiagnosticCatalog"/>; the message is already formatted, hence "{0}".</summary>
internal static class DescriptorMap
{
    private static readonly Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> ById =
        DiagnosticCatalog.All.ToDictionary(d => d.Id, Create, System.StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> All { get; } =
        ById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>None never reaches here (the core drops such diagnostics); Roslyn's "silent" is Hidden.</summary>
    public static RoslynSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => RoslynSeverity.Error,
        Severity.Warning => RoslynSeverity.Warning,
        Severity.Info => RoslynSeverity.Info,
        _ => RoslynSeverity.Hidden,
    };

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Create(OrsCompiler.Diagnostics.DiagnosticDescriptor descriptor) =>
        new(
            descriptor.Id,
            descriptor.Title,
            "{0}",
            descriptor.Category,
            ToRoslyn(descriptor.DefaultSeverity),
            isEnabledByDefault: descriptor.DefaultSeverity != Severity.None,
            description: descriptor.HelpText,
            helpLinkUri: descriptor.HelpUri);
}
