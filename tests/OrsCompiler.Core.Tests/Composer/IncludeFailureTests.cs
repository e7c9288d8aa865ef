using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Core.Tests.Ors;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Composer;

/// <summary>A failed include is reported once, and nothing that follows only from its missing content.</summary>
public class IncludeFailureTests
{
    private const string Wrapper =
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1.0\" profile=\"ecmascript\" initial=\"app\">\n"
        + "<state id=\"app\" initial=\"MainWorkflow\">\n"
        + "<state id=\"MainWorkflow\" initial=\"MainWorkflow._composer_entry\">\n"
        + "<xi:include href=\"HREF\" parse=\"xml\" resolveid=\"MainWorkflow\" xpointer=\"_composer_entry\"/>\n"
        + "<transition event=\"done.state.MainWorkflow._composer_entry\" target=\"exit\"/>\n"
        + "<transition event=\"go\" target=\"MainWorkflow.Entry1\"/>\n"
        + "</state>\n"
        + "</state>\n"
        + "<final id=\"exit\"/>\n"
        + "</scxml>";

    [Fact]
    public void Missing_workflow_is_one_error_without_cascade()
    {
        var files = new Dictionary<string, string> { ["src-gen/IPD.scxml"] = Wrapper.Replace("HREF", "Missing.scxml") };
        var result = DocumentAnalyzer.Analyze(
            new SourceDocument("src-gen/IPD.scxml", files["src-gen/IPD.scxml"]),
            new AnalysisOptions { SourceResolver = new DictionarySourceResolver(files) });
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal("ORS5002", error.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "ORS2002" or "ORS2003" or "ORS2005");
    }

    [Fact]
    public void Missing_content_does_not_hide_a_wrong_target_outside_its_name_space()
    {
        var text = Wrapper.Replace("HREF", "Missing.scxml").Replace("target=\"exit\"", "target=\"exitt\"");
        var files = new Dictionary<string, string> { ["IPD.scxml"] = text };
        var result = DocumentAnalyzer.Analyze(new SourceDocument("IPD.scxml", text), new AnalysisOptions { SourceResolver = new DictionarySourceResolver(files) });
        var wrong = Assert.Single(result.Diagnostics, d => d.Id == "ORS2002");
        Assert.Contains("'exitt'", wrong.Message);
    }

    [Fact]
    public void File_that_exists_with_other_letter_case_is_named_in_the_message()
    {
        var folder = Directory.CreateTempSubdirectory("ors-case-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "main3.scxml"),
                "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\"><state id=\"_composer_entry\"/></scxml>");
            var wrapper = Path.Combine(folder, "IPD.scxml");
            File.WriteAllText(wrapper, Wrapper.Replace("HREF", "Main3.scxml"));

            var result = DocumentAnalyzer.AnalyzeFile(wrapper);
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
            Assert.Equal("ORS5002", error.Id);
            Assert.Equal(
                "The included file 'Main3.scxml' cannot be read: file not found; 'main3.scxml' exists with different letter case (file names are case-sensitive on Linux)",
                error.Message);
            Assert.Equal(new LinePosition(4, 19), error.Location.Start);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
