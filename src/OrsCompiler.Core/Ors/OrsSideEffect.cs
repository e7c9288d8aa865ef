namespace OrsCompiler.Ors;

/// <summary>Whether running an action again (after a restart or a recovery) is visible outside the session.</summary>
public enum OrsSideEffect
{
    /// <summary>A query: running it twice changes nothing outside (queue:query).</summary>
    None,

    /// <summary>Routing, treatments, user data, interaction control, sessions started or ended.</summary>
    Always,

    /// <summary>An HTTP request: a GET (the default) only reads, any other method writes (session:fetch).</summary>
    UnlessHttpGet,
}
