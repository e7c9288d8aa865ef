using System;
using System.IO;
using System.Security.Cryptography;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>The build report of the packed package: off by default, written with OrsReport=true, also for a failed build.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class OrsReportBuildTests
{
    private readonly PackageFeedFixture _feed;

    public OrsReportBuildTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Report_is_off_by_default_and_written_for_a_failed_and_a_passing_build_when_asked()
    {
        var project = new StrategyProject(_feed);
        project.Write("Good.scxml", StrategyDocuments.Clean);
        var broken = project.Write("Broken.scxml", StrategyDocuments.Malformed);
        var report = Path.Combine(project.Directory, "bin", "Debug", "net10.0", "ors-report.html");

        var plain = project.Build();
        Assert.Equal(1, plain.ExitCode);
        Assert.False(File.Exists(report), plain.Output);

        var failed = project.Build("-p:OrsReport=true");
        Assert.Equal(1, failed.ExitCode);
        Assert.True(File.Exists(report), failed.Output);
        Assert.Contains("OrsReport: " + report + " (2 document(s))", failed.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(report);
        Assert.Contains("<a href=\"#doc-", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"ORS1001\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);

        File.Delete(broken);
        var custom = Path.Combine(project.Directory, "artifacts", "strategies.html");
        var passed = project.Build("-p:OrsReport=true", "-p:OrsReportPath=artifacts/strategies.html");
        Assert.True(passed.ExitCode == 0, passed.Output);
        var blob = File.ReadAllBytes(Path.Combine(project.BinFolder, "Good.orsdoc"));
        var passedHtml = File.ReadAllText(custom);
        Assert.Contains($"<code title=\"{Convert.ToHexStringLower(SHA256.HashData(blob))}\">", passedHtml, StringComparison.Ordinal);
        Assert.Contains($"{blob.Length:N0} B", passedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", passedHtml, StringComparison.Ordinal);
    }
}
