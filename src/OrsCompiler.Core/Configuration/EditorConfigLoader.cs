using System;
using System.Collections.Generic;
using System.IO;

namespace OrsCompiler.Configuration;

/// <summary>
/// Finds the .editorconfig files that apply to a file (its folder and every parent up to one with <c>root = true</c>)
/// and merges their matching sections: nearer files win, and within a file later sections win. For front ends that
/// read the file system (CLI, MSBuild task); one instance caches the parsed files, so reuse it across a build.
/// </summary>
public sealed class EditorConfigLoader
{
    public const string FileName = ".editorconfig";

    private readonly Dictionary<string, EditorConfigFile?> _byDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unreadable = new(StringComparer.Ordinal);

    /// <summary>The settings for one file with a fresh loader (no caching across calls).</summary>
    public static EditorConfigSettings ForFile(string path) => new EditorConfigLoader().GetSettings(path);

    /// <summary>The merged .editorconfig properties that apply to <paramref name="path"/>.</summary>
    public EditorConfigSettings GetSettings(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var files = new List<EditorConfigFile>();
        var warnings = new List<string>();
        lock (_byDirectory)
        {
            for (var directory = Path.GetDirectoryName(fullPath); directory != null; directory = Path.GetDirectoryName(directory))
            {
                var file = Load(directory);
                if (_unreadable.TryGetValue(directory, out var warning))
                {
                    warnings.Add(warning);
                }

                if (file == null)
                {
                    continue;
                }

                files.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = files.Count - 1; i >= 0; i--)
        {
            foreach (var section in files[i].Sections)
            {
                if (section.Glob.IsMatch(fullPath))
                {
                    foreach (var property in section.Properties)
                    {
                        properties[property.Key] = property.Value;
                    }
                }
            }
        }

        return EditorConfigSettings.FromProperties(properties, warnings);
    }

    private EditorConfigFile? Load(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        var path = Path.Combine(directory, FileName);
        EditorConfigFile? file = null;
        try
        {
            if (File.Exists(path))
            {
                file = EditorConfigFile.Parse(path, File.ReadAllText(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _unreadable.Add(directory, $"{path}: cannot be read ({e.Message}); its settings are ignored");
        }

        _byDirectory.Add(directory, file);
        return file;
    }
}
