using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Ors;

public class XIncludeTests
{
    private const string Root = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1.0\" profile=\"ecmascript\">\n";

    private static AnalysisResult AnalyzeInMemory(Dictionary<string, string> files, string main = "main.scxml", ParseOptions? parse = null) =>
        DocumentAnalyzer.Analyze(
            new SourceDocument(main, files[main]),
            new AnalysisOptions { SourceResolver = new DictionarySourceResolver(files), Parse = parse ?? ParseOptions.Default });

    private static Diagnostic Single(AnalysisResult result, string id) =>
        Assert.Single(result.Diagnostics, d => d.Id == id);

    [Fact]
    public void Missing_file_is_reported_at_the_href_value()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "MissingFile.scxml");
        var diagnostic = Single(result, "ORS5002");
        Assert.Equal(new LinePosition(2, 29), diagnostic.Location.Start);
        Assert.Equal("The included file '../include/missing.js' cannot be read: file not found", diagnostic.Message);
        Assert.EndsWith("MissingFile.scxml", diagnostic.Location.FilePath);
        Assert.Empty(result.Tree.IncludedFiles);
    }

    [Fact]
    public void Missing_xpointer_id_is_reported_at_the_xpointer_value()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "MissingId.scxml");
        var diagnostic = Single(result, "ORS5003");
        Assert.Equal(new LinePosition(3, 75), diagnostic.Location.Start);
        Assert.Equal("The xpointer 'NoSuchState' selects no element in 'Workflow.scxml'", diagnostic.Message);
        Assert.DoesNotContain(result.Tree.Root!.DescendantsAndSelf(), e => e.Is(ScxmlNames.XIncludeNamespace, "include"));
    }

    [Fact]
    public void Cycle_is_reported_where_it_closes()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "CycleA.scxml");
        var diagnostic = Single(result, "ORS5004");
        Assert.EndsWith("CycleB.scxml", diagnostic.Location.FilePath);
        Assert.Equal(new LinePosition(3, 23), diagnostic.Location.Start);
        Assert.Equal("'CycleA.scxml' includes itself: CycleA.scxml -> CycleB.scxml -> CycleA.scxml", diagnostic.Message);
        Assert.Equal(new[] { "a", "b" }, result.Chart!.States.Where(s => s.Kind != StateNodeKind.Root).Select(s => s.Id).ToArray());
    }

    [Fact]
    public void Parse_errors_of_an_included_file_are_reported_in_that_file()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "IncludesBroken.scxml");
        var diagnostic = Single(result, "ORS1001");
        Assert.EndsWith("Broken.scxml", diagnostic.Location.FilePath);
        Assert.Equal(4, diagnostic.Location.Start.Line);
    }

    [Fact]
    public void Fallback_replaces_an_unreadable_include_without_a_diagnostic()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "Fallback.scxml");
        Assert.Empty(OrsTestDocuments.Problems(result));
        var fallback = Assert.Single(result.Chart!.States, s => s.Id == "fallback");
        Assert.Equal("s", fallback.Parent!.Id);
        Assert.Equal(2, fallback.Element.Depth);
    }

    [Fact]
    public void Fallback_does_not_hide_a_malformed_include()
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root + "<state id=\"s\"><xi:include parse=\"xml\"><xi:fallback><state id=\"f\"/></xi:fallback></xi:include></state>\n</scxml>",
        };
        var result = AnalyzeInMemory(files);
        Assert.Equal(new LinePosition(2, 16), Single(result, "ORS5001").Location.Start);
        Assert.DoesNotContain(result.Chart!.States, st => st.Id == "f");
    }

    [Fact]
    public void Nested_includes_resolve_relative_to_each_file_with_their_own_resolveid_and_suppressions()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "TwoLevels.scxml");
        var middle = Assert.Single(result.Chart!.States, s => s.Id == "Outer.middle");
        var start = Assert.Single(result.Chart.States, s => s.Id == "Inner.Start");
        Assert.Same(middle, start.Parent);
        Assert.Equal(3, start.Element.Depth);
        Assert.Equal(new[] { "Middle.scxml", "Workflow.scxml" }, result.Tree.IncludedFiles.Select(Path.GetFileName).ToArray());

        // Workflow.scxml suppresses ORS5107 on its state with a comment: included comments count.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS5107");
        Assert.Contains(result.Tree.Comments, c => c.Document.Path.EndsWith("Workflow.scxml"));
    }

    [Fact]
    public void Resolveid_rewrites_ids_targets_and_initial_but_keeps_the_original_spans()
    {
        var result = OrsTestDocuments.Analyze("XInclude", "TwoLevels.scxml");
        var start = result.Chart!.States.Single(s => s.Id == "Inner.Start").Element;
        var id = start.GetAttribute("id")!;
        Assert.Equal("Inner.Start", id.Value);
        Assert.Equal(new LinePosition(4, 14), id.ValueLocation.Start);
        Assert.Equal("Inner.End", start.Elements.Single().GetAttributeValue("target"));
    }

    [Fact]
    public void Missing_href_invalid_parse_and_unsupported_pointer_are_errors_at_the_include()
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root
                + "<state id=\"s\">\n"
                + "<xi:include parse=\"xml\"/>\n"
                + "<xi:include href=\"other.scxml\" parse=\"json\"/>\n"
                + "<xi:include href=\"other.scxml\" xpointer=\"xmlns(a=b)element(x)\"/>\n"
                + "</state>\n</scxml>",
            ["other.scxml"] = Root + "<state id=\"x\"/>\n</scxml>",
        };
        var result = AnalyzeInMemory(files);
        Assert.Equal(new LinePosition(3, 2), Single(result, "ORS5001").Location.Start);
        Assert.Equal(new LinePosition(4, 39), Single(result, "ORS5005").Location.Start);
        Assert.Equal(new LinePosition(5, 42), Single(result, "ORS5006").Location.Start);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("element(x)")]
    [InlineData("xpointer(id('x'))")]
    [InlineData("xpointer(id(\"x\"))")]
    [InlineData("element(/1/2/1)")]
    [InlineData("element(p/1)")]
    public void Xpointer_forms_select_the_element(string pointer)
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root + "<state id=\"s\"><xi:include href=\"dir/other.scxml\" xpointer=\"" + pointer.Replace("\"", "&quot;") + "\"/></state>\n</scxml>",
            ["dir/other.scxml"] = Root + "<state id=\"first\"/><state id=\"p\"><state id=\"x\"/></state>\n</scxml>",
        };
        var result = AnalyzeInMemory(files);
        Assert.Empty(OrsTestDocuments.Problems(result));
        var s = result.Chart!.States.Single(st => st.Id == "s");
        Assert.Equal("x", Assert.Single(s.Children).Id);
        Assert.Equal(new[] { "dir/other.scxml" }, result.Tree.IncludedFiles);
    }

    [Fact]
    public void Child_sequence_past_the_children_selects_nothing()
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root + "<state id=\"s\"><xi:include href=\"other.scxml\" xpointer=\"element(p/5)\"/></state>\n</scxml>",
            ["other.scxml"] = Root + "<state id=\"p\"><state id=\"x\"/></state>\n</scxml>",
        };
        var diagnostic = Single(AnalyzeInMemory(files), "ORS5003");
        Assert.Equal("The xpointer 'element(p/5)' selects no element in 'other.scxml'", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 56), diagnostic.Location.Start);
    }

    [Fact]
    public void Without_xpointer_the_included_root_is_spliced()
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root + "<state id=\"s\"><onentry><xi:include href=\"log.xml\"/></onentry></state>\n</scxml>",
            ["log.xml"] = "<log xmlns=\"http://www.w3.org/2005/07/scxml\" expr=\"'hi'\"/>",
        };
        var result = AnalyzeInMemory(files);
        Assert.Empty(OrsTestDocuments.Problems(result));
        var log = result.Tree.Root!.DescendantsAndSelf().Single(e => e.LocalName == "log");
        Assert.Equal("onentry", log.Parent!.LocalName);
        Assert.Equal(3, log.Depth);
    }

    [Fact]
    public void Spliced_content_deeper_than_the_nesting_limit_is_cut_and_reported()
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root + "<state id=\"a\"><state id=\"b\"><xi:include href=\"deep.scxml\" xpointer=\"c\"/></state></state>\n</scxml>",
            ["deep.scxml"] = Root + "<state id=\"c\"><state id=\"d\"><state id=\"e\"><state id=\"f\"/></state></state></state>\n</scxml>",
        };
        var result = AnalyzeInMemory(files, parse: new ParseOptions { MaxDepth = 5 });
        var diagnostic = Single(result, "ORS1004");
        Assert.Equal(new LinePosition(2, 30), diagnostic.Location.Start);
        Assert.Equal(new[] { "a", "b", "c", "d" }, result.Chart!.States.Where(s => s.Kind != StateNodeKind.Root).Select(s => s.Id).ToArray());
        Assert.All(result.Tree.Root!.DescendantsAndSelf(), e => Assert.True(e.Depth < 5));
    }

    [Fact]
    public void Number_of_includes_is_bounded()
    {
        // Each level includes the next twice: 2^9 includes would be resolved without the cap.
        var files = new Dictionary<string, string>();
        for (var level = 0; level < 9; level++)
        {
            var next = $"f{level + 1}.scxml";
            files[$"f{level}.scxml"] = Root + $"<state id=\"s{level}\"><xi:include href=\"{next}\" xpointer=\"s{level + 1}\"/><xi:include href=\"{next}\" xpointer=\"s{level + 1}\"/></state>\n</scxml>";
        }

        files["f9.scxml"] = Root + "<state id=\"s9\"/>\n</scxml>";
        var result = AnalyzeInMemory(files, "f0.scxml");
        Assert.Contains(XIncludeProcessor.MaxIncludes + " includes", Single(result, "ORS5007").Message);
        Assert.Equal(9, result.Tree.IncludedFiles.Count);
    }

    [Fact]
    public void Total_included_size_is_bounded_by_the_document_limit()
    {
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = Root + "<script><xi:include href=\"big.js\" parse=\"text\"/></script>\n</scxml>",
            ["big.js"] = "var x = '" + new string('a', 2000) + "';",
        };
        var result = AnalyzeInMemory(files, parse: new ParseOptions { MaxDocumentLength = 1000 });
        Assert.Equal(new LinePosition(2, 27), Single(result, "ORS5007").Location.Start);
    }

    [Fact]
    public void Without_a_source_resolver_includes_are_unreadable()
    {
        var result = DocumentAnalyzer.Analyze(
            new SourceDocument("main.scxml", Root + "<script><xi:include href=\"a.js\" parse=\"text\"/></script>\n</scxml>"),
            new AnalysisOptions { SourceResolver = null });
        Assert.Contains("no source resolver", Single(result, "ORS5002").Message);
    }
}
