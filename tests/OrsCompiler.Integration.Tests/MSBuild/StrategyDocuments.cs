namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>Small documents with known diagnostics.</summary>
internal static class StrategyDocuments
{
    public const string Clean = """
        <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" initial="waiting">
          <state id="waiting">
            <transition event="call.arrived" target="done"/>
          </state>
          <final id="done"/>
        </scxml>
        """;

    /// <summary>ORS1001 at line 3, column 3 (the name in the end tag of scxml, while state is still open).</summary>
    public const string Malformed = """
        <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0">
          <state id="a">
        </scxml>
        """;

    /// <summary>ORS1010 (an error by default) at line 1, column 2; configurable to a warning for severity tests.</summary>
    public const string WrongRoot = """
        <html xmlns="http://www.w3.org/1999/xhtml">
          <body/>
        </html>
        """;

    public const string Ors1010AsWarning = """
        root = true

        [*.scxml]
        dotnet_diagnostic.ORS1010.severity = warning
        """;
}
