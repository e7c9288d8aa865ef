using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Cli.Output;
using OrsCompiler.Integration.Tests.Support;

namespace OrsCompiler.Integration.Tests.Compilation;

/// <summary>Builds every conformance document once with <c>orsc build</c>, for the tests that examine the blobs.</summary>
public sealed class ConformanceBuild : IDisposable
{
    public ConformanceBuild()
    {
        SourceFolder = ConformanceSuite.Folder;
        OutputFolder = Directory.CreateTempSubdirectory("orsc-conformance-").FullName;
        (ExitCode, Output, Error) = CliRun.Build(OutputFolder, inputs: SourceFolder);
        Manifest = BuildManifest.Read(Path.Combine(OutputFolder, BuildManifest.FileName));
    }

    public string SourceFolder { get; }

    public string OutputFolder { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    internal IReadOnlyList<ManifestEntry> Manifest { get; }

    internal string SourcePath(ManifestEntry entry) => Path.GetFullPath(Path.Combine(OutputFolder, entry.Source));

    internal string BlobPath(ManifestEntry entry) => Path.GetFullPath(Path.Combine(OutputFolder, entry.Blob));

    public IEnumerable<string> Sources => Directory.EnumerateFiles(SourceFolder, "*.scxml", SearchOption.AllDirectories);

    public void Dispose() => Directory.Delete(OutputFolder, recursive: true);
}
