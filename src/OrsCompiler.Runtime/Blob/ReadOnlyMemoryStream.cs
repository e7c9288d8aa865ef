using System;
using System.IO;

namespace OrsCompiler.Runtime.Blob;

/// <summary>A read-only, seekless stream over <see cref="ReadOnlyMemory{T}"/>, so inflating needs no copy of the payload.</summary>
internal sealed class ReadOnlyMemoryStream : Stream
{
    private readonly ReadOnlyMemory<byte> _memory;
    private int _position;

    public ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) => _memory = memory;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _memory.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var available = Math.Min(count, _memory.Length - _position);
        _memory.Span.Slice(_position, available).CopyTo(buffer.AsSpan(offset, available));
        _position += available;
        return available;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
