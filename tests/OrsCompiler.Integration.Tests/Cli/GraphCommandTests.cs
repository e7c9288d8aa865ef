using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Cli.Input;
using OrsCompiler.Core.Tests.Reporting;
using OrsCompiler.Integration.Tests.MSBuild;
using OrsCompiler.Reporting;

namespace OrsCompiler.Integration.Tests.Cli;

public sealed class GraphCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orsc-graph-").FullName;

    private static string Example => Path.Combine(DotNet.RepositoryRoot(), "examples", "RoutingStrategies", "Strategies", "RestartUnsafeVoiceRouting.scxml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Graph(string path, string format, string? output = null, string dot = GraphvizRenderer.DefaultProgram)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CommandRunner.Run(() => GraphCommand.Run(path, format, output, false, new AnalysisOptionsProvider(), dot, stdout, stderr));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Svg_comes_from_the_real_dot_into_the_output_file()
    {
        var file = Path.Combine(_folder, "sub", "chart.svg");
        var (exitCode, output, _) = Graph(Example, "svg", file);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", output);
        var svg = XElement.Parse(File.ReadAllText(file));
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "title" && e.Value == "ringback");
    }

    [Theory]
    [InlineData(150)]
    [InlineData(300)]
    public void A_flat_composer_workflow_of_hundreds_of_blocks_gets_svg_from_the_real_dot(int blocks)
    {
        // Issue #16: the 1,800-line workflow (150 blocks) took dot minutes before the large-chart layout.
        var source = Path.Combine(_folder, $"Flat{blocks}.scxml");
        File.WriteAllText(source, LargeComposerWorkflow.Create(blocks));
        var file = Path.Combine(_folder, $"Flat{blocks}.svg");
        var (exitCode, output, error) = Graph(source, "svg", file);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", output);
        Assert.DoesNotContain("did not finish", error, StringComparison.Ordinal);
        var titles = XElement.Parse(File.ReadAllText(file)).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToHashSet();
        foreach (var name in Enumerable.Range(0, blocks).Select(LargeComposerWorkflow.BlockName).Append("Entry1").Append("Exit1"))
        {
            Assert.Contains(name, titles);
        }
    }

    [Fact]
    public void Mermaid_is_the_default_and_dot_is_written_to_standard_output()
    {
        Assert.Contains("stateDiagram-v2", Graph(Example, "mermaid").Output, StringComparison.Ordinal);
        Assert.StartsWith("digraph \"RestartUnsafeVoiceRouting\" {", Graph(Example, "dot").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dot_is_a_clear_message_and_exit_code_2()
    {
        var (exitCode, output, error) = Graph(Example, "svg", dot: "/nonexistent/graphviz/dot");
        Assert.Equal(ExitCodes.UsageOrIo, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("orsc: Graphviz '/nonexistent/graphviz/dot' was not found.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_a_message_not_a_stack_trace()
    {
        Assert.Equal(ExitCodes.UsageOrIo, Graph(Path.Combine(_folder, "missing.scxml"), "dot").ExitCode);

        var notXml = Path.Combine(_folder, "notxml.scxml");
        File.WriteAllText(notXml, "this is not xml");
        var (exitCode, _, error) = Graph(notXml, "dot");
        Assert.Equal(ExitCodes.Errors, exitCode);
        Assert.Contains("no state chart could be built", error, StringComparison.Ordinal);

        var unresolved = Path.Combine(_folder, "unresolved.scxml");
        File.WriteAllText(unresolved, "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\"><state id=\"a\"><transition event=\"go\" target=\"nowhere\"/></state></scxml>");
        var drawn = Graph(unresolved, "dot");
        Assert.Equal(ExitCodes.Success, drawn.ExitCode);
        Assert.Contains("\"a\" [label=\"a\"]", drawn.Output, StringComparison.Ordinal);
        Assert.Contains("1 error(s); the diagram shows the chart as written", drawn.Error, StringComparison.Ordinal);
    }
}
