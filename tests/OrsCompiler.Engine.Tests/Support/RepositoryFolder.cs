using System;
using System.IO;

namespace OrsCompiler.Engine.Tests.Support;

/// <summary>Finds folders of the repository from the test output directory.</summary>
internal static class RepositoryFolder
{
    public static string Find(params string[] relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Path.Combine(relativePath));
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{Path.Combine(relativePath)} not found above {AppContext.BaseDirectory}");
    }
}
