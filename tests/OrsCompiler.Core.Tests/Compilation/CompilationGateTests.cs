using System.Linq;
using OrsCompiler.Compilation;
using OrsCompiler.Diagnostics;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

/// <summary>What stops compilation and what does not.</summary>
public class CompilationGateTests
{
    private static readonly DiagnosticDescriptor ExpressionError = new("ORS3901", "Test syntax error", "{0}", DiagnosticSeverity.Error, "Expressions", "Test.");
    private static readonly DiagnosticDescriptor SemanticError = new("ORS2901", "Test semantic error", "{0}", DiagnosticSeverity.Error, "Semantics", "Test.");
    private static readonly DiagnosticDescriptor SemanticWarning = new("ORS2902", "Test semantic warning", "{0}", DiagnosticSeverity.Warning, "Semantics", "Test.");

    private static readonly string Valid = Document("""<state id="s"><transition event="e" cond="x" target="s"/></state>""");

    [Fact]
    public void The_result_carries_the_header_written_into_the_blob()
    {
        var result = Compile(Valid, new CompileOptions { DocumentName = "gate/valid", Compress = true, CompressThreshold = 0 });
        var read = OrsDocumentLoader.ReadHeader(result.Blob);

        Assert.NotNull(result.Header);
        Assert.Equal(
            (read.DocumentName, read.SourceSha256, read.PayloadSha256, read.Compressed, read.CompilerVersion),
            (result.Header!.DocumentName, result.Header.SourceSha256, result.Header.PayloadSha256, result.Header.Compressed, result.Header.CompilerVersion));
        Assert.Equal(SourceHash.Sha256Hex(result.Analysis.Document.Text), result.Header.SourceSha256);
    }

    [Fact]
    public void Malformed_xml_stops_compilation()
    {
        var result = Compile("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\"><state id=\"s\">");

        Assert.False(result.Success);
        Assert.Null(result.Document);
        Assert.Null(result.Blob);
        Assert.Contains(result.Diagnostics, d => d.Id == "ORS1001");
    }

    [Fact]
    public void A_wrong_root_stops_compilation() => Assert.False(Compile("<statechart/>").Success);

    [Fact]
    public void A_wrong_root_configured_down_to_a_warning_still_fails_with_an_error()
    {
        var options = new OrsCompiler.Analysis.AnalysisOptions
        {
            SeverityOverrides = new System.Collections.Generic.Dictionary<string, DiagnosticSeverity> { ["ORS1010"] = DiagnosticSeverity.Warning },
        };
        var result = DocumentCompiler.Compile(OrsCompiler.Analysis.DocumentAnalyzer.Analyze(new Text.SourceDocument("t.scxml", "<statechart/>"), options));

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id == DiagnosticCatalog.InternalError.Id);
    }

    [Fact]
    public void Any_non_expression_error_stops_compilation()
    {
        var result = CompileWith(Valid, a => new[] { Diagnostic.Create(SemanticError, a.Tree.Root!.NameLocation, "bad") });

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == "ORS2901");
    }

    [Fact]
    public void Expression_errors_and_warnings_do_not_stop_compilation()
    {
        var result = CompileWith(Valid, a => new[]
        {
            Diagnostic.Create(ExpressionError, a.Chart!.Transitions.Single(t => t.Cond != null).Cond!.ValueLocation, "bad"),
            Diagnostic.Create(SemanticWarning, a.Tree.Root!.NameLocation, "meh"),
        });

        Assert.True(result.Success);
        Assert.False(result.Document!.TransitionOf("s").Condition!.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Id == "ORS3901");
        Assert.Contains(result.Diagnostics, d => d.Id == "ORS2902");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticCatalog.InternalError.Id);
    }

    [Fact]
    public void A_chart_the_compiler_cannot_represent_is_an_internal_error_not_a_crash()
    {
        // An unresolved target is the validator's to report; without that rule the compiler must still not throw.
        var result = CompileUnchecked(Document("""<state id="s"><transition event="e" target="nowhere"/></state>"""));

        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.InternalError.Id);
        Assert.Contains("nowhere", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_breaking_a_runtime_invariant_is_an_internal_error()
    {
        // Duplicate ids: the runtime refuses them; the compiler reports instead of writing a blob no engine could load.
        var result = CompileUnchecked(Document("""<state id="s"/><state id="s"/>"""));

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticCatalog.InternalError.Id && d.Message.Contains("repeats the id", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Blocking_is_by_configured_severity_except_for_expression_rules()
    {
        var location = Text.Location.ForFile("t.scxml");
        Assert.True(DocumentCompiler.IsBlocking(Diagnostic.Create(SemanticError, location, "x")));
        Assert.False(DocumentCompiler.IsBlocking(Diagnostic.Create(SemanticError, location, "x").WithSeverity(DiagnosticSeverity.Warning)));
        Assert.False(DocumentCompiler.IsBlocking(Diagnostic.Create(ExpressionError, location, "x")));
    }

    [Fact]
    public void The_document_validates()
    {
        var document = CompileDocument(Valid);

        document.Validate();
        Assert.IsType<CompiledDocument>(document);
    }
}
