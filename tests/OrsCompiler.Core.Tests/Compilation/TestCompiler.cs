using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Diagnostics;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Compilation;

/// <summary>Analyses and compiles SCXML text the way the CLI does, and finds things in the result by id.</summary>
internal static class TestCompiler
{
    public const string Scxml = "http://www.w3.org/2005/07/scxml";

    /// <summary>Wraps states in an &lt;scxml&gt; root (W3C dialect unless the body uses Genesys namespaces).</summary>
    public static string Document(string body, string rootAttributes = "") =>
        $"<scxml xmlns=\"{Scxml}\" version=\"1.0\" datamodel=\"ecmascript\" {rootAttributes}>\n{body}\n</scxml>";

    public static CompilationResult Compile(string text, CompileOptions? options = null) =>
        DocumentCompiler.Compile(DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", text)), options);

    /// <summary>Compiles with extra diagnostics added to the analysis (or replacing the rules' own), as if a rule had reported them.</summary>
    public static CompilationResult CompileWith(string text, System.Func<AnalysisResult, IEnumerable<Diagnostic>> extra, bool keepRuleDiagnostics = true)
    {
        var analysis = DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", text));
        var combined = (keepRuleDiagnostics ? analysis.Diagnostics : []).Concat(extra(analysis)).ToArray();
        return DocumentCompiler.Compile(new AnalysisResult(analysis.Document, analysis.Tree, analysis.Chart, analysis.Dialect, combined));
    }

    /// <summary>Compiles as if no rule had reported anything: how the compiler copes with what a rule missed.</summary>
    public static CompilationResult CompileUnchecked(string text)
    {
        var analysis = DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", text));
        return DocumentCompiler.Compile(new AnalysisResult(analysis.Document, analysis.Tree, analysis.Chart, analysis.Dialect, []));
    }

    public static CompiledDocument CompileDocument(string text)
    {
        var result = Compile(text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    public static CompiledState State(this CompiledDocument document, string id) => document.States.Single(s => s.Id == id);

    public static int IndexOf(this CompiledDocument document, string id) => document.State(id).Index;

    /// <summary>The single own transition of a state.</summary>
    public static CompiledTransition TransitionOf(this CompiledDocument document, string id) =>
        document.Transitions[Assert.Single(document.State(id).Transitions)];

    public static string[] Ids(this CompiledDocument document, IEnumerable<int> indices) => indices.Select(i => document.States[i].Id).ToArray();
}
