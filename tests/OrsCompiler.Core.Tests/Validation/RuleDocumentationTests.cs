using System;
using System.IO;
using System.Linq;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>Every structure and semantics rule has the page its HelpUri points to (docs/rules/&lt;ID&gt;.md).</summary>
public class RuleDocumentationTests
{
    [Fact]
    public void Every_structure_and_semantics_rule_has_a_page()
    {
        var rules = Path.Combine(RepositoryRoot(), "docs", "rules");
        var missing = DiagnosticCatalog.All
            .Where(d => string.CompareOrdinal(d.Id, "ORS1100") > 0 && string.CompareOrdinal(d.Id, "ORS3000") < 0)
            .Where(d => !File.Exists(Path.Combine(rules, d.Id + ".md")))
            .Select(d => d.Id)
            .ToList();

        Assert.True(missing.Count == 0, "No page in docs/rules for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_page_starts_with_its_id_and_title()
    {
        var rules = Path.Combine(RepositoryRoot(), "docs", "rules");
        foreach (var descriptor in DiagnosticCatalog.All.Where(d => File.Exists(Path.Combine(rules, d.Id + ".md"))))
        {
            var firstLine = File.ReadLines(Path.Combine(rules, descriptor.Id + ".md")).First();
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", firstLine);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrsCompiler.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OrsCompiler.sln not found above " + AppContext.BaseDirectory);
    }
}
