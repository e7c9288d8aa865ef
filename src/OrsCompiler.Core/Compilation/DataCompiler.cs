using System.Collections.Generic;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>
/// Compiles a <c>&lt;data&gt;</c> declaration: its id, <c>expr</c>, <c>src</c> and inline content; every other
/// attribute (the ORS <c>_type="parameter"</c>, <c>_desc</c>) is kept as an extension attribute.
/// </summary>
internal sealed class DataCompiler
{
    private readonly AttributeCompiler _attributes;
    private readonly ActionCompiler _actions;

    public DataCompiler(AttributeCompiler attributes, ActionCompiler actions)
    {
        _attributes = attributes;
        _actions = actions;
    }

    public List<CompiledData> Compile(IEnumerable<SyntaxElement> dataElements)
    {
        var declarations = new List<CompiledData>();
        foreach (var element in dataElements)
        {
            declarations.Add(new CompiledData
            {
                Id = element.GetAttributeValue("id") ?? "",
                Expression = _attributes.Expression(element, "expr"),
                Source = element.GetAttributeValue("src"),
                Content = _actions.CompileInlineContent(element),
                ExtensionAttributes = _attributes.Compile(element, "id", "expr", "src"),
                Position = SourcePositions.Of(element.NameLocation),
            });
        }

        return declarations;
    }
}
