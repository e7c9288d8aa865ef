using System.Text.RegularExpressions;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Expressions;

/// <summary>
/// W3C literals in ORS <c>&lt;send event/delay&gt;</c>: ORS follows the May 2009 working draft, where both are
/// ECMAScript expressions, so <c>delay="2s"</c> does not parse and <c>event="crm.done"</c> reads a variable. Says
/// what to write instead (<c>delay="'2s'"</c>, <c>event="'crm.done'"</c>).
/// </summary>
internal static class OrsSendLiteral
{
    // A CSS2 time as W3C writes it in send/@delay ("2s", "500ms", "1.5s").
    private static readonly Regex Duration = new(@"^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)?\s*$", RegexOptions.CultureInvariant);

    // An event name as transitions write it (tokens separated by dots).
    private static readonly Regex EventName = new(@"^\s*[A-Za-z_$][\w$\-]*(\.[\w$\-]+)*\s*$", RegexOptions.CultureInvariant);

    /// <summary>"; ... write delay=\"'2s'\"" for an ORS send/@event or @delay that is a W3C literal, else null.</summary>
    public static string? QuotedFormHint(SyntaxElement element, SyntaxAttribute attribute, Dialect dialect)
    {
        if (dialect != Dialect.Ors || !ScxmlNames.IsScxml(element, ScxmlNames.Send) || attribute.NamespaceUri.Length != 0)
        {
            return null;
        }

        var value = attribute.Value;
        var literal = attribute.LocalName switch
        {
            "delay" => Duration.IsMatch(value),
            "event" => EventName.IsMatch(value),
            _ => false,
        };
        return literal ? $"; in ORS <send {attribute.LocalName}> is an expression: to send the literal, write {attribute.LocalName}=\"'{value.Trim()}'\"" : null;
    }

    /// <summary>Whether the send/@event value is a name path (<c>crm.done</c>): a valid expression that may be meant literally.</summary>
    public static bool IsNamePath(string value) => EventName.IsMatch(value) && value.IndexOf('-') < 0;
}
