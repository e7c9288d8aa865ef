namespace OrsCompiler.Redis.Releases;

/// <summary>Another publisher switched the current release first (optimistic check failed); nothing was switched.</summary>
public sealed class ReleaseConflictException : ReleaseOperationException
{
    public ReleaseConflictException(string clusterName, string? expected, string? actual)
        : base(
            $"Release conflict on cluster '{clusterName}': expected current release {Show(expected)} but another publisher made " +
            $"it {Show(actual)} in the meantime. Nothing was switched; review the new release and run the command again.")
    {
        Expected = expected;
        Actual = actual;
    }

    public string? Expected { get; }

    public string? Actual { get; }

    private static string Show(string? releaseId) => string.IsNullOrEmpty(releaseId) ? "(none)" : releaseId!;
}
