namespace OrsCompiler.Model;

/// <summary>Which SCXML a document is written in.</summary>
public enum Dialect
{
    /// <summary>Decide from the document: the root's <c>profile</c> attribute or a Genesys namespace means ORS.</summary>
    Auto = 0,

    /// <summary>The W3C Recommendation of 2015.</summary>
    W3C = 1,

    /// <summary>Genesys Orchestration Server: the May 2009 working draft with Genesys extensions.</summary>
    Ors = 2,
}
