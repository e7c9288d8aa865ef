using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// The <c>.orsdoc.deps</c> file beside each blob: the full paths of every file the document was compiled from, one per
/// line, the document first, and, prefixed with <c>!</c>, files whose appearance would change the result (an
/// .editorconfig that does not exist yet). Written only after a successful compile, so a missing file means
/// "compile again".
/// </summary>
internal static class DependencyFile
{
    private const char AbsentMarker = '!';

    public static void Write(string path, IEnumerable<string> inputs) =>
        File.WriteAllLines(path, inputs.Select(input => File.Exists(input) ? input : AbsentMarker + input));

    /// <summary>The recorded inputs that exist (what the build should watch).</summary>
    public static IEnumerable<string> ExistingInputs(IEnumerable<string> lines) => lines.Where(l => l[0] != AbsentMarker);

    /// <summary>The recorded inputs, or null when there is no usable record.</summary>
    public static IReadOnlyList<string>? Read(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
            return lines.Length == 0 ? null : lines;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The blob is newer than every recorded input (which must all still exist) and the shared inputs.</summary>
    public static bool IsUpToDate(string blobPath, IReadOnlyList<string> inputs, DateTime sharedInputsTime)
    {
        if (!File.Exists(blobPath))
        {
            return false;
        }

        var blobTime = File.GetLastWriteTimeUtc(blobPath);
        return blobTime >= sharedInputsTime && inputs.All(input => input[0] == AbsentMarker
            ? !File.Exists(input.Substring(1))
            : File.Exists(input) && File.GetLastWriteTimeUtc(input) <= blobTime);
    }
}
