using System.Text.RegularExpressions;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// Which elements act on the world outside the session, so that running them again (after a restart) is visible:
/// ORS actions the module catalog marks so, <c>&lt;send&gt;</c> to another session or an external I/O processor,
/// <c>&lt;invoke&gt;</c>, and scripts that change the interaction's user data.
/// </summary>
internal static class SideEffects
{
    private static readonly Regex UserDataCall = new(@"\.\s*(setuData|deleteuData)\s*\(", RegexOptions.CultureInvariant);

    public static bool TouchesOutsideWorld(SyntaxElement element, Dialect dialect)
    {
        if (ScxmlNames.IsGenesysNamespace(element.NamespaceUri))
        {
            return OrsModuleCatalog.FindAction(element)?.TouchesOutsideWorldAt(element) == true;
        }

        if (element.NamespaceUri != ScxmlNames.Namespace)
        {
            return false;
        }

        return element.LocalName switch
        {
            ScxmlNames.Send => IsExternalSend(element, dialect),
            ScxmlNames.Invoke => true,
            ScxmlNames.Script => UserDataCall.IsMatch(element.Text),
            _ => false,
        };
    }

    /// <summary>
    /// A send that leaves the session: a computed target, another session (<c>#_scxml_...</c>) or any other URI, or a
    /// non-SCXML I/O processor. Not external: no target (the session's own queue), <c>_internal</c>, the parent and
    /// invoked children (they are restarted with the call).
    /// </summary>
    public static bool IsExternalSend(SyntaxElement send, Dialect dialect)
    {
        if (send.HasAttribute("targetexpr") || send.HasAttribute("typeexpr"))
        {
            return true;
        }

        var type = LiteralValue.Of(send.GetAttributeValue("type"), dialect);
        if (type != null && type != "scxml" && !ProcessorTypeUri.AreSame(type, "http://www.w3.org/TR/scxml/#SCXMLEventProcessor"))
        {
            return true;
        }

        var target = LiteralValue.TargetOf(send, dialect);
        if (target == null)
        {
            return false;
        }

        return !(target.Length == 0
                 || target is "_internal" or "#_internal" or "#_parent"
                 || (target.StartsWith("#_", System.StringComparison.Ordinal) && !target.StartsWith("#_scxml_", System.StringComparison.Ordinal)));
    }
}
