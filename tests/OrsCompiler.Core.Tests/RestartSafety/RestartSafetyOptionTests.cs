using System;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Configuration;
using OrsCompiler.Model;

namespace OrsCompiler.Core.Tests.RestartSafety;

/// <summary>How the server options and the dialect change what the restart-safety rules report.</summary>
public class RestartSafetyOptionTests
{
    private const string WaitingDocument =
        "<state id='wait'><transition event='interaction.deleted' target='end'/></state><final id='end'/>";

    private static AnalysisOptions WithServer(ServerOptions server) => AnalysisOptions.Default with { Server = server };

    [Theory]
    [InlineData("*", false)]
    [InlineData("session", false)]
    [InlineData("session.*", false)]
    [InlineData("session.restarted", false)]
    [InlineData("session.restarted.*", false)]
    [InlineData("session.restart", true)]
    [InlineData("sessions", true)]
    [InlineData("session.restartedx", true)]
    [InlineData("restarted", true)]
    public void Session_restarted_descriptors_match_as_scxml_says(string descriptor, bool reported)
    {
        var document = Lint.Ors("", $"<state id='wait'><transition event='{descriptor}' target='wait'/><transition event='x' target='end'/></state><final id='end'/>");
        Assert.Equal(reported ? new[] { "ORS4005 1:2" } : Array.Empty<string>(), Lint.Findings(document, null, "ORS4005"));
    }

    [Fact]
    public void Restart_rules_are_off_when_switchover_restart_is_not_expected()
    {
        var document = Lint.Ors("", WaitingDocument);
        Assert.Equal(new[] { "ORS4005 1:2" }, Lint.Findings(document, null, "ORS4005"));
        Assert.Empty(Lint.Findings(document, WithServer(new ServerOptions { RestartOnSwitchoverExpected = false }), "ORS4005"));
    }

    [Fact]
    public void Persistence_default_decides_for_documents_without_persist()
    {
        var document = Lint.Ors("_sendSessionRecovered='true'", "<state id='wait'><transition event='session.recovered' target='end'/></state><final id='end'/>");
        Assert.Equal(new[] { "ORS4005 1:2", "ORS4002 1:83" }, Lint.Findings(document, null, "ORS4002", "ORS4005"));

        // Persisted by default: recovery works, and the session is recovered instead of restarted.
        Assert.Empty(Lint.Findings(document, WithServer(new ServerOptions { PersistenceDefault = true }), "ORS4002", "ORS4005"));

        // An explicit _persist="false" wins over the default.
        var notPersisted = Lint.Ors("_persist='false' _sendSessionRecovered='true'", "<state id='wait'><transition event='session.recovered' target='end'/></state><final id='end'/>");
        Assert.Single(Lint.Findings(notPersisted, WithServer(new ServerOptions { PersistenceDefault = true }), "ORS4002"));
    }

    [Fact]
    public void Maximum_session_lifetime_is_configurable()
    {
        var document = Lint.Ors("", "<state id='wait'><onentry><send event=\"'t'\" delay=\"'2h'\"/></onentry><transition event='t' target='end'/></state><final id='end'/>");
        Assert.Empty(Lint.Findings(document, null, "ORS4008"));
        var diagnostic = Assert.Single(Lint.Analyze(document, WithServer(new ServerOptions { MaxSessionLifetime = TimeSpan.FromMinutes(90) })), d => d.Id == "ORS4008");
        Assert.Equal("The delay '2h' exceeds the maximum session lifetime of 90m", diagnostic.Message);
    }

    [Fact]
    public void Ors_specific_rules_stay_silent_on_w3c_documents_but_structure_is_checked()
    {
        const string w3c = "<scxml xmlns='http://www.w3.org/2005/07/scxml' version='1.0' datamodel='ecmascript'>"
                           + "<state id='wait'/><state id='orphan'/></scxml>";
        Assert.Equal(new[] { "ORS4010 1:86", "ORS4009 1:104" }, Lint.Findings(w3c));

        var forcedOrs = AnalysisOptions.Default with { Dialect = Dialect.Ors };
        Assert.Contains("ORS4005 1:2", Lint.Findings(w3c, forcedOrs));
    }

    [Fact]
    public void Suppression_comment_silences_a_restart_rule()
    {
        var document = "<!-- orsc-disable ORS4005 ORS4014 -->" + Lint.Ors("", WaitingDocument);
        Assert.Empty(Lint.Findings(document));
    }

    [Fact]
    public void Documents_with_unresolved_targets_report_no_unreachable_states()
    {
        var document = Lint.Ors("", "<state id='a'><transition event='x' target='missing'/></state><state id='b'/>");
        Assert.Empty(Lint.Findings(document, null, "ORS4009"));
    }

    [Fact]
    public void Deeply_nested_charts_do_not_overflow()
    {
        var depth = 150;
        var open = string.Concat(System.Linq.Enumerable.Range(0, depth).Select(i => $"<state id='s{i}'><transition target='s{(i + 1) % depth}'/>"));
        var close = string.Concat(System.Linq.Enumerable.Repeat("</state>", depth));
        var findings = Lint.Findings(Lint.Ors("", open + close));
        Assert.Contains(findings, f => f.StartsWith("ORS4011", StringComparison.Ordinal));
    }
}
