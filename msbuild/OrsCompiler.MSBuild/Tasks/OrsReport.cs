using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OrsCompiler.Analysis;
using OrsCompiler.Reporting;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// Writes the build's HTML report (the one <c>orsc report</c> writes) for every <c>OrsDocument</c>: diagnostics with
/// source excerpts, restart-safety verdicts, the size and hash of the blobs OrsCompile left in the intermediate
/// directory, and each diagram (SVG when Graphviz dot is installed, else DOT text and one message saying so).
/// </summary>
public sealed class OrsReport : Microsoft.Build.Utilities.Task
{
    [Required]
    public ITaskItem[] Documents { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string ReportFile { get; set; } = "";

    [Required]
    public string IntermediateDirectory { get; set; } = "";

    [Required]
    public string ProjectDirectory { get; set; } = "";

    public string OutputFolder { get; set; } = "ors/";

    public string? PersistenceDefault { get; set; }

    public string? RestartOnSwitchover { get; set; }

    public string? MaxSessionLifetime { get; set; }

    public string? Dialect { get; set; }

    public string? Compress { get; set; }

    /// <summary>The Graphviz dot to run; empty for ORSC_DOT or dot on the PATH.</summary>
    public string? DotProgram { get; set; }

    public string? ShowPlumbing { get; set; }

    public override bool Execute()
    {
        var projectOptions = ProjectOptions.FromProperties(PersistenceDefault, RestartOnSwitchover, MaxSessionLifetime, Dialect, Compress, Log);
        if (projectOptions == null)
        {
            return false;
        }

        var builder = new ReportDocumentBuilder(
            ProjectDirectory,
            renderSvg: true,
            string.IsNullOrWhiteSpace(DotProgram) ? null : DotProgram,
            new StateGraphOptions { ShowPlumbing = string.Equals(ShowPlumbing, "true", StringComparison.OrdinalIgnoreCase) });
        var documents = new List<ReportDocument>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Documents)
        {
            var document = new DocumentItem(item, ProjectDirectory, IntermediateDirectory, OutputFolder);
            if (!names.Add(document.DocumentName))
            {
                continue; // OrsCompile reports the duplicate name.
            }

            var options = projectOptions.ForDocument(document, Log);
            var analysis = DocumentAnalyzer.AnalyzeFile(document.SourcePath, options?.Analysis);
            // The blob OrsCompile wrote (or kept) for this build; none when the document failed.
            var blob = File.Exists(document.BlobPath) ? File.ReadAllBytes(document.BlobPath) : null;
            documents.Add(builder.Create(document.DocumentName, analysis, blob: blob));
        }

        if (builder.GraphvizProblem != null)
        {
            Log.LogMessage(MessageImportance.High, "OrsReport: {0} The report shows the diagrams as DOT text.", builder.GraphvizProblem);
        }

        try
        {
            var path = Path.GetFullPath(ReportFile);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                HtmlReportWriter.Write(writer, documents);
            }

            Log.LogMessage(MessageImportance.High, "OrsReport: {0} ({1} document(s))", path, documents.Count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticLogger.ReportCode, null, ReportFile, 0, 0, 0, 0, "The report could not be written: {0}", e.Message);
        }

        return !Log.HasLoggedErrors;
    }
}
