using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Configuration;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>&lt;script src&gt; is loaded through the front end's resolver; what cannot be loaded rejects the document.</summary>
public class ScriptSourceTests
{
    private static string Document(string src) =>
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">\n" +
        $"  <script src=\"{src}\"/>\n" +
        "  <state id=\"s\"/>\n" +
        "</scxml>\n";

    private static List<string> ScriptErrors(string src, ISourceResolver? resolver) =>
        DocumentAnalyzer.Analyze(new SourceDocument("/project/strategy.scxml", Document(src)), new AnalysisOptions { SourceResolver = resolver })
            .Diagnostics.Where(d => d.Id == "ORS2018").Select(d => $"{d.Location.Start.Line}:{d.Location.Start.Column} {d.Message}").ToList();

    [Theory]
    [InlineData("lib/common.js")]
    [InlineData("file:lib/common.js")]
    [InlineData("./lib/common.js")]
    public void A_source_the_resolver_can_read_is_accepted(string src)
    {
        Assert.Empty(ScriptErrors(src, new InMemoryResolver("/project/lib/common.js")));
    }

    [Fact]
    public void A_missing_source_is_an_error_at_the_src_value()
    {
        var error = Assert.Single(ScriptErrors("lib/missing.js", new InMemoryResolver("/project/lib/common.js")));
        Assert.StartsWith("2:16 ", error);
        Assert.Contains("lib/missing.js", error);
    }

    [Fact]
    public void Without_a_resolver_no_source_can_be_loaded() =>
        Assert.Single(ScriptErrors("lib/common.js", resolver: null));

    [Fact]
    public void Remote_sources_are_not_fetched_at_compile_time() =>
        Assert.Contains("only local files", Assert.Single(ScriptErrors("http://example.com/common.js", new InMemoryResolver("/project/lib/common.js"))));

    /// <summary>A resolver over a fixed set of files: what an analyzer host without file access supplies.</summary>
    private sealed class InMemoryResolver : ISourceResolver
    {
        private readonly HashSet<string> _files;

        public InMemoryResolver(params string[] files) => _files = new HashSet<string>(files, StringComparer.Ordinal);

        public string ResolvePath(string referencingFilePath, string reference)
        {
            var directory = referencingFilePath.Substring(0, referencingFilePath.LastIndexOf('/'));
            return directory + "/" + (reference.StartsWith("./", StringComparison.Ordinal) ? reference.Substring(2) : reference);
        }

        public string? TryReadText(string fullPath, out string? error)
        {
            error = _files.Contains(fullPath) ? null : "file not found";
            return error == null ? "var loaded = true;" : null;
        }
    }
}
