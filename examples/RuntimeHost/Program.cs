using System;
using System.IO;
using System.Linq;
using OrsCompiler.Runtime;

namespace RuntimeHost;

/// <summary>
/// <c>dotnet run --project examples/RuntimeHost [folder]</c>: loads every .orsdoc under the folder (by default the
/// RoutingStrategies build output) and prints each document's name, dialect and shape.
/// With <c>--redis &lt;configuration&gt; --cluster &lt;name&gt; [seconds]</c> it serves them from Redis instead (see
/// <see cref="RedisHost"/>): hot reload, circuit breaker and metrics on.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length >= 4 && args[0] == "--redis" && args[2] == "--cluster")
        {
            var seconds = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 60;
            return RedisHost.RunAsync(args[1], args[3], TimeSpan.FromSeconds(seconds)).GetAwaiter().GetResult();
        }

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
