using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;

namespace OrsCompiler.Core.Tests.RestartSafety;

/// <summary>
/// Keeps examples/RoutingStrategies honest: every strategy there is linted with the default options and must produce
/// exactly the diagnostics listed here (all rules, not only restart safety). A new example must be added to the list.
/// </summary>
public class ExampleStrategyTests
{
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["Strategies/RestartSafeVoiceRouting.scxml"] = Array.Empty<string>(),
        ["Strategies/PersistedChatRouting.scxml"] = Array.Empty<string>(),
        ["Strategies/RestartUnsafeVoiceRouting.scxml"] = new[] { "ORS4004", "ORS4005", "ORS4006", "ORS4006" },
    };

    public static TheoryData<string> Strategies()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExamplesFolder, "*.scxml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(ExamplesFolder, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Example_strategy_produces_exactly_the_documented_diagnostics(string relativePath)
    {
        Assert.True(Expected.TryGetValue(relativePath, out var expected), $"{relativePath} is not listed in {nameof(ExampleStrategyTests)}.");
        var result = DocumentAnalyzer.AnalyzeFile(Path.Combine(ExamplesFolder, relativePath));
        var actual = result.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.True(expected!.SequenceEqual(actual), $"{relativePath}:\n{string.Join("\n", result.Diagnostics)}");
    }

    [Fact]
    public void Every_listed_example_exists()
    {
        foreach (var path in Expected.Keys)
        {
            Assert.True(File.Exists(Path.Combine(ExamplesFolder, path)), path);
        }
    }

    private static string ExamplesFolder
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "examples", "RoutingStrategies");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("examples/RoutingStrategies not found above " + AppContext.BaseDirectory);
        }
    }
}
