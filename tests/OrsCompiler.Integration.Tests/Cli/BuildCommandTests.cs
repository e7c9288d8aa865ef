using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Cli.Output;
using OrsCompiler.Compilation;
using OrsCompiler.Integration.Tests.Support;
using OrsCompiler.Runtime;

namespace OrsCompiler.Integration.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private const string Valid = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\">\n  <state id=\"{0}\"><transition event=\"go\" target=\"done\"/></state>\n  <final id=\"done\"/>\n</scxml>\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("orsc-build-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Source => Path.Combine(_folder, "src");

    private string Out => Path.Combine(_folder, "out");

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string ValidDocument(string stateId) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Valid, stateId);

    [Fact]
    public void Same_file_names_in_different_folders_get_their_own_blobs_and_names()
    {
        Write("billing/main.scxml", ValidDocument("billing"));
        Write("sales/main.scxml", ValidDocument("sales"));
        Write("top.scxml", ValidDocument("top"));

        var (exitCode, output, error) = CliRun.Build(Out, inputs: Source);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", output);
        Assert.Contains("3 compiled", error, StringComparison.Ordinal);
        Assert.Equal("billing/main", OrsDocumentLoader.LoadFile(Path.Combine(Out, "billing", "main.orsdoc")).Header.DocumentName);
        Assert.Equal("billing", OrsDocumentLoader.LoadFile(Path.Combine(Out, "billing", "main.orsdoc")).States[1].Id);
        Assert.Equal("sales", OrsDocumentLoader.LoadFile(Path.Combine(Out, "sales", "main.orsdoc")).States[1].Id);
        Assert.Equal("top", OrsDocumentLoader.LoadFile(Path.Combine(Out, "top.orsdoc")).Header.DocumentName);
    }

    [Fact]
    public void Files_named_alike_on_the_command_line_are_named_from_their_common_folder()
    {
        var first = Write("a/main.scxml", ValidDocument("a"));
        var second = Write("b/main.scxml", ValidDocument("b"));

        Assert.Equal(ExitCodes.Success, CliRun.Build(Out, inputs: [first, second]).ExitCode);

        Assert.Equal(["a/main", "b/main"], BuildManifest.Read(Path.Combine(Out, BuildManifest.FileName)).Select(e => e.Name));
        Assert.True(File.Exists(Path.Combine(Out, "a", "main.orsdoc")));
        Assert.True(File.Exists(Path.Combine(Out, "b", "main.orsdoc")));
    }

    [Fact]
    public void A_single_file_is_named_by_its_file_name()
    {
        var file = Write("deep/folder/strategy.scxml", ValidDocument("s"));

        Assert.Equal(ExitCodes.Success, CliRun.Build(Out, inputs: file).ExitCode);

        Assert.Equal("strategy", Assert.Single(BuildManifest.Read(Path.Combine(Out, BuildManifest.FileName))).Name);
    }

    [Fact]
    public void Names_differing_only_by_case_are_a_usage_error()
    {
        Write("x/Main.scxml", ValidDocument("a"));
        Write("x/main.scxml", ValidDocument("b"));
        if (Directory.GetFiles(Path.Combine(Source, "x")).Length < 2)
        {
            return; // A case-insensitive file system cannot even hold both.
        }

        Assert.Equal(ExitCodes.UsageOrIo, CliRun.Build(Out, inputs: Source).ExitCode);
    }

    [Fact]
    public void Manifest_lists_names_paths_hashes_and_sizes()
    {
        var source = Write("billing/main.scxml", ValidDocument("s"));

        CliRun.Build(Out, inputs: Source);

        var entry = Assert.Single(BuildManifest.Read(Path.Combine(Out, BuildManifest.FileName)));
        var blob = File.ReadAllBytes(Path.Combine(Out, "billing", "main.orsdoc"));
        Assert.Equal("billing/main", entry.Name);
        Assert.Equal("billing/main.orsdoc", entry.Blob);
        Assert.Equal(Path.GetFullPath(source), Path.GetFullPath(Path.Combine(Out, entry.Source)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source))), entry.SourceSha256);
        Assert.Equal(OrsDocumentLoader.ReadHeader(blob).SourceSha256, entry.SourceSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(blob)), entry.BlobSha256);
        Assert.Equal(blob.Length, entry.Size);
        Assert.False(entry.Compressed);
        Assert.Contains("\"compilerVersion\": \"" + CompilerVersion.Current + "\"", File.ReadAllText(Path.Combine(Out, BuildManifest.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_stop_their_file_only_print_canonically_and_exit_1()
    {
        Write("good.scxml", ValidDocument("s"));
        Write("bad.scxml", "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\"><state id=\"s\">\n");
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "bad.orsdoc"), "stale blob of an earlier build");

        var (exitCode, output, error) = CliRun.Build(Out, inputs: Source);

        Assert.Equal(ExitCodes.Errors, exitCode);
        Assert.Matches(@"bad\.scxml\(\d+,\d+\): error ORS1001: ", output.Split('\n')[0]);
        Assert.Contains("1 compiled, 1 failed", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "good.orsdoc")));
        Assert.False(File.Exists(Path.Combine(Out, "bad.orsdoc")));
        Assert.Equal("good", Assert.Single(BuildManifest.Read(Path.Combine(Out, BuildManifest.FileName))).Name);
    }

    [Fact]
    public void Missing_input_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.UsageOrIo, CliRun.Build(Out, inputs: Path.Combine(_folder, "nothing-here")).ExitCode);
        Directory.CreateDirectory(Source);
        Assert.Equal(ExitCodes.UsageOrIo, CliRun.Build(Out, inputs: Source).ExitCode);
    }

    [Fact]
    public void Building_twice_writes_identical_bytes()
    {
        Write("a/one.scxml", ValidDocument("one"));
        Write("b/two.scxml", ValidDocument("two"));
        var second = Path.Combine(_folder, "out2");

        CliRun.Build(Out, inputs: Source);
        CliRun.Build(second, inputs: Source);

        Assert.Equal(3, Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Length);
        foreach (var file in Directory.GetFiles(Out, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetRelativePath(Out, file))));
        }
    }

    [Fact]
    public void Compress_deflates_large_documents_which_still_load()
    {
        var states = string.Concat(Enumerable.Range(0, 200).Select(i => $"<state id=\"s{i}\"><onentry><log label=\"entering\" expr=\"'state {i}'\"/></onentry><transition event=\"next\" target=\"s{(i + 1) % 200}\"/></state>\n"));
        Write("large.scxml", "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\">\n" + states + "</scxml>\n");
        var plain = Path.Combine(_folder, "plain");

        CliRun.Build(plain, inputs: Source);
        Assert.Equal(ExitCodes.Success, CliRun.Build(Out, compress: true, inputs: Source).ExitCode);

        var compressed = File.ReadAllBytes(Path.Combine(Out, "large.orsdoc"));
        Assert.True(OrsDocumentLoader.ReadHeader(compressed).Compressed);
        Assert.True(Assert.Single(BuildManifest.Read(Path.Combine(Out, BuildManifest.FileName))).Compressed);
        Assert.True(compressed.Length < new FileInfo(Path.Combine(plain, "large.orsdoc")).Length / 2);
        Assert.Equal(201, OrsDocumentLoader.Load(compressed).States.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_real_cli_in_another_process_writes_the_same_bytes()
    {
        // Another process has other string hash seeds: output must not depend on dictionary order.
        Write("a/one.scxml", ValidDocument("one"));
        var child = Path.Combine(_folder, "child");
        CliRun.Build(Out, inputs: Source);

        var orsc = Path.Combine(AppContext.BaseDirectory, "orsc.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { orsc, "build", Source, "-o", child })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out, "a", "one.orsdoc")), File.ReadAllBytes(Path.Combine(child, "a", "one.orsdoc")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out, BuildManifest.FileName)), File.ReadAllBytes(Path.Combine(child, BuildManifest.FileName)));
    }
}
