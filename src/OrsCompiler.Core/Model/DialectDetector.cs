using OrsCompiler.Syntax;

namespace OrsCompiler.Model;

/// <summary>Chooses the dialect of a document when the configuration leaves it to the document.</summary>
public static class DialectDetector
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static Dialect Detect(SyntaxElement? root, Dialect configured)
    {
        if (configured != Dialect.Auto)
        {
            return configured;
        }

        if (root == null)
        {
            return Dialect.W3C;
        }

        if (root.HasAttribute("profile"))
        {
            return Dialect.Ors;
        }

        foreach (var attribute in root.Attributes)
        {
            if (attribute.NamespaceUri == XmlnsNamespace && ScxmlNames.IsGenesysNamespace(attribute.Value))
            {
                return Dialect.Ors;
            }
        }

        foreach (var element in root.DescendantsAndSelf())
        {
            if (ScxmlNames.IsGenesysNamespace(element.NamespaceUri))
            {
                return Dialect.Ors;
            }
        }

        return Dialect.W3C;
    }
}
