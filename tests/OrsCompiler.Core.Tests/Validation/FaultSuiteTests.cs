using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>
/// TestDocuments/Faults: one intended fault per document, declared in the document itself (see
/// <see cref="FaultExpectation"/>). Exactly the declared diagnostics are reported; restart-safety advice (ORS4xxx,
/// tested with its own documents) is left aside. FaultSuiteCliTests (integration) runs the same documents through
/// the real orsc.
/// </summary>
public class FaultSuiteTests
{
    // Rules whose fault cannot be written as a small document of its own; each is tested where named.
    private static readonly Dictionary<string, string> TestedElsewhere = new()
    {
        ["ORS0001"] = "the MSBuild task's guard around a compiler exception: none exists on purpose",
        ["ORS0002"] = "OrsCompileBuildTests: an invalid project property",
        ["ORS0003"] = "OrsCompileBuildTests: OrsPublish without OrsRedis",
        ["ORS0004"] = "OrsCompileBuildTests: two documents with one name",
        ["ORS1003"] = "SyntaxParserTests: a document over the size limit",
        ["ORS1004"] = "SyntaxParserTests: 10,000 nested states",
        ["ORS1005"] = "LintCommandTests and DocumentAnalyzer: a file that cannot be read",
        ["ORS1099"] = "a crashing rule: none exists on purpose",
        ["ORS5007"] = "XIncludeTests: more includes than the limit",
    };

    public static IEnumerable<object[]> Faults() => TestDocumentFolder.Documents("Faults");

    [Fact]
    public void The_suite_has_at_least_sixty_documents() => Assert.True(Faults().Count() >= 60);

    [Fact]
    public void Every_rule_but_restart_safety_has_a_fault_document()
    {
        var expected = Directory.GetFiles(TestDocumentFolder.PathOf("Faults"), "*.scxml", SearchOption.AllDirectories)
            .SelectMany(f => Expectations(f).Select(e => e.Id))
            .ToHashSet();
        var uncovered = DiagnosticCatalog.All
            .Where(d => d.Category != DiagnosticCategory.RestartSafety && !TestedElsewhere.ContainsKey(d.Id))
            .Where(d => !expected.Contains(d.Id))
            .Select(d => d.Id)
            .ToList();

        Assert.True(uncovered.Count == 0, "No fault document expects: " + string.Join(", ", uncovered));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Reports_the_declared_fault_and_nothing_else(string document)
    {
        var path = Path.Combine(TestDocumentFolder.PathOf("Faults"), document);
        var expected = Expectations(path);
        Assert.True(expected.Count > 0, $"{document} declares no '<!-- expect: ORSnnnn at line:column -->'.");

        var diagnostics = DocumentAnalyzer.AnalyzeFile(path).Diagnostics;
        var report = string.Join(Environment.NewLine, diagnostics.Select(d => d.ToCanonicalString()));
        foreach (var (id, line, column, also) in expected)
        {
            var found = diagnostics.FirstOrDefault(d => d.Id == id && d.Location.Start.Line == line && d.Location.Start.Column == column);
            Assert.True(found != null, $"Expected {id} at {line}:{column}; reported:{Environment.NewLine}{report}");
            var additional = string.Join(" ", found!.AdditionalLocations.Select(l => $"{l.Start.Line}:{l.Start.Column}"));
            Assert.True(additional == also, $"Expected {id} at {line}:{column} with second location '{also}', found '{additional}'.");
        }

        var unexpected = diagnostics
            .Where(d => d.Descriptor.Category != DiagnosticCategory.RestartSafety)
            .Where(d => !expected.Any(e => e.Id == d.Id && e.Line == d.Location.Start.Line && e.Column == d.Location.Start.Column))
            .ToList();
        Assert.True(unexpected.Count == 0, $"Unexpected diagnostics:{Environment.NewLine}{report}");
    }

    private static List<FaultExpectation> Expectations(string path) => FaultExpectation.Read(path);
}
