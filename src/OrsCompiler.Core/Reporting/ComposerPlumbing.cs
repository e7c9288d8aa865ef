namespace OrsCompiler.Reporting;

/// <summary>
/// Composer's generated plumbing states: <c>_composer_*</c> (the workflow's entry wrapper and the like) and
/// <c>_reserved_*</c>. Their names are what Composer writes; the diagrams fold them away so the blocks a user drew remain.
/// </summary>
public static class ComposerPlumbing
{
    /// <summary>True when the last segment of the id (after a resolveid prefix such as <c>MainWorkflow.</c>) is a plumbing name.</summary>
    public static bool IsPlumbing(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var name = id!.Substring(id.LastIndexOf('.') + 1);
        return name.StartsWith("_composer_", System.StringComparison.Ordinal) || name.StartsWith("_reserved_", System.StringComparison.Ordinal);
    }
}
