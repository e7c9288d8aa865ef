using System.IO;
using System.Linq;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.Documentation;

/// <summary>Every rule of the catalog has the page its help link points to, and a row in the index.</summary>
public class RuleDocumentationTests
{
    public static TheoryData<string> AllIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Rule_has_a_page_and_an_index_row(string id)
    {
        var descriptor = DiagnosticCatalog.Find(id)!;
        var docs = RepositoryFolder.Find("docs", "rules");
        var page = Path.Combine(docs, id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.Equal($"# {id}: {descriptor.Title}", File.ReadLines(page).First());
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpUri);

        var index = File.ReadAllText(Path.Combine(docs, "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title.Replace("|", "\\|")} |", index);
    }
}
