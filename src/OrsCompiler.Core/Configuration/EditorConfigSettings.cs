using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Configuration;

/// <summary>
/// The .editorconfig properties that apply to one file, read as OrsCompiler settings:
/// <list type="bullet">
/// <item><c>dotnet_diagnostic.ORS4005.severity = error|warning|suggestion|silent|none|default</c> (Roslyn's convention:
/// suggestion is info, silent is none), and per category (<c>dotnet_analyzer_diagnostic.category-RestartSafety.severity</c>)
/// or for all rules (<c>dotnet_analyzer_diagnostic.severity</c>); the most specific wins;</item>
/// <item>the <see cref="OptionKeys"/>' .editorconfig keys: <c>orsc_persistence_default = true|false</c>,
/// <c>orsc_restart_on_switchover = true|false</c>, <c>orsc_max_session_lifetime = 24h</c>, <c>orsc_dialect = ors|w3c|auto</c>.</item>
/// </list>
/// Invalid values are ignored and listed in <see cref="Warnings"/>.
/// </summary>
public sealed class EditorConfigSettings
{
    private const string DiagnosticPrefix = "dotnet_diagnostic.";
    private const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
    private const string SeveritySuffix = ".severity";
    private const string AllRulesKey = "dotnet_analyzer_diagnostic.severity";

    // Per ID, per category and for all rules; null means "default": the descriptor's own severity.
    private readonly Dictionary<string, DiagnosticSeverity?> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DiagnosticSeverity?> _byCategory = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _warnings = new();
    private DiagnosticSeverity? _allRules;
    private bool _hasAllRules;

    private EditorConfigSettings(IReadOnlyDictionary<string, string> properties)
    {
        Properties = properties;
    }

    public static EditorConfigSettings Empty { get; } = FromProperties(new Dictionary<string, string>());

    /// <summary>Every merged property (keys lower-cased), including those OrsCompiler does not read.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>What these settings set, severities resolved per catalog ID; the layer every front end applies.</summary>
    public OptionOverrides Overrides { get; private set; } = OptionOverrides.None;

    /// <summary>Problems with the configuration (unknown values, unreadable files); the front end shows them.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// Reads already merged properties, for a front end that gets them from elsewhere (the Roslyn analyzer's
    /// AnalyzerConfigOptions, MSBuild items).
    /// </summary>
    public static EditorConfigSettings FromProperties(IEnumerable<KeyValuePair<string, string>> properties, IEnumerable<string>? warnings = null)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            map[property.Key.ToLowerInvariant()] = property.Value.Trim();
        }

        var settings = new EditorConfigSettings(map);
        settings._warnings.AddRange(warnings ?? Enumerable.Empty<string>());
        foreach (var property in map)
        {
            settings.ReadSeverity(property.Key, property.Value);
        }

        var problems = new List<OptionProblem>();
        var options = OptionOverrides.Read(key => map.TryGetValue(key.EditorConfigKey, out var value) ? value : null, problems);
        foreach (var problem in problems)
        {
            settings.Warn(problem.Key.EditorConfigKey, problem.Value, problem.Expected);
        }

        settings.Overrides = options with { Severities = settings.ResolveSeverities() };
        return settings;
    }

    /// <summary>
    /// The configured severity for a rule: the ID's own setting, else its category's, else the all-rules setting;
    /// null when nothing is configured (or <c>default</c>).
    /// </summary>
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor)
    {
        if (_byId.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        if (_byCategory.TryGetValue(descriptor.Category, out var byCategory))
        {
            return byCategory;
        }

        return _hasAllRules ? _allRules : null;
    }

    /// <summary>
    /// The options for this file: these settings replace the corresponding values of <paramref name="options"/>.
    /// Apply explicit command-line settings afterwards, so that they win over the file.
    /// </summary>
    public AnalysisOptions ApplyTo(AnalysisOptions options) => Overrides.ApplyTo(options);

    // Per catalog ID, so the layer needs no category or all-rules logic; null puts an ID back to its default.
    private Dictionary<string, DiagnosticSeverity?> ResolveSeverities()
    {
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        if (_byId.Count > 0 || _byCategory.Count > 0 || _hasAllRules)
        {
            foreach (var descriptor in DiagnosticCatalog.All)
            {
                if (_byId.ContainsKey(descriptor.Id) || _byCategory.ContainsKey(descriptor.Category) || _hasAllRules)
                {
                    severities[descriptor.Id] = GetSeverity(descriptor);
                }
            }
        }

        return severities;
    }

    private void ReadSeverity(string key, string value)
    {
        if (key == AllRulesKey)
        {
            _hasAllRules = TryReadSeverity(key, value, out _allRules);
            return;
        }

        if (key.EndsWith(SeveritySuffix, StringComparison.Ordinal))
        {
            if (key.StartsWith(DiagnosticPrefix, StringComparison.Ordinal))
            {
                var id = key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - SeveritySuffix.Length);
                if (TryReadSeverity(key, value, out var severity))
                {
                    _byId[id] = severity;
                }
            }
            else if (key.StartsWith(CategoryPrefix, StringComparison.Ordinal))
            {
                var category = key.Substring(CategoryPrefix.Length, key.Length - CategoryPrefix.Length - SeveritySuffix.Length);
                if (TryReadSeverity(key, value, out var severity))
                {
                    _byCategory[category] = severity;
                }
            }
        }
    }

    private bool TryReadSeverity(string key, string value, out DiagnosticSeverity? severity)
    {
        switch (value.ToLowerInvariant())
        {
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            case "warning":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "suggestion":
                severity = DiagnosticSeverity.Info;
                return true;
            case "silent":
            case "none":
                severity = DiagnosticSeverity.None;
                return true;
            case "default":
                severity = null;
                return true;
            default:
                severity = null;
                Warn(key, value, "error, warning, suggestion, silent, none or default");
                return false;
        }
    }

    private void Warn(string key, string value, string expected) =>
        _warnings.Add($"{key} = {value}: expected {expected}; the setting is ignored");
}
