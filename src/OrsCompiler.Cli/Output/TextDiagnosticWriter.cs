using System.Collections.Generic;
using System.IO;

namespace OrsCompiler.Cli.Output;

/// <summary>The canonical <c>path(line,col): error ORS2001: message</c> lines that MSBuild, editors and CI annotate.</summary>
internal sealed class TextDiagnosticWriter : IDiagnosticWriter
{
    public void Write(TextWriter output, IReadOnlyList<DiagnosticRecord> diagnostics)
    {
        foreach (var record in diagnostics)
        {
            output.WriteLine(record.Diagnostic.ToCanonicalString(record.DisplayPath));
        }
    }
}
