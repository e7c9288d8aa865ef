using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Utilities;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// Resolves the options of each document. Precedence, general to specific: the defaults, the project properties
/// (<c>OrsPersistenceDefault</c>...), the .editorconfig files above the document (<c>orsc_*</c> keys and
/// <c>dotnet_diagnostic.ID.severity</c>), then the item's own metadata.
/// </summary>
internal sealed class ProjectOptions
{
    private readonly OptionLayer _project;

    // One loader for the whole build: it caches each parsed .editorconfig.
    private readonly EditorConfigLoader _editorConfig = new();

    private ProjectOptions(OptionLayer project)
    {
        _project = project;
    }

    public static ProjectOptions? FromTask(OrsCompile task, TaskLoggingHelper log) =>
        FromProperties(task.PersistenceDefault, task.RestartOnSwitchover, task.MaxSessionLifetime, task.Dialect, task.Compress, log);

    public static ProjectOptions? FromProperties(
        string? persistenceDefault, string? restartOnSwitchover, string? maxSessionLifetime, string? dialect, string? compress, TaskLoggingHelper log)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [OptionKeys.PersistenceDefault.Name] = persistenceDefault,
            [OptionKeys.RestartOnSwitchover.Name] = restartOnSwitchover,
            [OptionKeys.MaxSessionLifetime.Name] = maxSessionLifetime,
            [OptionKeys.Dialect.Name] = dialect,
            [OptionLayer.CompressName] = compress,
        };
        var project = OptionLayer.Parse(
            name => parameters.TryGetValue(name, out var value) ? value : null,
            "The project's Ors" + "* properties",
            log);
        return project == null ? null : new ProjectOptions(project);
    }

    public DocumentOptions? ForDocument(DocumentItem document, TaskLoggingHelper log)
    {
        var metadata = OptionLayer.Parse(name => document.Item.GetMetadata(name), document.SourcePath, log);
        if (metadata == null)
        {
            return null;
        }

        var analysis = _project.Analysis.ApplyTo(AnalysisOptions.Default);
        var editorConfig = _editorConfig.GetSettings(document.SourcePath);
        foreach (var warning in editorConfig.Warnings)
        {
            log.LogWarning(null, DiagnosticCatalog.InvalidOptionValue.Id, null, document.SourcePath, 0, 0, 0, 0, warning);
        }

        analysis = metadata.Analysis.ApplyTo(editorConfig.ApplyTo(analysis));
        var compile = CompileOptions.Default with
        {
            DocumentName = document.DocumentName,
            Compress = metadata.Compress ?? _project.Compress ?? CompileOptions.Default.Compress,
        };
        return new DocumentOptions(analysis, compile, EditorConfigFilesAbove(document.SourcePath));
    }

    // Every place an .editorconfig could apply from, up to the file system root, whether one exists there or not: one
    // created later must make the blob stale too. A superset of what the loader read is a safe input list.
    private static IReadOnlyList<string> EditorConfigFilesAbove(string path)
    {
        var files = new List<string>();
        for (var directory = Path.GetDirectoryName(path); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            files.Add(Path.Combine(directory!, EditorConfigLoader.FileName));
        }

        return files;
    }
}
