namespace OrsCompiler.Reporting;

/// <summary>What the restart-safety rules (ORS4xxx) say of a document, for the report's summary.</summary>
public enum RestartSafetyVerdict
{
    /// <summary>The rules ran and found nothing.</summary>
    Safe,

    /// <summary>Warnings or infos from the rules.</summary>
    AtRisk,

    /// <summary>At least one rule reported an error.</summary>
    Unsafe,

    /// <summary>No chart could be built (e.g. the XML is not well formed), so the rules did not run.</summary>
    NotChecked,
}
