using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace OrsCompiler.Cli.Output;

/// <summary>A JSON array: one object per diagnostic with id, severity, file, line, column, endLine, endColumn, message,
/// helpUri, and additionalLocations (file, line, column) when the problem has more than one place.</summary>
internal sealed class JsonDiagnosticWriter : IDiagnosticWriter
{
    public void Write(TextWriter output, IReadOnlyList<DiagnosticRecord> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var record in diagnostics)
            {
                var d = record.Diagnostic;
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", DiagnosticRecord.SeverityName(d.Severity));
                json.WriteString("file", record.DisplayPath);
                json.WriteNumber("line", d.Location.Start.Line);
                json.WriteNumber("column", d.Location.Start.Column);
                json.WriteNumber("endLine", d.Location.End.Line);
                json.WriteNumber("endColumn", d.Location.End.Column);
                json.WriteString("message", d.Message);
                json.WriteString("helpUri", d.Descriptor.HelpUri);
                if (d.AdditionalLocations.Count > 0)
                {
                    json.WriteStartArray("additionalLocations");
                    foreach (var location in d.AdditionalLocations)
                    {
                        json.WriteStartObject();
                        json.WriteString("file", location.FilePath == d.Location.FilePath ? record.DisplayPath : location.FilePath);
                        json.WriteNumber("line", location.Start.Line);
                        json.WriteNumber("column", location.Start.Column);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
