using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OrsCompiler.Diagnostics;

/// <summary>
/// Every diagnostic OrsCompiler reports. Each ID range lives in its own partial file
/// (DiagnosticCatalog.Structure.cs, .Semantics.cs, ...); <see cref="All"/> finds them, so adding a rule is one edit.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(Collect);

    private static readonly Lazy<Dictionary<string, DiagnosticDescriptor>> ById =
        new(() => All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase));

    /// <summary>All descriptors, ordered by ID.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    public static DiagnosticDescriptor? Find(string id) => ById.Value.TryGetValue(id, out var d) ? d : null;

    private static IReadOnlyList<DiagnosticDescriptor> Collect()
    {
        var descriptors = typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();

        var duplicate = descriptors.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null)
        {
            throw new InvalidOperationException($"Diagnostic ID {duplicate.Key} is defined twice in the catalog.");
        }

        return descriptors;
    }
}
