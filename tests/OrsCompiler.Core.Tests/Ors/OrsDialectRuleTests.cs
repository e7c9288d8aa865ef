using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Ors;

public class OrsDialectRuleTests
{
    private const string Root =
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\""
        + " xmlns:queue=\"http://www.genesyslab.com/modules/queue\" xmlns:ixn=\"http://www.genesyslab.com/modules/interaction\""
        + " xmlns:dialog=\"http://www.genesyslab.com/modules/dialog\" xmlns:session=\"http://www.genesyslab.com/modules/session\""
        + " xmlns:statistic=\"http://www.genesyslab.com/modules/statistic\">\n";

    private static AnalysisResult Lint(string body, Dialect dialect = Dialect.Auto) =>
        DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", Root + body + "\n</scxml>"), new AnalysisOptions { Dialect = dialect });

    // The body goes inside a state's onentry, on line 2 after this 23-character prefix.
    private static AnalysisResult LintAction(string action) => Lint("<state id=\"s\"><onentry>" + action + "</onentry></state>");

    private static Diagnostic Single(AnalysisResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

    private static Diagnostic[] Dialect5xxx(AnalysisResult result) => result.Diagnostics.Where(d => d.Id.StartsWith("ORS5")).ToArray();

    [Fact]
    public void Unknown_attribute_on_an_action_suggests_the_closest_name()
    {
        var result = LintAction("<ixn:redirect requestid=\"r\" interactonid=\"ixnid\" to=\"'7001'\"/>");
        var diagnostic = Single(result, "ORS5102");
        Assert.Equal("'interactonid' is not an attribute of <ixn:redirect> (did you mean 'interactionid'?)", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 52), diagnostic.Location.Start);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Unknown_element_in_a_known_module_suggests_the_closest_action()
    {
        var diagnostic = Single(LintAction("<queue:submitt route=\"true\"/>"), "ORS5101");
        Assert.Equal("<queue:submitt> is not an element of the ORS 'queue' module (did you mean 'submit'?)", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 25), diagnostic.Location.Start);
    }

    [Fact]
    public void Unknown_name_far_from_every_documented_one_is_accepted()
    {
        // The stored documentation lists no module's elements completely: only a near miss of a documented name is suspect.
        Assert.Empty(Dialect5xxx(LintAction("<dialog:transmogrify/><ixn:createcall requestid=\"r\" from=\"'1'\" to=\"'2'\"/>")));
    }

    [Fact]
    public void Missing_required_attribute_is_an_error_at_the_element_name()
    {
        var diagnostic = Single(LintAction("<ixn:redirect requestid=\"r\"/>"), "ORS5103");
        Assert.Equal("<ixn:redirect> requires the attribute 'to'", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 25), diagnostic.Location.Start);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Literal_enumeration_values_are_checked()
    {
        var diagnostic = Single(LintAction("<queue:submit queue=\"'VQ'\" route=\"'true'\"/>"), "ORS5104");
        Assert.Equal("'true' is not a valid value of 'route' on <queue:submit>; expected one of: true, false", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 58), diagnostic.Location.Start);

