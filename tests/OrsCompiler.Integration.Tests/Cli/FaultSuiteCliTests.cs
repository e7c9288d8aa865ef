using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Core.Tests.Validation;
using OrsCompiler.Diagnostics;
using OrsCompiler.Integration.Tests.MSBuild;

namespace OrsCompiler.Integration.Tests.Cli;

/// <summary>
/// Every fault document of the core suite (tests/OrsCompiler.Core.Tests/TestDocuments/Faults) through the real orsc
/// process, <c>orsc lint --format json</c>: the IDs, positions and second locations it prints are exactly the ones
/// each document declares, as the in-process suite checks them. Restart-safety advice is left aside there too.
/// </summary>
public class FaultSuiteCliTests
{
    [Fact]
    public void Orsc_lint_json_gives_every_fault_document_exactly_its_declared_diagnostics()
    {
        var faults = Path.Combine(DotNet.RepositoryRoot(), "tests", "OrsCompiler.Core.Tests", "TestDocuments", "Faults");
        var documents = Directory.GetFiles(faults, "*.scxml", SearchOption.AllDirectories);
        Assert.True(documents.Length >= 60, $"Expected the fault documents in {faults}, found {documents.Length}.");

        var (exitCode, output, error) = RunOrsc(faults, "lint", "--format", "json", ".");
        Assert.True(exitCode == 1, $"orsc lint exits 1 when documents have errors; it exited {exitCode}:{Environment.NewLine}{error}");
        var reported = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Where(d => DiagnosticCatalog.Find(d.GetProperty("id").GetString()!)!.Category != DiagnosticCategory.RestartSafety)
            .GroupBy(d => d.GetProperty("file").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(ToExpectation).ToList());

        var failures = new List<string>();
        foreach (var document in documents)
        {
            var name = Path.GetRelativePath(faults, document).Replace('\\', '/');
            var expected = FaultExpectation.Read(document).OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList();
            var actual = reported.TryGetValue(name, out var found) ? found.OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList() : new List<FaultExpectation>();
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"{name}: declared [{string.Join(", ", expected)}], orsc printed [{string.Join(", ", actual)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains($"{documents.Length} document(s)", error, StringComparison.Ordinal);
    }

    private static FaultExpectation ToExpectation(JsonElement diagnostic)
    {
        var also = diagnostic.TryGetProperty("additionalLocations", out var locations)
            ? string.Join(" ", locations.EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"))
            : "";
        return new FaultExpectation(diagnostic.GetProperty("id").GetString()!, diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), also);
    }

    /// <summary>orsc.dll next to this assembly (the CLI project is referenced), run by the dotnet host as a user runs it.</summary>
    private static (int ExitCode, string Output, string Error) RunOrsc(string workingDirectory, params string[] arguments)
    {
        var orsc = Path.Combine(AppContext.BaseDirectory, "orsc.dll");
        Assert.True(File.Exists(orsc), $"{orsc} is missing: the CLI project is not in the test output.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(orsc);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("orsc lint did not finish in 2 minutes.");
        }

        return (process.ExitCode, output, error.Result);
    }
}
