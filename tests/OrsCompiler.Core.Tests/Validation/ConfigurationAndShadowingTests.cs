using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>What ORS2021, ORS2023 and ORS2024 must not report, and that they stay linear on large inputs.</summary>
public class ConfigurationAndShadowingTests
{
    private const string Open = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\" initial=\"s\">\n";

    private static List<string> Ids(string body, params string[] ids) =>
        DocumentAnalyzer.Analyze(new SourceDocument("test.scxml", Open + body + "\n</scxml>\n")).Diagnostics
            .Where(d => ids.Contains(d.Id))
            .Select(d => $"{d.Id} {d.Location.Start.Line}:{d.Location.Start.Column}")
            .ToList();

    private const string Parallel =
        "<parallel id=\"p\"><state id=\"r1\"><state id=\"a1\"/><state id=\"a2\"/><history id=\"h1\"><transition target=\"a1\"/></history></state>" +
        "<state id=\"r2\"><state id=\"b1\"/><state id=\"b2\"/></state></parallel>";

    [Theory]
    [InlineData("a1 b1")]
    [InlineData("a2 b2")]
    [InlineData("h1 b2")]
    [InlineData("h1 a2")]
    [InlineData("r1 b1")]
    public void States_of_different_regions_of_one_parallel_are_legal(string targets)
    {
        Assert.Empty(Ids($"<state id=\"s\"><transition event=\"go\" target=\"{targets}\"/></state>{Parallel}", "ORS2021"));
    }

    [Theory]
    [InlineData("a1 a2", "ORS2021 2:49")]
    [InlineData("a1 r1", "ORS2021 2:49")]
    [InlineData("p a1", "ORS2021 2:48")]
    [InlineData("a1 a1", "ORS2021 2:49")]
    [InlineData("s a1", "ORS2021 2:48")]
    public void Illegal_sets_are_reported_at_the_later_id(string targets, string expected)
    {
        Assert.Equal(new List<string> { expected }, Ids($"<state id=\"s\"><transition event=\"go\" target=\"{targets}\"/></state>{Parallel}", "ORS2021"));
    }

    [Theory]
    [InlineData("<transition event=\"error.queue\" target=\"a\"/><transition event=\"error\" target=\"a\"/>")]
    [InlineData("<transition event=\"go\" cond=\"x\" target=\"a\"/><transition event=\"go\" target=\"a\"/>")]
    [InlineData("<transition event=\"go\" target=\"a\"/><transition target=\"a\"/>")]
    [InlineData("<transition target=\"a\" cond=\"x\"/><transition target=\"a\"/>")]
    [InlineData("<transition event=\"go.on\" target=\"a\"/><transition event=\"go.on go\" target=\"a\"/>")]
    public void Transitions_that_can_still_be_taken_are_not_reported(string transitions)
    {
        Assert.Empty(Ids($"<state id=\"s\">{transitions}</state><final id=\"a\"/>", "ORS2023"));
    }

    [Theory]
    [InlineData("<transition event=\"*\" target=\"a\"/><transition event=\"go\" target=\"a\"/>")]
    [InlineData("<transition event=\"go.*\" target=\"a\"/><transition event=\"go.on\" target=\"a\"/>")]
    [InlineData("<transition event=\"a\" target=\"a\"/><transition event=\"b\" target=\"a\"/><transition event=\"a b.c\" target=\"a\"/>")]
    public void Transitions_covered_by_earlier_ones_are_reported(string transitions)
    {
        Assert.Single(Ids($"<state id=\"s\">{transitions}</state><final id=\"a\"/>", "ORS2023"));
    }

    [Theory]
    [InlineData("<transition target=\"next\" cond=\"x\"/>")]
    [InlineData("<transition event=\"leave\" target=\"next\"/>")]
    [InlineData("<transition target=\"p1\" type=\"internal\"/>")]
    [InlineData("<transition target=\"next\"/><state id=\"inner\"><transition target=\"p2\"/></state>")]
    public void A_parent_that_can_wait_lets_its_history_record(string parentContent)
    {
        var body = "<state id=\"s\"><transition event=\"go\" target=\"p\"/></state>" +
            $"<state id=\"p\">{parentContent}<history id=\"h\"><transition target=\"p1\"/></history>" +
            "<state id=\"p1\"><transition event=\"e\" target=\"p2\"/></state><state id=\"p2\"/></state><state id=\"next\"><transition event=\"back\" target=\"h\"/></state>";
        Assert.Empty(Ids(body, "ORS2024"));
    }

    [Fact]
    public void Many_transitions_in_one_state_and_a_long_target_list_stay_fast()
    {
        var body = new StringBuilder("<state id=\"s\">");
        for (var i = 0; i < 5_000; i++)
        {
            body.Append("<transition event=\"e").Append(i).Append("\" target=\"s\"/>");
        }

        body.Append("<transition event=\"go\" target=\"");
        for (var i = 0; i < 5_000; i++)
        {
            body.Append("s").Append(i).Append(' ');
        }

        body.Append("\"/>");
        for (var i = 0; i < 5_000; i++)
        {
            body.Append("<state id=\"s").Append(i).Append("\"/>");
        }

        body.Append("</state>");
        var watch = Stopwatch.StartNew();
        var reported = Ids(body.ToString(), "ORS2021", "ORS2023");
        watch.Stop();

        // One conflict reported for the list (all are children of 's'), no shadowing; quadratic work would take minutes.
        Assert.Equal(1, reported.Count(r => r.StartsWith("ORS2021", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(reported, r => r.StartsWith("ORS2023", System.StringComparison.Ordinal));
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"took {watch.Elapsed}");
    }
}
