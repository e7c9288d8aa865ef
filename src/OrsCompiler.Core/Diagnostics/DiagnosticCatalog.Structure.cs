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

    public static readonly DiagnosticDescriptor UnknownElement = new(
        "ORS1101",
        "Unknown SCXML element",
        "<{0}> is not an element of SCXML 1.0",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "Only the elements of the SCXML 1.0 Recommendation live in the SCXML namespace. Check the spelling, or put a custom action in its own namespace.");

    public static readonly DiagnosticDescriptor ChildNotAllowed = new(
        "ORS1102",
        "Element not allowed here",
        "<{0}> is not allowed inside <{1}>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "Each SCXML element accepts a fixed set of children (SCXML 1.0, sections 3-6): for example executable content only in <onentry>, <onexit>, <transition>, <if>, <foreach> and <finalize>. Move the element where it belongs.");

    public static readonly DiagnosticDescriptor AttributeNotAllowed = new(
        "ORS1103",
        "Attribute not allowed",
        "Attribute '{0}' is not allowed on <{1}>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "The attribute is not defined for this element by SCXML 1.0 (or by the ORS dialect). Check the spelling; extension attributes belong in their own namespace.");

    public static readonly DiagnosticDescriptor MissingRequiredAttribute = new(
        "ORS1104",
        "Required attribute missing",
        "<{0}> requires the attribute '{1}'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "SCXML 1.0 requires this attribute on this element. Add it.");

    public static readonly DiagnosticDescriptor MutuallyExclusive = new(
        "ORS1105",
        "Mutually exclusive attributes or content",
        "<{0}> must not have both {1} and {2}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "SCXML 1.0 allows only one of these on the element (for example 'event' or 'eventexpr', 'src' or inline content). Keep one.");

    public static readonly DiagnosticDescriptor MissingOneOf = new(
        "ORS1106",
        "Required alternative missing",
        "<{0}> requires one of {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "SCXML 1.0 requires exactly one of these alternatives on the element (for example 'sendid' or 'sendidexpr' on <cancel>). Add one.");

    public static readonly DiagnosticDescriptor ChildOccursTooOften = new(
        "ORS1107",
        "Element occurs too often",
        "<{1}> may contain at most one <{0}>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "SCXML 1.0 allows this child at most once in its parent (for example one <datamodel> per state, one <content> per <send>). Merge or remove the extra ones.");

    public static readonly DiagnosticDescriptor InvalidAttributeValue = new(
        "ORS1108",
        "Invalid attribute value",
        "'{0}' is not a valid value of attribute '{1}' of <{2}>; expected {3}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "The attribute takes one of a fixed set of values (for example <scxml version=\"1.0\">, binding early|late, transition type internal|external, history type shallow|deep).");

    public static readonly DiagnosticDescriptor TextNotAllowed = new(
        "ORS1109",
        "Text not allowed here",
        "Text is not allowed inside <{0}>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "Only <data>, <assign>, <content> and <script> take character data in SCXML. Remove the text, or wrap script code in <script>.");

    public static readonly DiagnosticDescriptor MissingRequiredChild = new(
        "ORS1110",
        "Required child element missing",
        "<{0}> requires a <{1}> child",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "SCXML 1.0 requires this child (for example the <transition> of <initial> and of <history>). Add it.");

    public static readonly DiagnosticDescriptor NonStandardChild = new(
        "ORS1111",
        "Non-standard child element",
        "<{0}> inside <{1}> is not part of SCXML 1.0; some processors accept it, others reject the document",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Structure,
        "SCION accepts <transition> directly in <scxml> (a transition of the whole chart), but the Recommendation does not. Wrap the states in a <state> and put the transition there.");

    public static readonly DiagnosticDescriptor EmptyScript = new(
        "ORS1112",
        "Empty <script>",
        "<script> has neither a 'src' attribute nor any code",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "SCXML 1.0 (5.8) requires a <script> to have either a 'src' attribute or inline code. Write the code, point 'src' at a file, or remove the element.");

    public static readonly DiagnosticDescriptor MisplacedInvokeChild = new(
        "ORS1113",
        "Child of <invoke> inside its <content>",
        "<{0}> belongs directly under <invoke>, not inside <content> next to the inline <scxml>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Structure,
        "The <content> of an <invoke> holds the invoked document; <finalize> and <param> are children of the <invoke> itself (SCXML 1.0, 6.4). Inside <content> they would become part of the payload and never run. Move the element out of <content>.");
}
