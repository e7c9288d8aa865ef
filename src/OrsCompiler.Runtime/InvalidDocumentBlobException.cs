using System;

namespace OrsCompiler.Runtime;

/// <summary>A blob could not be loaded: it is corrupt, truncated, tampered with, or of an unsupported version.</summary>
public class InvalidDocumentBlobException : Exception
{
    public InvalidDocumentBlobException(string message)
        : base(message)
    {
    }

    public InvalidDocumentBlobException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
