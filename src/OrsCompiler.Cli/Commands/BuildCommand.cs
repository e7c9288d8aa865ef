using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Input;
using OrsCompiler.Cli.Output;
using OrsCompiler.Compilation;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc build &lt;files or folders&gt;... -o &lt;dir&gt; [--compress]</c>: one .orsdoc per document plus a manifest.</summary>
internal static class BuildCommand
{

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "SCXML files, or folders to search for *.scxml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the .orsdoc blobs (mirroring the input folders) and " + BuildManifest.FileName + ".",
            Required = true,
        };
        var compress = new Option<bool>("--compress")
        {
            Description = "Deflate blob bodies larger than " + CompileOptions.Default.CompressThreshold + " bytes.",
        };
        var analysis = new AnalysisOptionSet();

        var command = new Command("build", "Validate and compile SCXML strategies into .orsdoc blobs.") { paths, output, compress };
        foreach (var option in analysis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CommandRunner.Run(() => Run(
            parseResult.GetValue(paths)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(compress),
            analysis.CreateProvider(parseResult),
            Console.Out,
            Console.Error)));
        return command;
    }

    /// <returns>0 when every document compiled without errors, 1 when a document has an error, 2 for a usage or I/O problem.</returns>
    public static int Run(IReadOnlyList<string> inputs, string outputDirectory, bool compress, AnalysisOptionsProvider options, TextWriter output, TextWriter error)
    {
        var files = SourceFileCollector.Collect(inputs, "*.scxml", out var missing);
        if (missing.Count > 0)
        {
            error.WriteLine($"orsc: input not found: {string.Join(", ", missing)}");
            return ExitCodes.UsageOrIo;
        }

        if (files.Count == 0)
        {
            error.WriteLine($"orsc: no *.scxml documents in {string.Join(", ", inputs)}");
            return ExitCodes.UsageOrIo;
        }

        var documents = DocumentNames.Assign(files);
        var outputRoot = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(outputRoot);

        var baseDirectory = Directory.GetCurrentDirectory();
        var diagnostics = new TextDiagnosticWriter();
        var entries = new List<ManifestEntry>();
        int errors = 0, warnings = 0, failed = 0;
        foreach (var document in documents)
        {
            var analysis = DocumentAnalyzer.AnalyzeFile(document.File.FullPath, options.For(document.File.FullPath));
            var result = DocumentCompiler.Compile(analysis, new CompileOptions { DocumentName = document.Name, Compress = compress });
            diagnostics.Write(output, result.Diagnostics.Select(d => DiagnosticRecord.From(d, baseDirectory)).ToList());
            errors += result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            warnings += result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

            var blobPath = Path.Combine(outputRoot, document.Name.Replace('/', Path.DirectorySeparatorChar) + Runtime.OrsDocumentLoader.FileExtension);
            if (result is not { Blob: { } blob, Header: { } header })
            {
                // Never leave an earlier build's blob behind for a document that no longer compiles.
                if (File.Exists(blobPath))
                {
                    File.Delete(blobPath);
                }

                failed++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(blobPath)!);
            File.WriteAllBytes(blobPath, blob);
            entries.Add(new ManifestEntry(
                document.Name,
                RelativeTo(outputRoot, document.File.FullPath),
                header.SourceSha256,
                RelativeTo(outputRoot, blobPath),
                Convert.ToHexStringLower(SHA256.HashData(blob)),
                blob.Length,
                header.Compressed));
        }

        BuildManifest.Write(Path.Combine(outputRoot, BuildManifest.FileName), CompilerVersion.Current, entries);
        error.WriteLine($"{documents.Count} document(s): {entries.Count} compiled, {failed} failed; {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string RelativeTo(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
