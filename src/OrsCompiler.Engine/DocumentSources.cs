using System;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// What the host supplies for what a blob cannot hold: documents named by <c>&lt;invoke src&gt;</c> and text named by
/// <c>&lt;data src&gt;</c>. (Inline child documents, <c>&lt;invoke&gt;&lt;content&gt;</c>, come compiled in the blob.)
/// Each callback throws (any exception) when it cannot answer; the engine turns that into <c>error.execution</c>.
/// </summary>
public sealed class DocumentSources
{
    public static DocumentSources None { get; } = new();

    /// <summary>Loads the compiled document a URI names (relative to the invoking document).</summary>
    public Func<string, CompiledDocument>? LoadDocument { get; init; }

    /// <summary>Reads the text a URI names.</summary>
    public Func<string, string>? LoadText { get; init; }
}
