using System;

namespace OrsCompiler.Diagnostics;

/// <summary>A rule of the catalog: written once, used by the CLI, the MSBuild task and the analyzer.</summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Rule pages live in the repository; front ends show this link as help.</summary>
    public const string HelpUriBase = "https://github.com/orscompiler/orscompiler/blob/main/docs/rules/";

    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity defaultSeverity,
        string category,
        string helpText)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title;
        MessageFormat = messageFormat;
        DefaultSeverity = defaultSeverity;
        Category = category;
        HelpText = helpText;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string (<c>{0}</c>, <c>{1}</c>...) filled with the diagnostic's arguments.</summary>
    public string MessageFormat { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public string Category { get; }

    /// <summary>What the rule checks and how to fix it, in a sentence or two.</summary>
    public string HelpText { get; }

    public string HelpUri => HelpUriBase + Id + ".md";

    public string FormatMessage(object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : MessageText.Format(MessageFormat, arguments);

    public override string ToString() => Id;
}
