using System;
using System.Collections.Generic;
using System.IO;

namespace OrsCompiler.Configuration;

/// <summary>
/// One parsed .editorconfig file: <c>root = true</c> in the preamble, then <c>[glob]</c> sections of
/// <c>key = value</c> pairs. Keys are lower-cased; as in Roslyn, <c>:</c> also separates key and value and a
/// trailing <c># comment</c> or <c>; comment</c> is dropped. Lines that are none of these are ignored.
/// </summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
    }

    public string Path { get; }

    /// <summary><c>root = true</c>: files in parent folders are not read.</summary>
    public bool IsRoot { get; }

    /// <summary>In file order: a later section overrides an earlier one.</summary>
    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>Parses the text of the .editorconfig at <paramref name="path"/> (a full path; its folder anchors the globs).</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        var directory = System.IO.Path.GetDirectoryName(path) ?? "";
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        EditorConfigSection? current = null;
        using var reader = new StringReader(text);
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                var close = trimmed.LastIndexOf(']');
                current = close > 1 ? new EditorConfigSection(EditorConfigGlob.Create(directory, trimmed.Substring(1, close - 1))) : null;
                if (current != null)
                {
                    sections.Add(current);
                }

                continue;
            }

            if (!TrySplit(trimmed, out var key, out var value))
            {
                continue;
            }

            if (current != null)
            {
                current.Values[key] = value;
            }
            else if (sections.Count == 0 && key == "root")
            {
                isRoot = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
            }
        }

        return new EditorConfigFile(path, isRoot, sections);
    }

    private static bool TrySplit(string line, out string key, out string value)
    {
        var separator = line.IndexOfAny(new[] { '=', ':' });
        key = separator > 0 ? line.Substring(0, separator).Trim().ToLowerInvariant() : "";
        value = "";
        if (key.Length == 0)
        {
            return false;
        }

        value = line.Substring(separator + 1);
        var comment = value.IndexOfAny(new[] { '#', ';' });
        if (comment >= 0)
        {
            value = value.Substring(0, comment);
        }

        value = value.Trim();
        return true;
    }
}