        var target = Single(
            LintAction("<queue:submit><queue:targets><queue:target name=\"G\" type=\"agentgrp\"/></queue:targets></queue:submit>"),
            "ORS5104");
        Assert.Contains("agentgroup", target.Message);
    }

    [Fact]
    public void Child_not_accepted_by_an_action_is_reported_once()
    {
        var result = LintAction("<queue:submit><queue:target name=\"G\"/></queue:submit>");
        var diagnostic = Single(result, "ORS5105");
        Assert.Equal("<queue:target> is not allowed inside <queue:submit>; allowed: queue:targets, dialog:runtreatments", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 39), diagnostic.Location.Start);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS5106");
    }

    [Fact]
    public void Part_of_an_action_outside_it_is_misplaced()
    {
        var diagnostic = Single(LintAction("<queue:target name=\"G\"/>"), "ORS5106");
        Assert.Equal("<queue:target> belongs inside <queue:targets>", diagnostic.Message);
    }

    [Fact]
    public void Core_children_listed_for_an_action_are_accepted()
    {
        var result = LintAction(
            "<session:fetch srcexpr=\"'http://x'\" method=\"'post'\"><param name=\"a\" expr=\"1\"/><content _expr=\"'{}'\"/></session:fetch>"
            + "<dialog:start type=\"'applid'\"><param name=\"APP_URI\" expr=\"'u'\"/></dialog:start>");
        Assert.Empty(Dialect5xxx(result));
    }

    [Fact]
    public void Unknown_underscore_attribute_on_a_core_element_is_a_warning_with_suggestion()
    {
        var diagnostic = Single(Lint("<state id=\"s\" _persits=\"false\"/>"), "ORS5107");
        Assert.Equal("'_persits' is not a known ORS extension attribute of <state> (did you mean '_persist'?)", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 15), diagnostic.Location.Start);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Known_extension_attributes_are_accepted()
    {
        var result = DocumentAnalyzer.Analyze(new SourceDocument(
            "t.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\" _type=\"routingstrategy\" _persist=\"false\" _sendSessionRecovered=\"true\">\n"
            + "<datamodel><data id=\"p\" _type=\"parameter\" _desc=\"a parameter\"/></datamodel>\n"
            + "<state id=\"s\" _type=\"normal\" _persist=\"true\"><onentry><send event=\"'e'\"><content _expr=\"1\"/></send></onentry></state>\n</scxml>"));
        Assert.Empty(Dialect5xxx(result));
    }

    [Fact]
    public void Genesys_namespace_not_declared_on_the_root_is_a_warning_once()
    {
        var result = DocumentAnalyzer.Analyze(new SourceDocument(
            "t.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\">\n"
            + "<state id=\"s\"><onentry><q:query xmlns:q=\"http://www.genesyslab.com/modules/queue\" requestid=\"r\"/>"
            + "<q:query xmlns:q=\"http://www.genesyslab.com/modules/queue\" requestid=\"r2\"/></onentry></state>\n</scxml>"));
        var diagnostic = Single(result, "ORS5108");
        Assert.Equal("The namespace 'http://www.genesyslab.com/modules/queue' is used here but not declared on the <scxml> element", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 25), diagnostic.Location.Start);
    }

    [Fact]
    public void Misspelt_module_namespace_suggests_the_module()
    {
        var result = DocumentAnalyzer.Analyze(new SourceDocument(
            "t.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:q=\"http://www.genesyslab.com/modules/queues\" version=\"1.0\">\n"
            + "<state id=\"s\"><onentry><q:submit/><q:submit/></onentry></state>\n</scxml>"));
        Assert.Equal(Dialect.Ors, result.Dialect);
        var diagnostic = Single(result, "ORS5109");
        Assert.Equal(
            "'http://www.genesyslab.com/modules/queues' is not the namespace of an ORS module (did you mean 'http://www.genesyslab.com/modules/queue'?)",
            diagnostic.Message);
    }

    [Fact]
    public void Modules_without_verified_elements_accept_any_element_and_underscore_attributes_on_actions_are_ignored()
    {
        var result = LintAction("<statistic:anything x=\"1\"/><queue:query requestid=\"r\" _blockName=\"Query1\"/>");
        Assert.Empty(Dialect5xxx(result));
    }

    [Fact]
    public void Dialect_is_detected_from_the_document_or_forced()
    {
        const string body = "<state id=\"s\" _persits=\"false\"><onentry><queue:submitt/></onentry></state>";
        var detected = Lint(body);
        Assert.Equal(Dialect.Ors, detected.Dialect);
        Assert.Equal(new[] { "ORS5101", "ORS5107" }, Dialect5xxx(detected).Select(d => d.Id).OrderBy(i => i).ToArray());

        var forced = Lint(body, Dialect.W3C);
        Assert.Equal(Dialect.W3C, forced.Dialect);
        Assert.Empty(Dialect5xxx(forced));

        var plain = DocumentAnalyzer.Analyze(
            new SourceDocument("t.scxml", "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\"><state id=\"s\" _persits=\"x\"/></scxml>"),
            new AnalysisOptions { Dialect = Dialect.Ors });
        Assert.Equal(Dialect.Ors, plain.Dialect);
        Assert.Equal("ORS5107", Assert.Single(Dialect5xxx(plain)).Id);
    }

    [Fact]
    public void Diagnostics_in_included_files_point_into_them_and_can_be_suppressed_there()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "TwoLevels.scxml");
        Assert.Empty(Dialect5xxx(result));
    }

    [Fact]
    public void Expression_attributes_of_actions_are_validated_as_ecmascript_at_the_right_column()
    {
        // The second ':' (offset 24 of the value, which starts at column 86) is the error.
        var result = LintAction("<queue:submit requestid=\"req.id\" queue=\"'VQ_Sales'\" priority=\"segment == 'gold' ? 10 :: 5\"/>");
        var diagnostic = Single(result, "ORS3001");
        Assert.Equal(new LinePosition(2, 110), diagnostic.Location.Start);
    }

    [Fact]
    public void Expression_attributes_of_actions_must_be_expressions_and_requestid_a_location()
    {
        var statement = LintAction("<ixn:attach interactionid=\"var x = 1\"/>");
        Assert.Equal(new LinePosition(2, 51), Single(statement, "ORS3004").Location.Start);

        var location = LintAction("<ixn:attach requestid=\"'literal'\"/>");
        Assert.Equal(new LinePosition(2, 47), Single(location, "ORS3003").Location.Start);
    }

    [Fact]
    public void Literal_attributes_are_not_parsed_as_ecmascript()
    {
        var result = LintAction("<queue:submit route=\"true\"><queue:targets><queue:target name=\"Sales Group\" type=\"agentgroup\" statserver=\"Stat Server\"/></queue:targets></queue:submit>");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("ORS3") || d.Id.StartsWith("ORS5"));
    }

    [Fact]
    public void Actions_run_only_in_executable_content()
    {
        var diagnostic = Single(Lint("<state id=\"s\"><ixn:attach requestid=\"r\"/></state>"), "ORS5110");
        Assert.Equal("<ixn:attach> is an action, but nothing executes the content of <state>", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 16), diagnostic.Location.Start);

        var executed = Lint(
            "<state id=\"s\"><onexit><if cond=\"true\"><ixn:detach/><else/><ixn:attach/></if></onexit>"
            + "<transition event=\"e\"><foreach array=\"[1]\" item=\"i\"><queue:query/></foreach></transition>"
            + "<onentry><dialog:runtreatments><dialog:play/></dialog:runtreatments></onentry></state>");
        Assert.Empty(Dialect5xxx(executed));
    }
}
