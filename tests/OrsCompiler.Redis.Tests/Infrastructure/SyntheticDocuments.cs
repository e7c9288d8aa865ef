using System.Collections.Generic;
using System.Linq;
using System.Text;
using OrsCompiler.Redis.Publishing;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>
/// Stand-in blobs for the Redis semantics (the publisher treats blobs as opaque bytes): each names its document
/// and a generation, so a reader can tell which release a blob belongs to.
/// </summary>
internal static class SyntheticDocuments
{
    public static List<DocumentToPublish> Generation(int generation, int count, string prefix = "doc") =>
        Enumerable.Range(0, count).Select(i => Create($"{prefix}/{i:D4}", generation)).ToList();

    public static DocumentToPublish Create(string name, int generation) =>
        new(name, Encoding.UTF8.GetBytes($"gen={generation};name={name};" + new string('x', 256)));

    /// <summary>The generation a synthetic blob was made for.</summary>
    public static int GenerationOf(byte[] blob)
    {
        var text = Encoding.UTF8.GetString(blob);
        return int.Parse(text[4..text.IndexOf(';', System.StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
