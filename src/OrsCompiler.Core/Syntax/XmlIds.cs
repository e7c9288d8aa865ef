using System.Xml;
using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>
/// SCXML ids are xsd:ID values: XML names without a colon (NCName). '$' is tolerated: Composer writes ids with its
/// <c>$$_MY_PREFIX_$$.</c> placeholder, and the SCION suite uses it in send ids.
/// </summary>
public static class XmlIds
{
    public static bool IsValid(string id) => Check(id) == null;

    /// <summary>Null when <paramref name="id"/> is a valid id, otherwise why not.</summary>
    public static string? Check(string id)
    {
        if (id.Length == 0)
        {
            return "an id cannot be empty";
        }

        if (!XmlConvert.IsStartNCNameChar(id[0]) && id[0] != '$')
        {
            return char.IsDigit(id[0]) ? "an id cannot start with a digit"
                : id[0] is '-' or '.' ? $"an id cannot start with '{id[0]}'"
                : char.IsWhiteSpace(id[0]) ? "an id cannot contain white space"
                : $"an id cannot contain {CharacterNames.Describe(id[0])}";
        }

        for (var i = 1; i < id.Length; i++)
        {
            if (!XmlConvert.IsNCNameChar(id[i]) && id[i] != '$')
            {
                return char.IsWhiteSpace(id[i]) ? "an id cannot contain white space" : $"an id cannot contain {CharacterNames.Describe(id[i])}";
            }
        }

        return null;
    }
}
