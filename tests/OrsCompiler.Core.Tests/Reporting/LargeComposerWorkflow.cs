using System.Globalization;
using System.Text;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>
/// Generates the flat workflow of issue #16 that took Graphviz minutes to lay out: one compound state holding
/// <c>blocks</c> blocks, block i submitting to a queue and going on with <c>queue.submit.done</c> to block i+1 (the last
/// to Exit1), with <c>error.queue.submit</c> to block (7i+3) mod blocks and <c>error.*</c> to Exit1. With Composer
/// plumbing it is written as Composer writes a workflow (per-block request objects and request-id conditions, the
/// <c>_composer_entry</c> wrapper with its own error handler, Entry1, Exit1 leading to <c>_reserved_Exit1_final</c>):
/// about 13 lines per block, so 150 blocks make the 1,800-line workflow; without it, Exit1 is a plain final state.
/// Also linked into the integration tests and the benchmarks (<c>--graph-figures</c>).
/// </summary>
internal static class LargeComposerWorkflow
{
    public static string BlockName(int i) => "Block" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where block <paramref name="i"/> goes on <c>error.queue.submit</c>.</summary>
    public static int ErrorTarget(int i, int blocks) => (7 * i + 3) % blocks;

    public static string Create(int blocks, bool composerPlumbing = true)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:queue=\"http://www.genesyslab.com/modules/queue\"\n")
            .Append("       version=\"1.0\" profile=\"ecmascript\" name=\"Flat").Append(blocks.ToString(CultureInfo.InvariantCulture))
            .Append("\" initial=\"MainWorkflow\">\n");
        text.Append("  <datamodel>\n    <data id=\"ixnid\" expr=\"''\"/>\n");
        for (var i = 0; i < blocks; i++)
        {
            text.Append("    <data id=\"App_").Append(BlockName(i)).Append("\" expr=\"new Object()\"/>\n");
        }

        text.Append("  </datamodel>\n");
        text.Append("  <state id=\"MainWorkflow\" initial=\"").Append(composerPlumbing ? "_composer_entry" : BlockName(0)).Append("\">\n");
        var indent = "    ";
        if (composerPlumbing)
        {
            text.Append("    <state id=\"_composer_entry\" initial=\"Entry1\">\n")
                .Append("      <transition event=\"error.*\" target=\"Exit1\"/>\n")
                .Append("      <state id=\"Entry1\">\n")
                .Append("        <onentry><send event=\"'Entry1.done'\" delay=\"'0s'\"/></onentry>\n")
                .Append("        <transition event=\"Entry1.done\" target=\"Block0\"/>\n")
                .Append("      </state>\n");
            indent = "      ";
        }

        for (var i = 0; i < blocks; i++)
        {
            var name = BlockName(i);
            var next = i + 1 < blocks ? BlockName(i + 1) : "Exit1";
            var request = $"App_{name}['requestid']";
            var cond = composerPlumbing ? $" cond=\"_event.data.requestid == {request}\"" : "";
            text.Append(indent).Append("<state id=\"").Append(name).Append("\">\n")
                .Append(indent).Append("  <onentry>\n")
                .Append(indent).Append("    <queue:submit requestid=\"").Append(request).Append("\" interactionid=\"ixnid\" queue=\"'VQ_")
                .Append(i.ToString(CultureInfo.InvariantCulture)).Append("'\" timeout=\"30\">\n")
                .Append(indent).Append("      <queue:targets>\n")
                .Append(indent).Append("        <queue:target name=\"Group_").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\" type=\"agentgroup\"/>\n")
                .Append(indent).Append("      </queue:targets>\n")
                .Append(indent).Append("    </queue:submit>\n")
                .Append(indent).Append("  </onentry>\n")
                .Append(indent).Append("  <transition event=\"queue.submit.done\"").Append(cond).Append(" target=\"").Append(next).Append("\"/>\n")
                .Append(indent).Append("  <transition event=\"error.queue.submit\"").Append(cond).Append(" target=\"")
                .Append(BlockName(ErrorTarget(i, blocks))).Append("\"/>\n")
                .Append(indent).Append("  <transition event=\"error.*\" target=\"Exit1\"/>\n")
                .Append(indent).Append("</state>\n");
        }

        if (composerPlumbing)
        {
            text.Append("      <state id=\"Exit1\">\n")
                .Append("        <transition target=\"_reserved_Exit1_final\"/>\n")
                .Append("      </state>\n")
                .Append("      <final id=\"_reserved_Exit1_final\"/>\n")
                .Append("    </state>\n");
        }
        else
        {
            text.Append("    <final id=\"Exit1\"/>\n");
        }

        text.Append("  </state>\n</scxml>\n");
        return text.ToString();
    }
}
