using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Ors;

/// <summary>
/// The fault suite's ORS dialect documents (TestDocuments/Faults/ORS5*.scxml): one intended fault each, named in the
/// header comment <c>&lt;!-- expect: ORS5001 at 7:15 --&gt;</c>. Nothing else may be reported but restart-safety advice.
/// </summary>
public class OrsFaultDocumentTests
{
    private static readonly Regex Expectation = new(@"<!--\s*expect:\s*(ORS\d{4})\s+at\s+(\d+):(\d+)\s*-->", RegexOptions.Compiled);

    private static string FaultFolder => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "Faults");

    public static IEnumerable<object[]> DialectFaults() =>
        Directory.GetFiles(FaultFolder, "ORS5*.scxml")
            .Select(path => new object[] { Path.GetFileName(path) })
            .OrderBy(row => (string)row[0], StringComparer.Ordinal);

    [Fact]
    public void Suite_covers_every_dialect_diagnostic_but_the_include_limit()
    {
        var covered = DialectFaults().Select(row => ((string)row[0]).Substring(0, 7)).ToHashSet();
        var ids = Diagnostics.DiagnosticCatalog.All
            .Where(d => d.Id.StartsWith("ORS5", StringComparison.Ordinal) && d != Diagnostics.DiagnosticCatalog.XIncludeLimitExceeded)
            .Select(d => d.Id);
        Assert.All(ids, id => Assert.Contains(id, covered));
    }

    [Theory]
    [MemberData(nameof(DialectFaults))]
    public void Reports_the_intended_fault_at_its_position(string fileName)
    {
        var path = Path.Combine(FaultFolder, fileName);
        var match = Expectation.Match(File.ReadAllText(path));
        Assert.True(match.Success, "missing <!-- expect: ORS5xxx at line:column --> header");
        var expected = new LinePosition(int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));

        var result = DocumentAnalyzer.AnalyzeFile(path);

        var diagnostic = Assert.Single(result.Diagnostics, d => !d.Id.StartsWith("ORS4", StringComparison.Ordinal));
        Assert.Equal(match.Groups[1].Value, diagnostic.Id);
        Assert.Equal(expected, diagnostic.Location.Start);
        Assert.Equal(path, diagnostic.Location.FilePath);
    }
}
