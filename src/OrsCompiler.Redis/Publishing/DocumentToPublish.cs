using System;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis.Publishing;

/// <summary>One compiled document to publish: its logical name and its blob, addressed by the blob's SHA-256.</summary>
public sealed class DocumentToPublish
{
    public DocumentToPublish(string name, ReadOnlyMemory<byte> blob)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A document needs a name.", nameof(name));
        }

        Name = name;
        Blob = blob;
        ContentHash = Runtime.Redis.Layout.ContentHash.Of(blob.Span);
    }

    public string Name { get; }

    public ReadOnlyMemory<byte> Blob { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Blob"/>: the blob's key under <c>ORS:&lt;cluster&gt;:blob:</c>.</summary>
    public string ContentHash { get; }
}
