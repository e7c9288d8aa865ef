using System.Linq;
using OrsCompiler.Analysis;
using Lint = OrsCompiler.Core.Tests.RestartSafety.Lint;
using OrsCompiler.Diagnostics;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Composer;

/// <summary>What Composer generates and the documentation allows gets no diagnostic; the real faults still do.</summary>
public class ComposerDialectTests
{
    private const string Root =
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\""
        + " xmlns:queue=\"http://www.genesyslab.com/modules/queue\" xmlns:ixn=\"http://www.genesyslab.com/modules/interaction\""
        + " xmlns:dialog=\"http://www.genesyslab.com/modules/dialog\">\n";

    private static Diagnostic[] LintBody(string body) =>
        DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", Root + body + "\n</scxml>")).Diagnostics.ToArray();

    private static Diagnostic[] LintAction(string action) =>
        LintBody("<state id=\"s\"><onentry>" + action + "</onentry><transition event=\"x\" target=\"f\"/></state><final id=\"f\"/>");

    [Fact]
    public void Busy_treatments_inside_queue_submit_are_accepted()
    {
        var diagnostics = LintAction(
            "<queue:submit requestid=\"r\" queue=\"'VQ'\"><queue:targets><queue:target name=\"G\" type=\"agentgroup\"/></queue:targets>"
            + "<dialog:runtreatments><dialog:start type=\"'applid'\" interactionid=\"ixnid\"><param name=\"APP_URI\" expr=\"'u'\"/></dialog:start></dialog:runtreatments>"
            + "</queue:submit>");
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ORS51"));
    }

    [Fact]
    public void Prompts_inside_dialog_play_are_accepted()
    {
        var diagnostics = LintAction(
            "<dialog:play requestid=\"r\" interactionid=\"ixnid\" language=\"'en-US'\"><dialog:prompts type=\"announcement\">"
            + "<dialog:prompt interrupt=\"true\" text=\"'Hello'\"/></dialog:prompts></dialog:play>");
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ORS51"));
    }

    [Fact]
    public void Prompts_outside_any_dialog_action_are_still_misplaced()
    {
        var diagnostic = Assert.Single(LintAction("<dialog:prompts type=\"announcement\"/>"), d => d.Id == "ORS5106");
        Assert.Equal("<dialog:prompts> belongs inside <dialog:play>", diagnostic.Message);
    }

    [Fact]
    public void Documented_interaction_actions_are_not_unknown()
    {
        var diagnostics = LintAction(
            "<ixn:redirect requestid=\"r\" interactionid=\"i\" to=\"'1'\"/><ixn:terminate interactionid=\"i\"/><ixn:attach interactionid=\"i\"/>"
            + "<ixn:detach interactionid=\"i\"/><ixn:accept interactionid=\"i\"/><ixn:createcall from=\"'1'\" to=\"'2'\"/>");
        Assert.DoesNotContain(diagnostics, d => d.Id == "ORS5101");
        Assert.Single(LintAction("<ixn:redirct to=\"'1'\"/>"), d => d.Id == "ORS5101");
    }

    private const string Parallel =
        "<state id=\"top\"><parallel id=\"p\">"
        + "<state id=\"app\"><transition event=\"done\" target=\"end\"/></state>"
        + "<state id=\"handler\"><transition event=\"error.*\"><log expr=\"'e'\"/></transition></state>"
        + "</parallel></state><final id=\"end\"/>";

    [Fact]
    public void Region_that_never_leaves_on_its_own_is_no_dead_end_when_another_region_leaves_the_parallel()
    {
        Assert.Empty(Lint.Findings(Lint.Ors("initial=\"top\"", Parallel), null, "ORS4010"));
    }

    [Fact]
    public void Region_is_a_dead_end_when_no_region_or_ancestor_leaves()
    {
        var text = Lint.Ors("initial=\"top\"", Parallel.Replace("target=\"end\"", ""));
        Assert.Equal(new[] { "ORS4010 1:131", "ORS4010 1:182" }, Lint.Findings(text, null, "ORS4010"));
    }

    [Fact]
    public void Busy_eventless_self_loop_is_reported()
    {
        var text = Lint.Ors("initial=\"poll\"",
            "<datamodel><data id=\"ready\" expr=\"false\"/></datamodel>"
            + "<state id=\"poll\"><onentry><log expr=\"'polling'\"/></onentry><transition cond=\"ready\" target=\"end\"/><transition target=\"poll\"/></state>"
            + "<final id=\"end\"/>");
        var diagnostic = Assert.Single(Lint.Analyze(text), d => d.Id == "ORS4011");
        Assert.StartsWith("Eventless transitions without a cond loop forever through 'poll' (it re-enters itself", diagnostic.Message);
    }

    [Fact]
    public void Counting_loop_that_changes_its_data_is_not_busy()
    {
        var text = Lint.Ors("initial=\"count\"",
            "<datamodel><data id=\"i\" expr=\"0\"/></datamodel>"
            + "<state id=\"count\"><onentry><assign location=\"i\" expr=\"i + 1\"/></onentry><transition cond=\"i &gt;= 3\" target=\"end\"/><transition target=\"count\"/></state>"
            + "<final id=\"end\"/>");
        Assert.DoesNotContain(Lint.Analyze(text), d => d.Id == "ORS4011");
    }
}
