namespace OrsCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // ORS5000-5099: XInclude. ORS5100-5199: Genesys modules and extension attributes.
    public static readonly DiagnosticDescriptor XIncludeMissingHref = new(
        "ORS5001",
        "XInclude without href",
        "<xi:include> has no 'href': nothing is included",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "Give the path of the included file relative to this document, e.g. href=\"../include/common.js\".");

    public static readonly DiagnosticDescriptor XIncludeUnreadable = new(
        "ORS5002",
        "Included file cannot be read",
        "The included file '{0}' cannot be read: {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "The href is resolved relative to the including file. Check the path and that the file is part of the project.");

    public static readonly DiagnosticDescriptor XIncludePointerNotFound = new(
        "ORS5003",
        "XPointer target not found",
        "The xpointer '{0}' selects no element in '{1}'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "The xpointer names the id of the element to include (xpointer=\"_composer_entry\", element(id) or xpointer(id('x'))). Check the id in the included file.");

    public static readonly DiagnosticDescriptor XIncludeCycle = new(
        "ORS5004",
        "XInclude cycle",
        "'{0}' includes itself: {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "A file cannot include itself, directly or through other files. Break the cycle.");

    public static readonly DiagnosticDescriptor XIncludeInvalidParse = new(
        "ORS5005",
        "Invalid XInclude parse mode",
        "parse=\"{0}\" is not supported; use \"xml\" or \"text\"",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "XInclude includes a file as XML (parse=\"xml\", the default) or as character data (parse=\"text\", e.g. a script).");

    public static readonly DiagnosticDescriptor XIncludeUnsupportedPointer = new(
        "ORS5006",
        "Unsupported xpointer",
        "The xpointer '{0}' is not supported; use an id, element(id[/n...]) or xpointer(id('x'))",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "ORS documents select the included element by its id. Other XPointer schemes are not evaluated.");

    public static readonly DiagnosticDescriptor XIncludeLimitExceeded = new(
        "ORS5007",
        "Too much included content",
        "Including '{0}' exceeds the limit of {1}; it was not included",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "The number of includes and the total size of included files are bounded so that no input can exhaust memory.");

    public static readonly DiagnosticDescriptor UnknownOrsElement = new(
        "ORS5101",
        "Unknown ORS element",
        "<{0}> is not an element of the ORS '{1}' module{2}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS ignores or rejects elements its modules do not define; this is usually a typo. If the element is genuine, suppress the warning or extend OrsModuleCatalog.");

    public static readonly DiagnosticDescriptor UnknownOrsAttribute = new(
        "ORS5102",
        "Unknown attribute on an ORS element",
        "'{0}' is not an attribute of <{1}>{2}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "The attribute is not one ORS reads on this element; it is usually a misspelling and then silently ignored.");

    public static readonly DiagnosticDescriptor MissingOrsAttribute = new(
        "ORS5103",
        "Missing required attribute on an ORS element",
        "<{0}> requires the attribute '{1}'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Dialect,
        "The action cannot run without it (e.g. session:fetch needs srcexpr, ixn:redirect needs to).");

    public static readonly DiagnosticDescriptor InvalidOrsAttributeValue = new(
        "ORS5104",
        "Invalid literal value",
        "'{0}' is not a valid value of '{1}' on <{2}>; expected one of: {3}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "This attribute is a literal (written without quotes), not an ECMAScript expression, and takes one of a few values.");

    public static readonly DiagnosticDescriptor UnexpectedOrsChild = new(
        "ORS5105",
        "Unexpected child of an ORS element",
        "<{0}> is not allowed inside <{1}>; allowed: {2}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS elements accept only specific children (queue:submit > queue:targets > queue:target, dialog:playandcollect > dialog:prompts, <param>, <content>...).");

    public static readonly DiagnosticDescriptor MisplacedOrsElement = new(
        "ORS5106",
        "ORS element outside its parent",
        "<{0}> belongs inside <{1}>",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "Parts of an action (queue:target, dialog:prompt...) only mean something inside that action.");

    public static readonly DiagnosticDescriptor UnknownExtensionAttribute = new(
        "ORS5107",
        "Unknown Genesys extension attribute",
        "'{0}' is not a known ORS extension attribute of <{1}>{2}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS defines a few '_' attributes on core elements (_type, _persist, _sendSessionRecovered, _desc, _expr). Others are ignored: check the spelling, or suppress if your tooling adds it deliberately.");

    public static readonly DiagnosticDescriptor UndeclaredGenesysNamespace = new(
        "ORS5108",
        "Genesys namespace not declared on <scxml>",
        "The namespace '{0}' is used here but not declared on the <scxml> element",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS loads the modules named by the namespaces declared on <scxml>: declare xmlns:{1}=\"{0}\" there.");

    public static readonly DiagnosticDescriptor UnknownGenesysModule = new(
        "ORS5109",
        "Unknown Genesys module namespace",
        "'{0}' is not the namespace of an ORS module{1}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS modules live in http://www.genesyslab.com/modules/<module> (session, ws, queue, interaction, dialog, statistic, classification, resource, elasticconnector, agent). A misspelt namespace makes ORS ignore the element.");

    public static readonly DiagnosticDescriptor OrsActionOutsideExecutableContent = new(
        "ORS5110",
        "ORS action outside executable content",
        "<{0}> is an action, but nothing executes the content of <{1}>",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS actions run only as executable content: inside <onentry>, <onexit>, <transition>, <if>, <foreach> or <finalize>.");

    public static readonly DiagnosticDescriptor SendEventReadsUndeclaredVariable = new(
        "ORS5111",
        "Literal event name in an ORS send",
        "In ORS <send event> is an expression: '{0}' reads the variable '{1}', which the document does not declare; to send the event {0}, write event=\"'{0}'\"",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Dialect,
        "ORS implements the SCXML working draft of May 2009, where <send event> is an ECMAScript expression (Composer writes event=\"'Entry1.done'\"). An unquoted name is read as a variable: at run time it raises error.script, or sends the variable's value. Quote the event name.");
}
