using System.Collections.Generic;
using System.IO;

namespace OrsCompiler.Cli.Output;

/// <summary>Writes a run's diagnostics in one output format.</summary>
internal interface IDiagnosticWriter
{
    void Write(TextWriter output, IReadOnlyList<DiagnosticRecord> diagnostics);
}
