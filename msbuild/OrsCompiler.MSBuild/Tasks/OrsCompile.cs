using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// Validates, lints and compiles each <c>OrsDocument</c> item into <c>IntermediateDirectory/&lt;DocumentName&gt;.orsdoc</c>.
/// </summary>
/// <remarks>
/// Incremental by design of the task, not of the target: the target always runs and this task compiles only the
/// documents whose blob is older than one of its inputs (the document, the files it includes and the .editorconfig
/// files that apply, all listed in the dependency file written beside the blob, plus the options file and this
/// assembly).
/// MSBuild's own Inputs/Outputs cannot express per-document include lists without one task call per item, and a
/// partial build recompiles everything as soon as any shared input changes; here one pass decides per document.
/// Every blob, compiled or up to date, is returned so the copy to bin/ and FileWrites (clean) stay complete.
/// </remarks>
public sealed class OrsCompile : Microsoft.Build.Utilities.Task
{
    [Required]
    public ITaskItem[] Documents { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where blobs and dependency files go (<c>$(IntermediateOutputPath)ors/</c>).</summary>
    [Required]
    public string IntermediateDirectory { get; set; } = "";

    /// <summary>Default document names are paths relative to this directory.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>Folder of the blobs in bin/ and publish/, relative to the output directory.</summary>
    public string OutputFolder { get; set; } = "ors/";

    /// <summary>Written by the targets whenever an option changes; a newer options file makes every blob stale.</summary>
    public string? OptionsFile { get; set; }

    public string? PersistenceDefault { get; set; }

    public string? RestartOnSwitchover { get; set; }

    public string? MaxSessionLifetime { get; set; }

    public string? Dialect { get; set; }

    public string? Compress { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Only read to know which documents fail: MSBuild itself turns these warnings into errors.</summary>
    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? NoWarn { get; set; }

    /// <summary>Every blob, with <c>TargetPath</c> (relative to the output directory), <c>DocumentName</c> and <c>Source</c>.</summary>
    [Output]
    public ITaskItem[] CompiledFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>Files the documents read besides themselves (XInclude targets, existing .editorconfig files).</summary>
    [Output]
    public ITaskItem[] Dependencies { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>What this task wrote or keeps, for <c>FileWrites</c>: blobs and dependency files.</summary>
    [Output]
    public ITaskItem[] FileWrites { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var projectOptions = ProjectOptions.FromTask(this, Log);
        if (projectOptions == null)
        {
            return false;
        }

        var logger = new DiagnosticLogger(
            Log, TreatWarningsAsErrors, IdList.Parse(WarningsAsErrors), IdList.Parse(WarningsNotAsErrors), IdList.Parse(NoWarn));
        var sharedInputsTime = LatestWriteTime(OptionsFile, typeof(OrsCompile).Assembly.Location, typeof(DocumentAnalyzer).Assembly.Location);
        var compiled = new List<ITaskItem>();
        var dependencies = new HashSet<string>(StringComparer.Ordinal);
        var fileWrites = new List<ITaskItem>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int built = 0, upToDate = 0, failed = 0;

        foreach (var item in Documents)
        {
            var document = new DocumentItem(item, ProjectDirectory, IntermediateDirectory, OutputFolder);
            if (names.TryGetValue(document.DocumentName, out var first))
            {
                // Two documents, one blob path and one published key: neither build order nor Redis could tell them apart.
                DiagnosticLogger.LogBuildError(Log, DiagnosticCatalog.DuplicateDocumentName, document.SourcePath, document.DocumentName, first);
                failed++;
                continue;
            }

            names.Add(document.DocumentName, document.SourcePath);
            fileWrites.Add(new TaskItem(document.BlobPath));
            fileWrites.Add(new TaskItem(document.DependencyFilePath));

            var previousInputs = DependencyFile.Read(document.DependencyFilePath);
            if (previousInputs != null && DependencyFile.IsUpToDate(document.BlobPath, previousInputs, sharedInputsTime))
            {
                upToDate++;
                dependencies.UnionWith(DependencyFile.ExistingInputs(previousInputs.Skip(1)));
                compiled.Add(document.ToOutputItem());
                continue;
            }

            var inputs = Compile(document, projectOptions, logger);
            dependencies.UnionWith(inputs.Skip(1).Where(File.Exists));
            if (File.Exists(document.BlobPath))
            {
                built++;
                compiled.Add(document.ToOutputItem());
            }
            else
            {
                failed++;
            }
        }

        Log.LogMessage(MessageImportance.High, "OrsCompile: {0} compiled, {1} up to date, {2} failed.", built, upToDate, failed);
        CompiledFiles = compiled.ToArray();
        Dependencies = dependencies.Select(d => (ITaskItem)new TaskItem(d)).ToArray();
        FileWrites = fileWrites.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>Analyses, reports and compiles one document; returns the files it read (the document first).</summary>
    private IReadOnlyList<string> Compile(DocumentItem document, ProjectOptions projectOptions, DiagnosticLogger logger)
    {
        // A failed document must not leave last build's blob behind: bin/ would ship it and the next build would skip it.
        DeleteIfExists(document.BlobPath);
        DeleteIfExists(document.DependencyFilePath);

        var options = projectOptions.ForDocument(document, Log);
        if (options == null)
        {
            return new[] { document.SourcePath };
        }

        var analysis = DocumentAnalyzer.AnalyzeFile(document.SourcePath, options.Analysis);
        var inputs = analysis.InputFiles.Concat(options.ConfigurationFiles).Distinct(StringComparer.Ordinal).ToArray();
        if (logger.FailsBuild(analysis.Diagnostics))
        {
            logger.Log(analysis.Diagnostics);
            return inputs;
        }

        CompilationResult result;
        try
        {
            result = DocumentCompiler.Compile(analysis, options.Compile);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A compiler bug on one document must read as an error on that document, not as an MSBuild crash.
            logger.Log(analysis.Diagnostics);
            DiagnosticLogger.LogBuildError(Log, DiagnosticCatalog.BuildInternalError, document.SourcePath, e.GetType().Name, e.Message);
            return inputs;
        }

        // The analysis diagnostics, plus the compiler's own when it could not compile what the analysis let through.
        logger.Log(result.Diagnostics);
        if (result.Blob == null)
        {
            return inputs;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(document.BlobPath)!);
        File.WriteAllBytes(document.BlobPath, result.Blob);
        DependencyFile.Write(document.DependencyFilePath, inputs);
        Log.LogMessage(MessageImportance.Normal, "OrsCompile: {0} -> {1}", document.SourcePath, document.BlobPath);
        return inputs;
    }

    private static DateTime LatestWriteTime(params string?[] paths) =>
        paths.Where(p => !string.IsNullOrEmpty(p) && File.Exists(p)).Select(p => File.GetLastWriteTimeUtc(p!)).DefaultIfEmpty(DateTime.MinValue).Max();

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
