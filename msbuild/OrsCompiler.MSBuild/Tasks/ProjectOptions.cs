using System;
using System.Collections.Generic;
using Microsoft.Build.Utilities;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Configuration;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// Resolves the options of each document. Precedence, general to specific: the defaults, the project properties
/// (<c>OrsPersistenceDefault</c>...), the .editorconfig files above the document (<c>orsc_*</c> keys and
/// <c>dotnet_diagnostic.ID.severity</c>), then the item's own metadata.
/// </summary>
internal sealed class ProjectOptions
{
    private readonly OptionLayer _project;

    private ProjectOptions(OptionLayer project)
    {
        _project = project;
    }

    public static ProjectOptions? FromTask(OrsCompile task, TaskLoggingHelper log)
    {
        var project = OptionLayer.Parse(
            name => name switch
            {
                nameof(OptionLayer.PersistenceDefault) => task.PersistenceDefault,
                nameof(OptionLayer.RestartOnSwitchover) => task.RestartOnSwitchover,
                nameof(OptionLayer.MaxSessionLifetime) => task.MaxSessionLifetime,
                nameof(OptionLayer.Dialect) => task.Dialect,
                nameof(OptionLayer.Compress) => task.Compress,
                _ => null,
            },
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

        var server = _project.ApplyTo(ServerOptions.Default);
        var severities = new Dictionary<string, Diagnostics.DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        var editorConfig = EditorConfigOptions.For(document.SourcePath);
        server = editorConfig.ApplyTo(server, severities);
        server = metadata.ApplyTo(server);

        var analysis = AnalysisOptions.Default with
        {
            Dialect = metadata.Dialect ?? editorConfig.Dialect ?? _project.Dialect ?? AnalysisOptions.Default.Dialect,
            Server = server,
            SeverityOverrides = severities,
        };
        var compile = CompileOptions.Default with
        {
            DocumentName = document.DocumentName,
            Compress = metadata.Compress ?? _project.Compress ?? CompileOptions.Default.Compress,
        };
        return new DocumentOptions(analysis, compile, editorConfig.Files);
    }
}
