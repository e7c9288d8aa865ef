using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace OrsCompiler.Engine.Tests.Conformance;

/// <summary>
/// Every document of npm @scion-scxml/test-framework (the W3C SCXML 1.0 ECMAScript tests and SCION's own) goes through
/// compile, blob, load and interpret and must follow its event script. Excluded: optional features only, with the
/// reason. Known failures are listed with their reason; the test fails when one of them starts passing (remove it) or
/// when a document not listed fails.
/// </summary>
public class W3cConformanceTests
{
    // Optional in the W3C suite (manifest: conformance="optional"); the engine implements no BasicHTTP I/O processor.
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
    };

    private static readonly Dictionary<string, string> KnownFailures = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper _output;

    public W3cConformanceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Every_conformance_document_runs_as_its_event_script_expects()
    {
        var folder = ConformanceSuite.Folder();
        var files = Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => File.Exists(Path.Combine(folder, Path.ChangeExtension(f, ".json"))))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count == 316, $"Expected the 316 conformance documents with event scripts in {folder}, found {files.Count}.");

        var problems = new List<string>();
        var perFolder = new SortedDictionary<string, (int Passed, int Run)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (Excluded.ContainsKey(file))
            {
                continue;
            }

            var failure = ConformanceRunner.Run(Path.Combine(folder, file));
            var group = file.Substring(0, file.IndexOf('/', StringComparison.Ordinal));
            var (passed, run) = perFolder.TryGetValue(group, out var counts) ? counts : (0, 0);
            perFolder[group] = (passed + (failure is null ? 1 : 0), run + 1);
            if (failure is null && KnownFailures.ContainsKey(file))
            {
                problems.Add(file + ": passes now; remove it from the known failures");
            }
            else if (failure is not null && !KnownFailures.ContainsKey(file))
            {
                problems.Add(file + ": " + failure);
            }
        }

        foreach (var (group, (passed, run)) in perFolder)
        {
            _output.WriteLine($"{group}: {passed}/{run}");
        }

        _output.WriteLine($"total: {perFolder.Values.Sum(c => c.Passed)}/{perFolder.Values.Sum(c => c.Run)} ({Excluded.Count} excluded)");
        Assert.True(problems.Count == 0, problems.Count + " unexpected results:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
