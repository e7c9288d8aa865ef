using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace OrsCompiler.Core.Tests.Architecture;

/// <summary>What one project file references: other projects (by file name) and packages (by id).</summary>
internal sealed record ProjectReferences(string Project, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages)
{
    /// <summary>Every product project: src/, analyzers/ and msbuild/ (tests, benchmarks and examples are out of scope).</summary>
    public static IReadOnlyList<string> ProductProjectFiles()
    {
        var root = Path.GetDirectoryName(RepositoryFolder.Find("src"))!;
        return new[] { "src", "analyzers", "msbuild" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    public static ProjectReferences Read(string path) => Parse(Path.GetFileNameWithoutExtension(path), XDocument.Load(path));

    public static ProjectReferences Parse(string project, XDocument document)
    {
        var items = document.Descendants().Where(e => e.Parent?.Name.LocalName == "ItemGroup").ToList();
        var projects = items
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(Include(e).Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var packages = items
            .Where(e => e.Name.LocalName is "PackageReference" or "PackageDownload" or "Reference")
            .Select(Include)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ProjectReferences(project, projects, packages);
    }

    private static string Include(XElement element) => (string?)element.Attribute("Include") ?? (string?)element.Attribute("Update") ?? "";
}
