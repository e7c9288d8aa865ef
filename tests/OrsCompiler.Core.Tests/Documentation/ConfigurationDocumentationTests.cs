using System.IO;
using System.Linq;
using OrsCompiler.Configuration;

namespace OrsCompiler.Core.Tests.Documentation;

/// <summary>docs/configuration.md's table gives each option the names the front ends really use.</summary>
public class ConfigurationDocumentationTests
{
    [Fact]
    public void Every_option_has_a_row_with_its_names()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryFolder.Find("docs"), "configuration.md"));

        Assert.All(OptionKeys.All, key =>
        {
            var row = Assert.Single(rows, line => line.StartsWith($"| {key.Name} |", System.StringComparison.Ordinal));
            Assert.Contains($"| `{key.MSBuildProperty}` (`{key.Name}`) | `{key.CommandLineOption}` | `{key.EditorConfigKey}` |", row);
        });
    }
}
