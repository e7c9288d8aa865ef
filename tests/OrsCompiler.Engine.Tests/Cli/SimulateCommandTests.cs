using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Engine.Tests.Conformance;
using OrsCompiler.Core.Tests.Conformance;

namespace OrsCompiler.Engine.Tests.Cli;

/// <summary><c>orsc simulate --format json</c>: one object per line with the configuration after start and each event.</summary>
public class SimulateCommandTests
{
    [Fact]
    public void Json_lines_give_the_configuration_the_event_script_expects()
    {
        var folder = Path.Combine(ConformanceSuite.Folder(), "delayedSend");
        var script = EventScript.Parse(File.ReadAllText(Path.Combine(folder, "send1.json")));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = SimulateCommand.Run(Path.Combine(folder, "send1.scxml"), Path.Combine(folder, "send1.json"), "json", null, "restart", false, output, error);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + script.Steps.Count, lines.Length);
        var expected = new[] { script.InitialConfiguration! }.Concat(script.Steps.Select(s => s.NextConfiguration!)).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            Assert.Equal(expected[i], line.RootElement.GetProperty("configuration").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }
    }

    [Fact]
    public void A_tampered_blob_is_a_clear_error()
    {
        var folder = Path.Combine(ConformanceSuite.Folder(), "basic");
        var blob = Path.Combine(Path.GetTempPath(), "simulate-tampered-" + System.Guid.NewGuid().ToString("N") + ".orsdoc");
        var bytes = OrsCompiler.Compilation.DocumentCompiler.Compile(OrsCompiler.Analysis.DocumentAnalyzer.AnalyzeFile(Path.Combine(folder, "basic1.scxml"))).Blob!;
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(blob, bytes);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = SimulateCommand.Run(blob, Path.Combine(folder, "basic1.json"), "json", null, "restart", false, output, error);

            Assert.Equal(1, exit);
            Assert.Contains("does not match its hash", error.ToString());
            Assert.Equal("", output.ToString());
        }
        finally
        {
            File.Delete(blob);
        }
    }

    [Fact]
    public void A_switchover_before_the_first_event_is_accepted_and_a_negative_point_is_a_usage_error()
    {
        var strategy = Path.Combine(OrsCompiler.Engine.Tests.Support.RepositoryFolder.Find("examples", "RoutingStrategies", "Strategies"), "RestartSafeVoiceRouting.scxml");
        var events = Path.Combine(Path.GetTempPath(), "simulate-switchover-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(events, "{\"events\":[{\"event\":{\"name\":\"interaction.added\",\"data\":{\"interactionid\":\"ixn-1\"}}}]}");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            Assert.Equal(0, SimulateCommand.Run(strategy, events, "json", 0, "restart", false, output, error));
            var lines = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            using (var switchover = JsonDocument.Parse(lines[1]))
            {
                Assert.Equal("restart", switchover.RootElement.GetProperty("switchover").GetString());
            }

            Assert.Throws<UsageException>(() => SimulateCommand.Run(strategy, events, "json", -1, "restart", false, output, error));
        }
        finally
        {
            File.Delete(events);
        }
    }
}
