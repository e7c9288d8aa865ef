using OrsCompiler.Expressions;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>
/// Which attributes the compiler marks as expressions and which stay literal text (event names, ids, URLs). For SCXML
/// elements that is <see cref="EcmaScriptAttributes"/>, the table the expression rule checks. Attributes
/// of Genesys module elements are what <see cref="OrsModuleCatalog"/> says (enumerations such as <c>route="true"</c> and
/// names such as <c>queue:target/@name</c> are literals); ORS reads any other as an expression (strings are quoted:
/// <c>queue="'VQ_x'"</c>).
/// </summary>
internal static class ExpressionAttributes
{
    public static bool IsExpression(SyntaxElement element, SyntaxAttribute attribute, Dialect dialect)
    {
        if (attribute.NamespaceUri.Length != 0)
        {
            return false;
        }

        if (ScxmlNames.IsGenesysNamespace(element.NamespaceUri))
        {
            var kind = OrsModuleCatalog.FindElement(element.NamespaceUri, element.LocalName)?.FindAttribute(attribute.LocalName)?.Kind;
            return kind is null or OrsAttributeKind.Expression or OrsAttributeKind.Location;
        }

        if (element.NamespaceUri != ScxmlNames.Namespace)
        {
            return false;
        }

        // A namelist stays literal: the engine splits it and evaluates each location. Variable names (foreach item and
        // index) are expressions so that a bad name raises error.execution; data ids are compiled apart (DataCompiler).
        return EcmaScriptAttributes.KindOf(element.LocalName, attribute.LocalName, dialect) is { } scxmlKind
               && scxmlKind != ExpressionAttributeKind.LocationList
               && !EcmaScriptAttributes.IsDocumentedLiteral(element, attribute, dialect);
    }
}
