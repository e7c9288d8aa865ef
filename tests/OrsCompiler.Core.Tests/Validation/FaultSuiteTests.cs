using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>
/// TestDocuments/Faults: one intended fault per document, declared in the document itself as
/// <c>&lt;!-- expect: ORS2003 at 7:15 --&gt;</c> (line:column of the diagnostic's start). The expected diagnostic
/// must be reported there, and no other structure or semantics diagnostic (ORS1xxx, ORS2xxx) anywhere.
/// </summary>
public class FaultSuiteTests
{
    private static readonly Regex Expectation = new(@"expect:\s*(ORS\d{4})\s+at\s+(\d+):(\d+)", RegexOptions.Compiled);

    public static IEnumerable<object[]> Faults() => TestDocumentFolder.Documents("Faults");

    [Fact]
    public void The_suite_has_at_least_sixty_documents() => Assert.True(Faults().Count() >= 60);

    [Fact]
    public void Every_structure_and_semantics_rule_has_a_fault_document()
    {
        var expected = Directory.GetFiles(TestDocumentFolder.PathOf("Faults"), "*.scxml", SearchOption.AllDirectories)
            .SelectMany(f => Expectation.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var uncovered = DiagnosticCatalog.All
            .Where(d => string.CompareOrdinal(d.Id, "ORS1100") > 0 && string.CompareOrdinal(d.Id, "ORS3000") < 0)
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
        var expected = Expectation.Matches(File.ReadAllText(path))
            .Select(m => (Id: m.Groups[1].Value, Line: int.Parse(m.Groups[2].Value), Column: int.Parse(m.Groups[3].Value)))
            .ToList();
        Assert.True(expected.Count > 0, $"{document} declares no '<!-- expect: ORSnnnn at line:column -->'.");

        var diagnostics = DocumentAnalyzer.AnalyzeFile(path).Diagnostics;
        var report = string.Join(Environment.NewLine, diagnostics.Select(d => d.ToCanonicalString()));
        foreach (var (id, line, column) in expected)
        {
            Assert.True(
                diagnostics.Any(d => d.Id == id && d.Location.Start.Line == line && d.Location.Start.Column == column),
                $"Expected {id} at {line}:{column}; reported:{Environment.NewLine}{report}");
        }

        var unexpected = diagnostics
            .Where(IsStructureOrSemantics)
            .Where(d => !expected.Any(e => e.Id == d.Id && e.Line == d.Location.Start.Line && e.Column == d.Location.Start.Column))
            .ToList();
        Assert.True(unexpected.Count == 0, $"Unexpected diagnostics:{Environment.NewLine}{report}");
    }

    private static bool IsStructureOrSemantics(Diagnostic diagnostic) =>
        diagnostic.Id.StartsWith("ORS1", StringComparison.Ordinal) || diagnostic.Id.StartsWith("ORS2", StringComparison.Ordinal);
}
