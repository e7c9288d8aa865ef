using System;

namespace OrsCompiler.Compilation;

/// <summary>
/// The chart cannot be represented as a compiled document (for example a transition whose target did not resolve).
/// The validator reports such documents as errors, which stop compilation first; reaching this means a rule missed
/// one, so <see cref="DocumentCompiler"/> turns it into an internal-error diagnostic instead of a crash.
/// </summary>
internal sealed class CompilationException : Exception
{
    public CompilationException(string message)
        : base(message)
    {
    }
}
