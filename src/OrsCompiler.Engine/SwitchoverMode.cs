namespace OrsCompiler.Engine;

/// <summary>What ORS does with a call's session when the backup takes over.</summary>
public enum SwitchoverMode
{
    /// <summary>Recovery without persistence: a fresh session from the top, <c>session.restarted</c>, then the call's events again.</summary>
    Restart,

    /// <summary>Persistence: the stored configuration and data model, then <c>session.recovered</c> when <c>_sendSessionRecovered</c> is true.</summary>
    Recover,
}
