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

    /// <summary>ORS4010 (a warning) at line 2, columns 4-9: a state the session can never leave.</summary>
    public const string Stuck = """
        <scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" initial="stuck">
          <state id="stuck"/>
        </scxml>
        """;

    public const string Ors4010AsError = """
        root = true

        [*.scxml]
        dotnet_diagnostic.ORS4010.severity = error
        """;

    public const string Ors4010Off = """
        root = true

        [*.scxml]
        dotnet_diagnostic.ORS4010.severity = none
        """;

    /// <summary>The restart-unsafe example strategy of the repository and the warnings it must produce.</summary>
    public static string RestartUnsafe => System.IO.File.ReadAllText(System.IO.Path.Combine(
        DotNet.RepositoryRoot(), "examples", "RoutingStrategies", "Strategies", "RestartUnsafeVoiceRouting.scxml"));
}
