using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OrsCompiler.Engine;

/// <summary>
/// XML content (of <c>&lt;data&gt;</c>, <c>&lt;content&gt;</c>, <c>&lt;assign&gt;</c>) as the JSON of a minimal DOM: a document
/// node whose children are elements with <c>tagName</c>, <c>attributes</c>, <c>children</c> and <c>textContent</c>.
/// </summary>
internal static class XmlContent
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 10_000_000,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <summary>The DOM as JSON, or null when the text is not well-formed XML with at least one element.</summary>
    public static string? ToJson(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            var elements = new System.Collections.Generic.List<XElement>();
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    elements.Add((XElement)XNode.ReadFrom(reader));
                }
                else
                {
                    reader.Read();
                }
            }

            if (elements.Count == 0)
            {
                return null;
            }

            // The markup travels with the document node, for an <invoke> whose content expression names it.
            var json = new StringBuilder("{\"__ors_xml\":\"document\",\"tagName\":\"#document\",\"attributes\":{},\"markup\":").Append(JsonText.Quote(text)).Append(",\"children\":[");
            json.AppendJoin(",", elements.Select(Element));
            return json.Append("]}").ToString();
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string Element(XElement element)
    {
        var json = new StringBuilder("{\"__ors_xml\":\"element\",\"tagName\":").Append(JsonText.Quote(element.Name.LocalName));
        json.Append(",\"attributes\":{").AppendJoin(",", element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => JsonText.Quote(a.Name.LocalName) + ":" + JsonText.Quote(a.Value)));
        json.Append("},\"textContent\":").Append(JsonText.Quote(element.Value));
        json.Append(",\"children\":[").AppendJoin(",", element.Elements().Select(Element));
        return json.Append("]}").ToString();
    }
}
