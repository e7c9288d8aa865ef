using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Integration.Tests.Support;

namespace OrsCompiler.Integration.Tests.Cli;

public sealed class InspectCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orsc-inspect-").FullName;
    private readonly string _blob;

    public InspectCommandTests()
    {
        var source = Path.Combine(_folder, "routing.scxml");
        File.WriteAllText(source, """
            <scxml xmlns="http://www.w3.org/2005/07/scxml" xmlns:queue="http://www.genesyslab.com/modules/queue" version="1.0" profile="ecmascript" _persist="false">
              <datamodel><data id="vq" expr="'VQ_1'"/></datamodel>
              <state id="route">
                <onentry><queue:submit queue="vq" timeout="30"/></onentry>
                <transition event="queue.submit.done" cond="_event.data.ok" target="done"/>
              </state>
              <final id="done"/>
            </scxml>
            """);
        Assert.Equal(ExitCodes.Success, CliRun.Build(Path.Combine(_folder, "out"), inputs: source).ExitCode);
        _blob = Path.Combine(_folder, "out", "routing.orsdoc");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Prints_the_header_and_the_document_with_named_fields()
    {
        var (exitCode, output, _) = CliRun.Inspect(_blob);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("\n  \"header\": {", output, StringComparison.Ordinal);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("routing", json.GetProperty("header").GetProperty("documentName").GetString());
        Assert.Equal("1.1", json.GetProperty("header").GetProperty("format").GetString());
        var document = json.GetProperty("document");
        Assert.Equal("ors", document.GetProperty("dialect").GetString());
        Assert.False(document.GetProperty("persist").GetBoolean());
        var states = document.GetProperty("states").EnumerateArray().ToList();
        Assert.Equal(["", "route", "done"], states.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("vq", states[0].GetProperty("data")[0].GetProperty("id").GetString());
        var submit = states[1].GetProperty("onEntry")[0][0];
        Assert.Equal("Custom", submit.GetProperty("kind").GetString());
        Assert.Equal("submit", submit.GetProperty("name").GetString());
        Assert.Equal("vq", submit.GetProperty("attributes").GetProperty("queue").GetProperty("expr").GetString());
        var transition = document.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("events").GetArrayLength() == 1);
        Assert.Equal("queue.submit.done", transition.GetProperty("events")[0].GetString());
        Assert.Equal("_event.data.ok", transition.GetProperty("cond").GetProperty("expr").GetString());
        Assert.Equal(0, transition.GetProperty("domain").GetInt32());
    }

    [Fact]
    public void Raw_prints_the_stored_messagepack_values()
    {
        var (exitCode, output, _) = CliRun.Inspect(_blob, raw: true);

        Assert.Equal(ExitCodes.Success, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("ORSDOC", json.GetProperty("blob")[0].GetString());
        Assert.Equal("routing", json.GetProperty("blob")[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("body").ValueKind);
    }

    [Fact]
    public void A_corrupt_blob_exits_1_with_the_loaders_message()
    {
        var bytes = File.ReadAllBytes(_blob);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(_blob, bytes);

        var (exitCode, output, error) = CliRun.Inspect(_blob);

        Assert.Equal(ExitCodes.Errors, exitCode);
        Assert.Equal("", output);
        Assert.Contains("hash", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_blob_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageOrIo, CliRun.Inspect(Path.Combine(_folder, "missing.orsdoc")).ExitCode);
}
