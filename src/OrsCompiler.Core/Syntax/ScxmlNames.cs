namespace OrsCompiler.Syntax;

/// <summary>Namespace URIs and element names of SCXML and the extensions OrsCompiler knows.</summary>
public static class ScxmlNames
{
    public const string Namespace = "http://www.w3.org/2005/07/scxml";
    public const string XIncludeNamespace = "http://www.w3.org/2001/XInclude";

    /// <summary>Every ORS module namespace starts with this (http://www.genesyslab.com/modules/queue, ...).</summary>
    public const string GenesysModulePrefix = "http://www.genesyslab.com/modules/";

    public const string Scxml = "scxml";
    public const string State = "state";
    public const string Parallel = "parallel";
    public const string Final = "final";
    public const string History = "history";
    public const string Initial = "initial";
    public const string Transition = "transition";
    public const string OnEntry = "onentry";
    public const string OnExit = "onexit";
    public const string DataModel = "datamodel";
    public const string Data = "data";
    public const string Invoke = "invoke";
    public const string Finalize = "finalize";
    public const string DoneData = "donedata";
    public const string Content = "content";
    public const string Param = "param";
    public const string Script = "script";
    public const string Raise = "raise";
    public const string If = "if";
    public const string ElseIf = "elseif";
    public const string Else = "else";
    public const string Foreach = "foreach";
    public const string Log = "log";
    public const string Assign = "assign";
    public const string Send = "send";
    public const string Cancel = "cancel";

    public static bool IsGenesysNamespace(string namespaceUri) =>
        namespaceUri.StartsWith(GenesysModulePrefix, System.StringComparison.Ordinal);

    public static bool IsScxml(SyntaxElement element, string localName) => element.Is(Namespace, localName);

    /// <summary>state, parallel, final, history (and the root scxml is not one of them).</summary>
    public static bool IsStateElement(SyntaxElement element) =>
        element.NamespaceUri == Namespace
        && element.LocalName is State or Parallel or Final or History;
}
