using System.Collections.Generic;

namespace OrsCompiler.Runtime.Redis;

/// <summary>One release as read atomically: its id and its documents (name to blob hash).</summary>
public sealed class ReleaseSnapshot
{
    public ReleaseSnapshot(string releaseId, IReadOnlyDictionary<string, string> documents)
    {
        ReleaseId = releaseId;
        Documents = documents;
    }

    public string ReleaseId { get; }

    /// <summary>Document name to lower-case hex SHA-256 of its blob.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; }
}
