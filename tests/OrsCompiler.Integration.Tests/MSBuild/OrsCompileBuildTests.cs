using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>`dotnet build`, `publish` and `clean` of fresh strategy projects that reference the packed package.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class OrsCompileBuildTests
{
    private readonly PackageFeedFixture _feed;

    public OrsCompileBuildTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Build_puts_blobs_in_bin_publish_copies_them_and_clean_removes_them()
    {
        var project = new StrategyProject(_feed);
        project.Write("Strategies/Inbound.scxml", StrategyDocuments.Clean);
        project.Write("Outbound.scxml", StrategyDocuments.Clean);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        var blob = Path.Combine(project.BinFolder, "Strategies", "Inbound.orsdoc");
        Assert.True(File.Exists(blob), build.Output);
        Assert.True(File.Exists(Path.Combine(project.BinFolder, "Outbound.orsdoc")));

        var publishFolder = Path.Combine(project.Directory, "out");
        var publish = project.Run("publish", "-o", publishFolder);
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.Equal(File.ReadAllBytes(blob), File.ReadAllBytes(Path.Combine(publishFolder, "ors", "Strategies", "Inbound.orsdoc")));

        var clean = project.Run("clean");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.False(File.Exists(blob));
        Assert.Empty(Directory.EnumerateFiles(project.ObjFolder, "*.orsdoc", SearchOption.AllDirectories));
    }

    [Fact]
    public void Error_fails_the_build_with_exit_code_1_at_line_and_column()
    {
        var project = new StrategyProject(_feed);
        var path = project.Write("Broken.scxml", StrategyDocuments.Malformed);
        project.Write("Fine.scxml", StrategyDocuments.Clean);

        var build = project.Build();

        Assert.Equal(1, build.ExitCode);
        Assert.Matches(new Regex(Regex.Escape(path) + @"\(3,3(,\d+,\d+)?\): error ORS1001: "), build.Output);
        Assert.False(File.Exists(Path.Combine(project.BinFolder, "Broken.orsdoc")));

        // Still failing on the next build: a failed document is never "up to date".
        Assert.Equal(1, project.Build().ExitCode);
    }

    [Fact]
    public void No_op_build_compiles_nothing_and_touching_one_document_recompiles_only_it()
    {
        var project = new StrategyProject(_feed);
        var first = project.Write("A.scxml", StrategyDocuments.Clean);
        project.Write("B.scxml", StrategyDocuments.Clean);
        Assert.Equal(0, project.Build().ExitCode);
        var blobA = Path.Combine(project.ObjFolder, "A.orsdoc");
        var blobB = Path.Combine(project.ObjFolder, "B.orsdoc");
        var (timeA, timeB) = (File.GetLastWriteTimeUtc(blobA), File.GetLastWriteTimeUtc(blobB));

        var noOp = project.Build();

        Assert.Contains("OrsCompile: 0 compiled, 2 up to date, 0 failed.", noOp.Output, StringComparison.Ordinal);
        Assert.Equal(timeA, File.GetLastWriteTimeUtc(blobA));
        Assert.Equal(timeB, File.GetLastWriteTimeUtc(blobB));

        File.SetLastWriteTimeUtc(first, DateTime.UtcNow.AddSeconds(2));
        var touched = project.Build();

        Assert.Contains("OrsCompile: 1 compiled, 1 up to date, 0 failed.", touched.Output, StringComparison.Ordinal);
        Assert.NotEqual(timeA, File.GetLastWriteTimeUtc(blobA));
        Assert.Equal(timeB, File.GetLastWriteTimeUtc(blobB));
    }

    [Fact]
    public void Restart_unsafe_strategy_warns_once_per_finding_in_canonical_form_and_still_compiles()
    {
        var project = new StrategyProject(_feed);
        var path = project.Write("Voice.scxml", StrategyDocuments.RestartUnsafe);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        var warnings = Regex.Matches(BeforeSummary(build.Output), "^" + Regex.Escape(path) + @"\(\d+,\d+,\d+,\d+\): warning (ORS4\d{3}): ", RegexOptions.Multiline)
            .Select(m => m.Value).ToArray();
        Assert.Equal(new[] { "ORS4004", "ORS4005", "ORS4006" }, warnings.Select(w => Regex.Match(w, "ORS4\\d{3}").Value).Distinct().OrderBy(id => id));
        Assert.Equal(warnings.Length, warnings.Distinct().Count());
        Assert.True(File.Exists(Path.Combine(project.BinFolder, "Voice.orsdoc")));
    }

    [Fact]
    public void Editorconfig_severity_changes_what_is_reported()
    {
        var project = new StrategyProject(_feed);
        var path = project.Write("Stuck.scxml", StrategyDocuments.Stuck);

        var asWarning = project.Build();
        Assert.True(asWarning.ExitCode == 0, asWarning.Output);
        Assert.Single(Regex.Matches(BeforeSummary(asWarning.Output), Regex.Escape(path) + @"\(2,4,2,9\): warning ORS4010: "));

        project.Write(".editorconfig", StrategyDocuments.Ors4010AsError);
        var asError = project.Build();
        Assert.Equal(1, asError.ExitCode);
        Assert.Contains(path + "(2,4,2,9): error ORS4010: ", asError.Output, StringComparison.Ordinal);

        project.Write(".editorconfig", StrategyDocuments.Ors4010Off);
        var off = project.Build();
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.DoesNotContain("ORS4010", off.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoWarn_hides_the_warning()
    {
        var project = new StrategyProject(_feed, "<NoWarn>$(NoWarn);ORS4010</NoWarn>");
        project.Write("Stuck.scxml", StrategyDocuments.Stuck);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("warning ORS4010", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.BinFolder, "Stuck.orsdoc")));
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_on_a_lint_warning_and_WarningsAsErrors_keeps_failing()
    {
        var project = new StrategyProject(_feed, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        project.Write("Stuck.scxml", StrategyDocuments.Stuck);

        var build = project.Build();

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error ORS4010", build.Output, StringComparison.Ordinal);

        // MSBuild applies WarningsAsErrors itself; the task must still not keep a blob that would make the next build pass.
        var second = new StrategyProject(_feed, "<WarningsAsErrors>ORS4010</WarningsAsErrors>");
        second.Write("Stuck.scxml", StrategyDocuments.Stuck);
        var first = second.Build();
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("error ORS4010", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, second.Build().ExitCode);
    }

    [Fact]
    public void Packed_analyzer_reports_in_csc_only_when_asked_so_a_build_reports_each_finding_once()
    {
        var project = new StrategyProject(_feed);
        var path = project.Write("Stuck.scxml", StrategyDocuments.Stuck);
        var cscForm = Regex.Escape(path) + @"\(2,4\): warning ORS4010: .*ORS4010\.md";

        var normal = project.Build();
        Assert.True(normal.ExitCode == 0, normal.Output);
        Assert.DoesNotMatch(cscForm, normal.Output);

        // The analyzer (as the IDE runs it) reports the same finding, with its help link, from inside the compiler.
        project.Write("Stuck.scxml", StrategyDocuments.Stuck + "\n");
        var withAnalyzer = project.Build("-p:OrsAnalyzerInBuild=true");
        Assert.True(withAnalyzer.ExitCode == 0, withAnalyzer.Output);
        Assert.Matches(cscForm, withAnalyzer.Output);
    }

    [Fact]
    public void Explicit_items_with_DocumentName_replace_the_default_glob_and_duplicate_names_are_errors()
    {
        var project = new StrategyProject(
            _feed,
            "<EnableDefaultOrsDocumentItems>false</EnableDefaultOrsDocumentItems>",
            """<OrsDocument Include="src/Main.scxml" DocumentName="billing/main" />""");
        project.Write("src/Main.scxml", StrategyDocuments.Clean);
        project.Write("Ignored.scxml", StrategyDocuments.Malformed);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(project.BinFolder, "billing", "main.orsdoc")));
        Assert.False(File.Exists(Path.Combine(project.BinFolder, "Ignored.orsdoc")));

        var duplicate = new StrategyProject(_feed, extraItems: """<OrsDocument Update="Other.scxml" DocumentName="Main" />""");
        duplicate.Write("Main.scxml", StrategyDocuments.Clean);
        var other = duplicate.Write("Other.scxml", StrategyDocuments.Clean);
        var failed = duplicate.Build();
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains(other + " : error ORS0004: The document name 'Main' is already used by", failed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OrsPublish_is_off_by_default_and_needs_its_Redis_settings()
    {
        var project = new StrategyProject(_feed);
        project.Write("A.scxml", StrategyDocuments.Clean);
        Assert.Equal(0, project.Build().ExitCode);

        var publish = project.Build("-p:OrsPublish=true");

        Assert.Equal(1, publish.ExitCode);
        Assert.Contains("error ORS0003: OrsPublish=true needs OrsRedis", publish.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_option_is_a_clear_error()
    {
        var project = new StrategyProject(_feed, "<OrsMaxSessionLifetime>forever</OrsMaxSessionLifetime>");
        project.Write("A.scxml", StrategyDocuments.Clean);

        var build = project.Build();

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error ORS0002", build.Output, StringComparison.Ordinal);
        Assert.Contains("MaxSessionLifetime 'forever'", build.Output, StringComparison.Ordinal);
    }

    // `dotnet build` repeats every warning and error in a summary at the end; count only the live report.
    private static string BeforeSummary(string output)
    {
        var end = output.IndexOf("Build succeeded.", StringComparison.Ordinal);
        end = end < 0 ? output.IndexOf("Build FAILED.", StringComparison.Ordinal) : end;
        return end < 0 ? output : output.Substring(0, end);
    }
}
