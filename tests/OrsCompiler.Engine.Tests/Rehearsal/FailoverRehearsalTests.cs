using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Simulation;
using OrsCompiler.Engine.Tests.Support;

namespace OrsCompiler.Engine.Tests.Rehearsal;

/// <summary>
/// The example strategies under a rehearsed switchover: the restart-unsafe one performs its side effects again, the
/// restart-safe one does not, and the lint warnings on restart safety (ORS4005, ORS4006) say the same.
/// </summary>
public class FailoverRehearsalTests
{
    private const string UnsafeEvents = "{\"events\":[{\"event\":{\"name\":\"dialog.playsound.done\",\"data\":{\"requestid\":\"req1\"}}},"
                                        + "{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req2\"}}}]}";

    private const string SafeEvents = "{\"events\":[{\"event\":{\"name\":\"interaction.added\",\"data\":{\"interactionid\":\"ixn-1\"}}},"
                                      + "{\"event\":{\"name\":\"dialog.play.done\",\"data\":{\"requestid\":\"req1\"}}},"
                                      + "{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req2\"}}}]}";

    [Fact]
    public void The_restart_unsafe_strategy_repeats_its_side_effects_under_restart_and_lint_warns()
    {
        var path = Strategy("RestartUnsafeVoiceRouting.scxml");
        var steps = Rehearse(path, UnsafeEvents, 1, SwitchoverMode.Restart);

        var repeated = steps.SelectMany(s => s.SideEffects).Where(s => s.Repeated).Select(s => s.Element).ToArray();
        Assert.Equal(["_genesys.ixn.setuData", "dialog:playsound", "queue:submit"], repeated);
        var lint = RestartSafetyWarnings(path);
        Assert.Contains("ORS4005", lint);
        Assert.Contains("ORS4006", lint);
    }

    [Fact]
    public void The_restart_safe_strategy_does_not_repeat_its_side_effects_under_restart_and_lint_agrees()
    {
        var path = Strategy("RestartSafeVoiceRouting.scxml");
        var steps = Rehearse(path, SafeEvents, 1, SwitchoverMode.Restart);

        var switchover = steps.Single(s => s.Switchover is not null);
        Assert.Equal(["routing"], switchover.Configuration);
        Assert.DoesNotContain(steps.SelectMany(s => s.SideEffects), s => s.Repeated);
        Assert.Equal(["dialog:play", "queue:submit"], steps.SelectMany(s => s.SideEffects).Select(s => s.Element));
        Assert.Empty(RestartSafetyWarnings(path));
    }

    [Fact]
    public void The_persisted_strategy_recovers_its_configuration_and_data_and_gets_session_recovered()
    {
        var path = Strategy("PersistedChatRouting.scxml");
        var events = "{\"events\":[{\"event\":{\"name\":\"interaction.added\",\"data\":{\"interactionid\":\"chat-7\"}}},{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req1\"}}}]}";
        var steps = Rehearse(path, events, 1, SwitchoverMode.Recover);

        var switchover = steps.Single(s => s.Switchover is not null);
        Assert.Equal(["queued"], switchover.Configuration);

        // The document re-submits on session.recovered (its own log says so): performed twice for the call, and flagged.
        var resubmit = Assert.Single(switchover.SideEffects);
        Assert.Equal("queue:submit", resubmit.Element);
        Assert.True(resubmit.Repeated);
        Assert.Contains("interactionid", resubmit.Attributes.Select(a => a.Key));
        Assert.Equal("\"chat-7\"", resubmit.Attributes.Single(a => a.Key == "interactionid").Value);
    }

    private static string Strategy(string name) => Path.Combine(RepositoryFolder.Find("examples", "RoutingStrategies", "Strategies"), name);

    private static SimulationStep[] Rehearse(string path, string events, int after, SwitchoverMode mode)
    {
        var simulation = new Simulation(CompilingDocumentSources.CompileFile(path), CompilingDocumentSources.ForFolder(Path.GetDirectoryName(path)!));
        var steps = simulation.Run(EventScript.Parse(events), after, mode).ToArray();
        Assert.All(steps, s => Assert.Null(s.Error));
        return steps;
    }

    private static string[] RestartSafetyWarnings(string path) =>
        DocumentAnalyzer.AnalyzeFile(path).Diagnostics.Select(d => d.Id).Where(id => id is "ORS4005" or "ORS4006").ToArray();
}
