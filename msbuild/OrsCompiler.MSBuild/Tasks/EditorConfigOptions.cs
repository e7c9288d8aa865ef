using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// The .editorconfig settings that apply to one document: <c>orsc_persistence_default</c>,
/// <c>orsc_restart_on_switchover</c>, <c>orsc_max_session_lifetime</c>, <c>orsc_dialect</c> and
/// <c>dotnet_diagnostic.ID.severity</c>, read from the document's directory upwards until <c>root = true</c>.
/// </summary>
/// <remarks>Closer files and later sections win, as in the EditorConfig specification.</remarks>
internal sealed class EditorConfigOptions
{
    private const string SeverityPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";

    private readonly Dictionary<string, string> _values;

    private EditorConfigOptions(Dictionary<string, string> values, IReadOnlyList<string> files)
    {
        _values = values;
        Files = files;
    }

    /// <summary>The .editorconfig files read: a change to any of them makes the document's blob stale.</summary>
    public IReadOnlyList<string> Files { get; }

    public Dialect? Dialect => OptionValue.TryParseDialect(Get("orsc_dialect"), out var dialect) ? dialect : null;

    public static EditorConfigOptions For(string documentPath)
    {
        var files = new List<string>();
        for (var directory = Path.GetDirectoryName(documentPath); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory!, ".editorconfig");
            if (File.Exists(candidate))
            {
                files.Add(candidate);
                if (IsRoot(candidate))
                {
                    break;
                }
            }
        }

        // Apply the farthest file first so closer files override it.
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Enumerable.Reverse(files))
        {
            var relative = documentPath.Substring(Path.GetDirectoryName(file)!.Length).Replace('\\', '/');
            string? pattern = null;
            foreach (var raw in File.ReadAllLines(file))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';')
                {
                    continue;
                }

                if (line[0] == '[' && line[line.Length - 1] == ']')
                {
                    pattern = line.Substring(1, line.Length - 2);
                    continue;
                }

                var equals = line.IndexOf('=');
                if (pattern != null && equals > 0 && Matches(pattern, relative))
                {
                    values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
                }
            }
        }

        return new EditorConfigOptions(values, files);
    }

    /// <summary>Applies the server options set here; adds the severities set here to <paramref name="severities"/>.</summary>
    public ServerOptions ApplyTo(ServerOptions server, IDictionary<string, DiagnosticSeverity> severities)
    {
        foreach (var pair in _values)
        {
            if (pair.Key.StartsWith(SeverityPrefix, StringComparison.OrdinalIgnoreCase) && pair.Key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase))
            {
                var id = pair.Key.Substring(SeverityPrefix.Length, pair.Key.Length - SeverityPrefix.Length - SeveritySuffix.Length);
                if (OptionValue.TryParseSeverity(pair.Value, out var severity) && severity != null)
                {
                    severities[id] = severity.Value;
                }
            }
        }

        OptionValue.TryParseBool(Get("orsc_persistence_default"), out var persistence);
        OptionValue.TryParseBool(Get("orsc_restart_on_switchover"), out var restart);
        OptionValue.TryParseTimeSpan(Get("orsc_max_session_lifetime"), out var lifetime);
        return new OptionLayer(persistence, restart, lifetime, null, null).ApplyTo(server);
    }

    private string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    private static bool IsRoot(string file) =>
        File.ReadLines(file).TakeWhile(l => !l.TrimStart().StartsWith("[", StringComparison.Ordinal))
            .Any(l => Regex.IsMatch(l, @"^\s*root\s*=\s*true\s*$", RegexOptions.IgnoreCase));

    // EditorConfig globs: '*' (not '/'), '**', '?', '{a,b}'; a pattern without '/' matches the file name in any folder.
    private static bool Matches(string pattern, string relativePath)
    {
        var regex = new StringBuilder(pattern.Contains("/") ? "^" : "(^|/)");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*') { regex.Append(".*"); i++; }
            else if (c == '*') { regex.Append("[^/]*"); }
            else if (c == '?') { regex.Append("[^/]"); }
            else if (c == '{') { regex.Append('('); }
            else if (c == '}') { regex.Append(')'); }
            else if (c == ',') { regex.Append('|'); }
            else { regex.Append(Regex.Escape(c.ToString())); }
        }

        var path = pattern.StartsWith("/", StringComparison.Ordinal) ? relativePath : relativePath.TrimStart('/');
        return Regex.IsMatch(path, regex.Append('$').ToString(), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
