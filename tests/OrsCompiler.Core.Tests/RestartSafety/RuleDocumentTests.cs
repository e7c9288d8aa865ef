using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OrsCompiler.Analysis;

namespace OrsCompiler.Core.Tests.RestartSafety;

/// <summary>
/// Every document in TestDocuments/RestartSafety states what it expects in header comments, one per checked ID:
/// <c>&lt;!-- expect ORS4005: 12:4 20:4 --&gt;</c> (the positions where it is reported) or
/// <c>&lt;!-- expect ORS4005: none --&gt;</c> (a near miss). Only the IDs named are compared.
/// </summary>
public class RuleDocumentTests
{
    private static readonly Regex Expectation = new(@"<!--\s*expect\s+(ORS\d{4}):\s*(.*?)\s*-->", RegexOptions.CultureInvariant);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "RestartSafety");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.scxml").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_gets_exactly_the_expected_findings(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        var text = File.ReadAllText(path);
        var expectations = Expectation.Matches(text).Cast<Match>().ToList();
        Assert.NotEmpty(expectations);

        var result = DocumentAnalyzer.AnalyzeFile(path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS1099");
        foreach (var expectation in expectations)
        {
            var id = expectation.Groups[1].Value;
            var expected = expectation.Groups[2].Value == "none"
                ? new List<string>()
                : expectation.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var actual = result.Diagnostics
                .Where(d => d.Id == id)
                .Select(d => $"{d.Location.Start.Line}:{d.Location.Start.Column}")
                .ToList();
            Assert.True(
                expected.SequenceEqual(actual),
                $"{fileName} {id}: expected [{string.Join(" ", expected)}], got [{string.Join(" ", actual)}]");
        }
    }
}
