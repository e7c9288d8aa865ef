namespace OrsCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // ORS1000-1099: reading the file. ORS1100-1999: SCXML structure (elements, attributes, children).
    public static readonly DiagnosticDescriptor MalformedXml = new(
        "ORS1001",
        "Malformed XML",
        "The document is not well-formed XML: {0}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "The XML parser stopped here. Fix the syntax at this position; nothing after it was checked.");

    public static readonly DiagnosticDescriptor DtdNotAllowed = new(
        "ORS1002",
        "DTDs are not allowed",
        "The document contains a DTD (<!DOCTYPE>); DTDs and entity declarations are never processed",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "For security, OrsCompiler never expands entities or reads external files named by a DTD. Remove the <!DOCTYPE> declaration.");

    public static readonly DiagnosticDescriptor DocumentTooLarge = new(
        "ORS1003",
        "Document too large",
        "The document has {0} characters; the limit is {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "Documents above the size limit are not read. Split the strategy, or raise the limit if the document is genuine.");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "ORS1004",
        "Elements nested too deeply",
        "Elements are nested more than {0} levels deep; the content below this element was not checked",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "Deeper nesting than the limit is refused so that no input can exhaust the stack. Flatten the document.");

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "ORS1005",
        "File cannot be read",
        "The file cannot be read: {0}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "Check that the path exists and is readable.");

    public static readonly DiagnosticDescriptor RootNotScxml = new(
        "ORS1010",
        "Root element is not <scxml>",
        "The root element is <{0}> in namespace '{1}'; expected <scxml> in namespace 'http://www.w3.org/2005/07/scxml'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "An SCXML document's root is <scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">.");

    public static readonly DiagnosticDescriptor InternalError = new(
        "ORS1099",
        "Internal error",
        "OrsCompiler failed while checking this document ({0}): {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "A rule crashed on this document. The other rules still ran. Please report it with the document.");
}
