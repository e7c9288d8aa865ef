using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Analysis;
using OrsCompiler.Integration.Tests.MSBuild;
using OrsCompiler.Integration.Tests.Support;
using OrsCompiler.Reporting;

namespace OrsCompiler.Integration.Tests.Cli;

/// <summary>
/// The Mermaid text of every example strategy and of the Composer-shaped fixture, rendered by Mermaid itself (npm
/// <c>mermaid</c>, installed by build/install-test-prerequisites.sh) in real headless Chromium: it must parse and draw
/// every state.
/// </summary>
public sealed class MermaidRenderingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orsc-mermaid-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Mermaid_renders_every_example_and_the_composer_fixture()
    {
        var root = DotNet.RepositoryRoot();
        var script = Path.Combine(root, "tests", "node", "node_modules", "mermaid", "dist", "mermaid.min.js");
        Assert.True(File.Exists(script), $"{script} is missing: run build/install-test-prerequisites.sh");
        var documents = Directory.GetFiles(Path.Combine(root, "examples", "RoutingStrategies", "Strategies"), "*.scxml").OrderBy(p => p, StringComparer.Ordinal)
            .Append(Path.Combine(root, "tests", "OrsCompiler.Core.Tests", "TestDocuments", "Reporting", "Composer", "IPD_Graph.scxml"))
            .ToList();

        var page = Path.Combine(_folder, "mermaid.html");
        File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"{new Uri(script).AbsoluteUri}\"></script></head>" +
                                "<body><script>mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });</script></body></html>");
        using var browser = HeadlessChromium.Start();
        browser.Navigate(new Uri(page).AbsoluteUri);

        // The Composer fixture once more with its plumbing states drawn.
        var cases = documents.Select(d => (Path: d, ShowPlumbing: false)).Append((Path: documents[^1], ShowPlumbing: true)).ToList();
        var rendered = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var graph = StateGraphBuilder.Build(DocumentAnalyzer.AnalyzeFile(cases[i].Path), new StateGraphOptions { ShowPlumbing = cases[i].ShowPlumbing })!;
            var text = MermaidWriter.Write(graph);
            var svg = (string?)browser.Evaluate($"mermaid.render('diagram{i}', {JsonSerializer.Serialize(text)}).then(r => r.svg)");
            Assert.NotNull(svg);
            foreach (var state in graph.AllStates())
            {
                Assert.Contains(System.Net.WebUtility.HtmlEncode(state.ShortLabel), svg, StringComparison.Ordinal);
            }

            rendered.Add(Path.GetFileName(cases[i].Path));
        }

        Assert.Equal(cases.Count, rendered.Count);
        Assert.Empty(browser.Errors);
    }
}
