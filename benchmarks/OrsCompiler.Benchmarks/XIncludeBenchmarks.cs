using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// What XInclude costs: a Composer-style IPD that includes <see cref="Workflows"/> workflow files (resolveid, xpointer,
/// a shared .js) against the same states written inline in one document. Both are fully linted (ORS dialect rules on).
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --filter *XIncludeBenchmarks*
/// </summary>
[MemoryDiagnoser]
public class XIncludeBenchmarks
{
    private const string Namespaces =
        "xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\""
        + " xmlns:queue=\"http://www.genesyslab.com/modules/queue\" xmlns:ixn=\"http://www.genesyslab.com/modules/interaction\"";

    private string _directory = "";
    private SourceDocument _wrapper = null!;
    private SourceDocument _inline = null!;

    [Params(1, 20)]
    public int Workflows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "orsc-xinclude-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_directory, "include"));
        File.WriteAllText(Path.Combine(_directory, "include", "common.js"), "function isDefined(v) { return typeof v !== 'undefined' && v !== null; }\n");
        File.WriteAllText(Path.Combine(_directory, "Workflow.scxml"), $"<scxml {Namespaces} version=\"1.0\" profile=\"ecmascript\">\n{WorkflowState("$$_MY_PREFIX_$$")}</scxml>\n");

        var includes = string.Concat(Enumerable.Range(0, Workflows).Select(i =>
            $"  <state id=\"W{i}\"><xi:include href=\"Workflow.scxml\" parse=\"xml\" resolveid=\"Flow{i}\" xpointer=\"_composer_entry\"/></state>\n"));
        var inline = string.Concat(Enumerable.Range(0, Workflows).Select(i => $"  <state id=\"W{i}\">\n{WorkflowState("Flow" + i)}  </state>\n"));
        _wrapper = new SourceDocument(Path.Combine(_directory, "IPD.scxml"), Document("<script><xi:include href=\"include/common.js\" parse=\"text\"/></script>\n" + includes));
        _inline = new SourceDocument(Path.Combine(_directory, "Inline.scxml"), Document("<script>function isDefined(v) { return typeof v !== 'undefined' &amp;&amp; v !== null; }</script>\n" + inline));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true)]
    public int Inline() => DocumentAnalyzer.Analyze(_inline).Diagnostics.Count;

    [Benchmark]
    public int Included() => DocumentAnalyzer.Analyze(_wrapper).Diagnostics.Count;

    private static string Document(string body) =>
        $"<scxml {Namespaces} version=\"1.0\" profile=\"ecmascript\" _persist=\"false\" initial=\"W0\">\n<datamodel><data id=\"ixnid\" expr=\"''\"/></datamodel>\n{body}</scxml>\n";

    private static string WorkflowState(string prefix)
    {
        var text = new StringBuilder();
        text.Append($"  <state id=\"{prefix}._composer_entry\" initial=\"{prefix}.Step0\">\n");
        for (var i = 0; i < 10; i++)
        {
            var next = i == 9 ? $"{prefix}.Exit" : $"{prefix}.Step{i + 1}";
            text.Append($"    <state id=\"{prefix}.Step{i}\"><onentry>")
                .Append($"<queue:submit requestid=\"req{i}\" interactionid=\"ixnid\" queue=\"'VQ_{i}'\" priority=\"{i}\" route=\"true\">")
                .Append("<queue:targets><queue:target name=\"Group\" type=\"agentgroup\"/></queue:targets></queue:submit></onentry>")
                .Append($"<transition event=\"queue.submit.done\" cond=\"_event.data.requestid == req{i}\" target=\"{next}\"/>")
                .Append($"<transition event=\"error.queue.submit\" target=\"{next}\"/></state>\n");
        }

        text.Append($"    <final id=\"{prefix}.Exit\"/>\n  </state>\n");
        return text.ToString();
    }
}
