using System;

namespace OrsCompiler.Runtime.Redis;

/// <summary>The current release has no document of that name, or its blob is gone.</summary>
public sealed class DocumentNotFoundException : Exception
{
    public DocumentNotFoundException(string message)
        : base(message)
    {
    }
}
