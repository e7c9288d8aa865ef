using System;
using System.CommandLine;
using System.IO;
using OrsCompiler.Cli.Output;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.MessagePack;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc inspect &lt;blob&gt; [--raw]</c>: verify a .orsdoc and print its header and document as JSON.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var blob = new Argument<string>("blob") { Description = "A compiled .orsdoc file." };
        var raw = new Option<bool>("--raw")
        {
            Description = "Print the MessagePack values exactly as stored (magic, header map, body arrays) instead of named fields.",
        };
        var command = new Command("inspect", "Verify a compiled .orsdoc blob and print its header and document as JSON.") { blob, raw };
        command.SetAction(parseResult => CommandRunner.Run(() =>
            Run(parseResult.GetValue(blob)!, parseResult.GetValue(raw), Console.OpenStandardOutput(), Console.Error)));
        return command;
    }

    /// <returns>0 for a valid blob, 1 for a corrupt or unsupported one, 2 when the file cannot be read.</returns>
    public static int Run(string path, bool raw, Stream output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"orsc: blob not found: {path}");
            return ExitCodes.UsageOrIo;
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            if (raw)
            {
                var body = OrsDocumentLoader.ReadBody(bytes);
                var text = "{\"blob\":" + MessagePackJson.ToJson(bytes) + ",\"body\":" + MessagePackJson.ToJson(body.Span) + "}";
                using var document = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { MaxDepth = MessagePackJson.MaxDepth + 8 });
                using var json = new System.Text.Json.Utf8JsonWriter(output, new System.Text.Json.JsonWriterOptions { Indented = true });
                document.WriteTo(json);
            }
            else
            {
                CompiledDocumentJson.Write(output, OrsDocumentLoader.Load(bytes));
            }
        }
        catch (InvalidDocumentBlobException e)
        {
            error.WriteLine($"orsc: {path}: {e.Message}");
            return ExitCodes.Errors;
        }

        output.WriteByte((byte)'\n');
        output.Flush();
        return ExitCodes.Success;
    }
}
