namespace OrsCompiler.Diagnostics;

/// <summary>The groups of the catalog; each owns a range of IDs.</summary>
public static class DiagnosticCategory
{
    /// <summary>ORS0xxx: the build itself (the MSBuild task and targets), not a document's content.</summary>
    public const string Build = "Build";

    /// <summary>ORS1xxx: XML well-formedness, limits and SCXML structure.</summary>
    public const string Structure = "Structure";

    /// <summary>ORS2xxx: SCXML semantics (references, ids, state kinds, attribute values).</summary>
    public const string Semantics = "Semantics";

    /// <summary>ORS3xxx: ECMAScript in expressions and scripts.</summary>
    public const string Expressions = "Expressions";

    /// <summary>ORS4xxx: restart safety and failover.</summary>
    public const string RestartSafety = "RestartSafety";

    /// <summary>ORS5xxx: the Genesys ORS dialect (extension namespaces, XInclude).</summary>
    public const string Dialect = "Dialect";
}
