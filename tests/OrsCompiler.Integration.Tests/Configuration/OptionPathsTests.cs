using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Analyzers;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Configuration;
using OrsCompiler.MSBuild.Tasks;

namespace OrsCompiler.Integration.Tests.Configuration;

/// <summary>
/// The four front ends read the same settings into the same <see cref="AnalysisOptions"/>: .editorconfig (Core), the
/// orsc command line, the MSBuild task (project properties, item metadata) and the Roslyn analyzer (build_property
/// globals and .editorconfig). Each path runs its own reading code on the settings written its own way.
/// </summary>
public sealed class OptionPathsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "orsc-options-" + Guid.NewGuid().ToString("N"));

    public OptionPathsTests() => Directory.CreateDirectory(_root);

    public static TheoryData<Settings> Inputs => new()
    {
        new Settings(null, null, null, null, null),
        new Settings("true", "false", "90m", "Ors", ("ORS4005", "error")),
        new Settings("false", null, "2d", "W3C", ("ORS1010", "warning")),
        new Settings(null, "true", null, null, ("ORS4003", "none")),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_path_gives_the_same_analysis_options(Settings settings)
    {
        var results = new Dictionary<string, string>
        {
            [".editorconfig"] = Describe(FromEditorConfig(settings)),
            ["orsc"] = Describe(FromCommandLine(settings)),
            ["MSBuild properties"] = Describe(FromMSBuild(settings, asMetadata: false)),
            ["MSBuild item metadata"] = Describe(FromMSBuild(settings, asMetadata: true)),
            ["analyzer build_property"] = Describe(FromAnalyzer(settings, inEditorConfig: false)),
            ["analyzer .editorconfig"] = Describe(FromAnalyzer(settings, inEditorConfig: true)),
        };

        var expected = results[".editorconfig"];
        Assert.All(results, pair => Assert.True(pair.Value == expected, $"{pair.Key}: {pair.Value}{Environment.NewLine}expected: {expected}"));
        if (settings.Dialect != null)
        {
            // Not the defaults by accident: the settings did arrive.
            Assert.NotEqual(Describe(AnalysisOptions.Default), expected);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private AnalysisOptions FromEditorConfig(Settings settings)
    {
        var document = Document("editorconfig", settings.EditorConfig(withOptions: true));
        return new EditorConfigLoader().GetSettings(document).ApplyTo(AnalysisOptions.Default);
    }

    private AnalysisOptions FromCommandLine(Settings settings)
    {
        var document = Document("cli", "root = true\n");
        var set = new AnalysisOptionSet();
        var command = new RootCommand();
        foreach (var option in set.All)
        {
            command.Options.Add(option);
        }

        var parse = command.Parse(settings.CommandLine());
        Assert.Empty(parse.Errors);
        return set.CreateProvider(parse).For(document);
    }

    private AnalysisOptions FromMSBuild(Settings settings, bool asMetadata)
    {
        // MSBuild takes severities from .editorconfig only; the options come from properties or metadata.
        var document = Document(asMetadata ? "msbuild-metadata" : "msbuild", settings.EditorConfig(withOptions: false));
        var task = new OrsCompile { BuildEngine = new QuietBuildEngine() };
        var item = new TaskItem(document);
        foreach (var (key, value) in settings.Values())
        {
            if (asMetadata)
            {
                item.SetMetadata(key.Name, value);
            }
            else
            {
                typeof(OrsCompile).GetProperty(key.Name)!.SetValue(task, value);
            }
        }

        var log = new TaskLoggingHelper(task);
        var project = ProjectOptions.FromTask(task, log)!;
        var options = project.ForDocument(new DocumentItem(item, Path.GetDirectoryName(document)!, Path.Combine(_root, "obj"), "ors"), log)!;
        Assert.False(log.HasLoggedErrors);
        return options.Analysis;
    }

    private AnalysisOptions FromAnalyzer(Settings settings, bool inEditorConfig)
    {
        var document = Document(inEditorConfig ? "analyzer-editorconfig" : "analyzer", settings.EditorConfig(withOptions: inEditorConfig));
        var editorConfigPath = Path.Combine(Path.GetDirectoryName(document)!, ".editorconfig");
        var editorConfig = AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(editorConfigPath)), editorConfigPath);
        var fileOptions = AnalyzerConfigSet.Create(ImmutableArray.Create(editorConfig)).GetOptionsForSourcePath(document).AnalyzerOptions;
        var global = inEditorConfig
            ? new Dictionary<string, string>()
            : settings.Values().ToDictionary(pair => pair.Key.AnalyzerGlobalKey, pair => pair.Value);
        var files = ImmutableArray.Create<AdditionalText>(new FileText(document), new FileText(editorConfigPath));
        var severities = new EditorConfigSeverities(files, CancellationToken.None).For(document);
        return AnalyzerOptionsReader.Read(new Options(global), new Options(fileOptions), severities, new AdditionalFileSourceResolver(files, CancellationToken.None));
    }

    private string Document(string folder, string editorConfig)
    {
        var directory = Path.Combine(_root, folder);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), editorConfig);
        var path = Path.Combine(directory, "main.scxml");
        File.WriteAllText(path, "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\"/>");
        return path;
    }

    // Everything but the source resolver, which each front end supplies its own way.
    private static string Describe(AnalysisOptions options) =>
        $"{options.Dialect} {options.Server} {options.Parse} severities: "
        + string.Join(", ", options.SeverityOverrides.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    public sealed record Settings(string? PersistenceDefault, string? RestartOnSwitchover, string? MaxSessionLifetime, string? Dialect, (string Id, string Level)? Severity)
    {
        public IEnumerable<(OptionKey Key, string Value)> Values()
        {
            var values = new[]
            {
                (OptionKeys.PersistenceDefault, PersistenceDefault),
                (OptionKeys.RestartOnSwitchover, RestartOnSwitchover),
                (OptionKeys.MaxSessionLifetime, MaxSessionLifetime),
                (OptionKeys.Dialect, Dialect),
            };
            return values.Where(pair => pair.Item2 != null).Select(pair => (pair.Item1, pair.Item2!));
        }

        public string EditorConfig(bool withOptions)
        {
            var text = new StringBuilder("root = true\n\n[*.scxml]\n");
            if (withOptions)
            {
                foreach (var (key, value) in Values())
                {
                    text.Append(key.EditorConfigKey).Append(" = ").Append(value).Append('\n');
                }
            }

            if (Severity is { } severity)
            {
                text.Append($"dotnet_diagnostic.{severity.Id}.severity = {severity.Level}\n");
            }

            return text.ToString();
        }

        public string[] CommandLine()
        {
            var args = Values().SelectMany(pair => new[] { pair.Key.CommandLineOption, pair.Value }).ToList();
            if (Severity is { } severity)
            {
                args.AddRange(["--severity", $"{severity.Id}={severity.Level}"]);
            }

            return [.. args];
        }

        public override string ToString() => string.Join(" ", CommandLine());
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    // The task only logs here when something is wrong; the test asserts it is not.
    private sealed class QuietBuildEngine : IBuildEngine
    {
        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e)
        {
        }

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e)
        {
        }
    }
}
