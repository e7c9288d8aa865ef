namespace OrsCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // ORS0xxx: raised by the MSBuild task and targets about the build, not by a rule about a document. They are in the
    // catalog so that each ID has one owner, a help page and a place in SARIF and the analyzer's list.
    public static readonly DiagnosticDescriptor BuildInternalError = new(
        "ORS0001",
        "Internal compiler error",
        "Internal compiler error: {0}: {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Build,
        "The OrsCompile task failed on this document with an exception: a bug in OrsCompiler, not in the strategy. The document's other diagnostics are still reported. Please report it with the document.");

    public static readonly DiagnosticDescriptor InvalidOptionValue = new(
        "ORS0002",
        "Invalid option value",
        "{0} has an invalid {1} '{2}': expected {3}.",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Build,
        "A project property (OrsPersistenceDefault, OrsRestartOnSwitchover, OrsMaxSessionLifetime, OrsDialect, OrsCompress) or an OrsDocument item's metadata has a value the task cannot read. Fix the value; docs/configuration.md lists what each option accepts.");

    public static readonly DiagnosticDescriptor PublishSettingsMissing = new(
        "ORS0003",
        "OrsPublish settings missing",
        "OrsPublish=true needs {0}.",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Build,
        "OrsPublish=true publishes the compiled documents to Redis after the build, and needs OrsRedis (a Redis configuration string) and OrsCluster (the ORS cluster name). Set both, or turn OrsPublish off.");

    public static readonly DiagnosticDescriptor DuplicateDocumentName = new(
        "ORS0004",
        "Duplicate document name",
        "The document name '{0}' is already used by {1}; set a different DocumentName metadata on one of them.",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Build,
        "Two OrsDocument items have the same document name, so they would write the same blob and publish under the same key. Give one of them a different DocumentName metadata.");
}
