using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.RestartSafety;

/// <summary>Each restart-safety descriptor has its page layout, one rule that reports it, and a rule document test.</summary>
public class RuleReferenceTests
{
    public static TheoryData<string> RestartSafetyIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticCatalog.All.Where(d => d.Category == DiagnosticCategory.RestartSafety))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RestartSafetyIds))]
    public void Descriptor_is_documented_and_reported(string id)
    {
        var descriptor = DiagnosticCatalog.Find(id)!;
        var docs = RepositoryFolder.Find("docs", "rules");
        var page = File.ReadAllText(Path.Combine(docs, id + ".md"));
        Assert.Contains($"| {descriptor.DefaultSeverity} | {descriptor.Category} |", page);

        Assert.Single(RuleRegistry.All, r => r.SupportedDiagnostics.Contains(descriptor));
        var documents = RepositoryFolder.Find("tests", "OrsCompiler.Core.Tests", "TestDocuments", "RestartSafety");
        Assert.Contains(Directory.GetFiles(documents, "*.scxml"), f => File.ReadAllText(f).Contains($"expect {id}: ") && !File.ReadAllText(f).Contains($"expect {id}: none"));
    }
}
