using System;
using System.IO;
using System.Linq;
using OrsCompiler.Runtime;

namespace RuntimeHost;

/// <summary>
/// <c>dotnet run --project examples/RuntimeHost [folder]</c>: loads every .orsdoc under the folder (by default the
/// RoutingStrategies build output) and prints each document's name, dialect and shape.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var folder = args.Length > 0
            ? args[0]
            : Path.Combine(AppContext.BaseDirectory, "../../../../RoutingStrategies/bin/Debug/net10.0/ors");
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No compiled documents in '{folder}': run `dotnet build examples/RoutingStrategies` first.");
            return 1;
        }

        var exitCode = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.orsdoc", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            try
            {
                var document = OrsDocumentLoader.LoadFile(file);
                var header = document.Header;
                Console.WriteLine(
                    $"{header.DocumentName}: {document.Dialect}, {document.States.Count} states, {document.Transitions.Count} transitions, " +
                    $"compiled by {header.CompilerVersion}, source sha256 {header.SourceSha256[..Math.Min(12, header.SourceSha256.Length)]}");
            }
            catch (InvalidDocumentBlobException e)
            {
                Console.Error.WriteLine($"{file}: {e.Message}");
                exitCode = 1;
            }
        }

        return exitCode;
    }
}
