using System.IO;
using OrsCompiler.Analysis;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>TestDocuments/Clean: valid documents of both dialects produce no diagnostic at all.</summary>
public class CleanDocumentTests
{
    public static System.Collections.Generic.IEnumerable<object[]> Documents() => TestDocumentFolder.Documents("Clean");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Produces_no_diagnostics(string document)
    {
        var result = DocumentAnalyzer.AnalyzeFile(Path.Combine(TestDocumentFolder.PathOf("Clean"), document));

        Assert.Empty(result.Diagnostics);
    }
}
