using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis.Flow;

/// <summary>What happens to a session of this document on failover: the root's attributes combined with the server options.</summary>
internal sealed class PersistenceSettings
{
    public const string PersistAttributeName = "_persist";
    public const string SendSessionRecoveredAttributeName = "_sendSessionRecovered";

    private PersistenceSettings(SyntaxAttribute? persist, SyntaxAttribute? sendSessionRecovered, bool isPersisted, bool restartExpected)
    {
        PersistAttribute = persist;
        SendSessionRecoveredAttribute = sendSessionRecovered;
        IsPersisted = isPersisted;
        SendsSessionRecovered = IsTrue(sendSessionRecovered);
        ExpectsRestart = restartExpected && !isPersisted;
    }

    public SyntaxAttribute? PersistAttribute { get; }

    public SyntaxAttribute? SendSessionRecoveredAttribute { get; }

    /// <summary><c>_persist="true"</c>, or no valid <c>_persist</c> and the server's persistence default on.</summary>
    public bool IsPersisted { get; }

    public bool SendsSessionRecovered { get; }

    /// <summary>
    /// restart-session-on-switchover applies: it is expected on the servers and the session is not persisted
    /// (a persisted session is recovered instead of restarted).
    /// </summary>
    public bool ExpectsRestart { get; }

    /// <summary>Why the document is not persisted, for messages.</summary>
    public string NotPersistedReason => IsFalse(PersistAttribute)
        ? "_persist=\"false\""
        : "it has no _persist=\"true\" and the persistence default is off";

    public static PersistenceSettings From(SyntaxElement root, AnalysisOptions options)
    {
        var persist = root.GetAttribute(PersistAttributeName);
        var isPersisted = IsTrue(persist) || (!IsFalse(persist) && options.Server.PersistenceDefault);
        return new PersistenceSettings(persist, root.GetAttribute(SendSessionRecoveredAttributeName), isPersisted, options.Server.RestartOnSwitchoverExpected);
    }

    public static bool IsValidValue(string value) => value is "true" or "false";

    private static bool IsTrue(SyntaxAttribute? attribute) => attribute?.Value == "true";

    private static bool IsFalse(SyntaxAttribute? attribute) => attribute?.Value == "false";
}
