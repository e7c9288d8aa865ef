using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Simulation;
using OrsCompiler.Engine.Tests.Support;

namespace OrsCompiler.Engine.Tests.Rehearsal;

/// <summary>
/// The example strategies under a rehearsed switchover: the restart-unsafe one performs its side effects again, the
/// restart-safe one does not, at whichever point the switchover comes, and the lint warnings on restart safety (ORS4005,
/// ORS4006) say the same.
/// </summary>
public class FailoverRehearsalTests
{
    private const string UnsafeEvents = "{\"events\":[{\"event\":{\"name\":\"dialog.playsound.done\",\"data\":{\"requestid\":\"req1\"}}},"
                                        + "{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req2\"}}}]}";

    private const string SafeEvents = "{\"events\":[{\"event\":{\"name\":\"interaction.added\",\"data\":{\"interactionid\":\"ixn-1\"}}},"
                                      + "{\"event\":{\"name\":\"dialog.play.done\",\"data\":{\"requestid\":\"req1\"}}},"
                                      + "{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req2\"}}}]}";

    private const string ChatEvents = "{\"events\":[{\"event\":{\"name\":\"interaction.added\",\"data\":{\"interactionid\":\"chat-7\"}}},"
                                      + "{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req1\"}}}]}";

    /// <summary>Each example, its call, and every switchover point: before the first event (0) to after the last.</summary>
    public static TheoryData<string, int, SwitchoverMode> EverySwitchoverPoint()
    {
        var data = new TheoryData<string, int, SwitchoverMode>();
        foreach (var (strategy, events) in new[] { ("RestartSafeVoiceRouting.scxml", SafeEvents), ("RestartUnsafeVoiceRouting.scxml", UnsafeEvents), ("PersistedChatRouting.scxml", ChatEvents) })
        {
            for (var n = 0; n <= EventScript.Parse(events).Steps.Count; n++)
            {
                data.Add(strategy, n, SwitchoverMode.Restart);
                data.Add(strategy, n, SwitchoverMode.Recover);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySwitchoverPoint))]
    public void At_every_switchover_point_only_the_strategies_lint_warns_about_repeat_a_side_effect(string strategy, int after, SwitchoverMode mode)
    {
        var path = Strategy(strategy);
        var events = strategy switch { "RestartSafeVoiceRouting.scxml" => SafeEvents, "RestartUnsafeVoiceRouting.scxml" => UnsafeEvents, _ => ChatEvents };
        var steps = Rehearse(path, events, after, mode);
        Assert.Single(steps, s => s.Switchover == mode);
        var repeated = steps.SelectMany(s => s.SideEffects).Where(s => s.Repeated).Select(s => s.Element).ToArray();
        var lint = RestartSafetyWarnings(path);

        switch (strategy)
        {
            case "RestartSafeVoiceRouting.scxml":
                // Restarted, it reads the marks its first run left in the call's user data; recovered, it runs nothing again.
                Assert.Empty(repeated);
                Assert.Empty(lint);
                break;
            case "RestartUnsafeVoiceRouting.scxml" when mode == SwitchoverMode.Restart:
                // Its user data and ringback run before the first wait: again on every restart, whatever the point (ORS4006);
                // once it had submitted, the redelivered ringback result submits again (no session.restarted handler: ORS4005).
                Assert.Equal(after == 0 ? new[] { "_genesys.ixn.setuData", "dialog:playsound" } : new[] { "_genesys.ixn.setuData", "dialog:playsound", "queue:submit" }, repeated);
                Assert.Equal(["ORS4005", "ORS4006", "ORS4006"], lint.OrderBy(id => id, StringComparer.Ordinal));
                break;
            case "RestartUnsafeVoiceRouting.scxml":
                // Recovered (configuration and data as they were, no entry handler again): nothing runs twice.
                Assert.Empty(repeated);
                break;
            case "PersistedChatRouting.scxml" when mode == SwitchoverMode.Recover:
                // Its own design: recovered while queued, it submits the chat again (events may have been missed).
                Assert.Equal(after == 1 ? new[] { "queue:submit" } : Array.Empty<string>(), repeated);
                Assert.Empty(lint);
                break;
            default:
                // A persisted session is recovered, not restarted: ORS4005 and ORS4006 do not apply, and the rehearsal of
                // a restart is not a finding for it.
                Assert.Empty(lint);
                break;
        }
    }

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
        Assert.Equal(["_genesys.ixn.setuData", "dialog:play", "_genesys.ixn.setuData", "queue:submit"], steps.SelectMany(s => s.SideEffects).Select(s => s.Element));
        Assert.Equal(["finished"], steps.Last().Configuration);
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

    [Fact]
    public void The_restart_safe_strategy_restarted_after_submitting_waits_for_the_first_submission_instead_of_submitting_again()
    {
        var steps = Rehearse(Strategy("RestartSafeVoiceRouting.scxml"), SafeEvents, 2, SwitchoverMode.Restart);

        var switchover = steps.Single(s => s.Switchover is not null);
        Assert.Equal(["submitted"], switchover.Configuration);
        Assert.Empty(switchover.SideEffects);
        Assert.Equal(["finished"], steps.Last().Configuration);
    }

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
