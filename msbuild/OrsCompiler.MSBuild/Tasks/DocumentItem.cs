using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OrsCompiler.Runtime;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>One <c>OrsDocument</c> item: its source, its logical name and where its blob goes.</summary>
internal sealed class DocumentItem
{
    public DocumentItem(ITaskItem item, string projectDirectory, string intermediateDirectory, string outputFolder)
    {
        Item = item;
        SourcePath = Path.GetFullPath(item.GetMetadata("FullPath"));
        var name = item.GetMetadata("DocumentName");
        DocumentName = (string.IsNullOrWhiteSpace(name) ? DefaultName(item, projectDirectory) : name).Replace('\\', '/').Trim('/');
        var relativeBlob = DocumentName.Replace('/', Path.DirectorySeparatorChar) + OrsDocumentLoader.FileExtension;
        BlobPath = Path.GetFullPath(Path.Combine(intermediateDirectory, relativeBlob));
        DependencyFilePath = BlobPath + ".deps";
        TargetPath = Path.Combine(outputFolder ?? "", relativeBlob);
    }

    public ITaskItem Item { get; }

    public string SourcePath { get; }

    /// <summary>The key publishers store the document under: by default its project-relative path without extension.</summary>
    public string DocumentName { get; }

    public string BlobPath { get; }

    public string DependencyFilePath { get; }

    /// <summary>Relative to the output (and publish) directory.</summary>
    public string TargetPath { get; }

    public ITaskItem ToOutputItem()
    {
        var output = new TaskItem(BlobPath);
        output.SetMetadata("TargetPath", TargetPath);
        output.SetMetadata("DocumentName", DocumentName);
        output.SetMetadata("Source", SourcePath);
        return output;
    }

    // Linked items name themselves by their link; files outside the project directory by their file name.
    private static string DefaultName(ITaskItem item, string projectDirectory)
    {
        var link = item.GetMetadata("Link");
        var relative = !string.IsNullOrEmpty(link) ? link : MakeRelative(projectDirectory, item.GetMetadata("FullPath"));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(relative);
        }

        return Path.ChangeExtension(relative, null)!;
    }

    private static string MakeRelative(string directory, string path)
    {
        var baseUri = new Uri(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
        return Uri.UnescapeDataString(baseUri.MakeRelativeUri(new Uri(Path.GetFullPath(path))).ToString()).Replace('/', Path.DirectorySeparatorChar);
    }
}
