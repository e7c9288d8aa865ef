using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>The test documents copied next to the test assembly (TestDocuments/&lt;Area&gt;/*.scxml).</summary>
internal static class TestDocumentFolder
{
    public static string PathOf(string area) => Path.Combine(AppContext.BaseDirectory, "TestDocuments", area);

    /// <summary>xunit member data: one row per document, named relative to the area folder.</summary>
    public static IEnumerable<object[]> Documents(string area) =>
        Directory.GetFiles(PathOf(area), "*.scxml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(PathOf(area), f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });
}
