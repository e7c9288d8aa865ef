using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Expressions;

/// <summary>
/// The fault suite's ECMAScript documents: each has one intended fault, named in its header comment
/// <c>&lt;!-- expect: ORS3001 at 7:15 --&gt;</c> (line:column where the diagnostic starts).
/// </summary>
public class ExpressionFaultDocumentTests
{
    private static readonly Regex Expectation = new(@"<!--\s*expect:\s*(ORS\d{4})\s+at\s+(\d+):(\d+)\s*-->", RegexOptions.Compiled);

    private static string FaultFolder => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "Faults");

    public static IEnumerable<object[]> ExpressionFaults() =>
        Directory.GetFiles(FaultFolder, "*.scxml")
            .Where(path => Expectation.Match(File.ReadAllText(path)) is { Success: true } m && m.Groups[1].Value.StartsWith("ORS3", StringComparison.Ordinal))
            .Select(path => new object[] { Path.GetFileName(path) })
            .OrderBy(row => (string)row[0], StringComparer.Ordinal);

    [Fact]
    public void Suite_covers_every_expression_diagnostic()
    {
        var covered = ExpressionFaults().Select(row => ((string)row[0]).Substring(0, 7)).ToHashSet();
        var ids = Diagnostics.DiagnosticCatalog.All.Where(d => d.Id.StartsWith("ORS3", StringComparison.Ordinal)).Select(d => d.Id);
        Assert.All(ids, id => Assert.Contains(id, covered));
        Assert.True(ExpressionFaults().Count() >= 15);
    }

    [Theory]
    [MemberData(nameof(ExpressionFaults))]
    public void Reports_the_intended_fault_at_its_position(string fileName)
    {
        var path = Path.Combine(FaultFolder, fileName);
        var match = Expectation.Match(File.ReadAllText(path));
        var id = match.Groups[1].Value;
        var expected = new LinePosition(int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));

        var result = DocumentAnalyzer.AnalyzeFile(path);

        var expressionDiagnostics = result.Diagnostics.Where(d => d.Id.StartsWith("ORS3", StringComparison.Ordinal)).ToList();
        var diagnostic = Assert.Single(expressionDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(expected, diagnostic.Location.Start);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS1099");
    }
}
