using System.Linq;
using System.Runtime.CompilerServices;
using Jint.Native;
using Jint.Parser;
using Jint.Parser.Ast;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// What an expression is, worked out once per compiled expression: most expressions in a strategy are a literal
/// (<c>'VQ_Sales'</c>, <c>5</c>, <c>false</c>) or a variable (<c>interactionId</c>), which the data model answers
/// without running Jint, and the rest keep their parsed program (shared by all sessions, unless it may hold a regular
/// expression literal: Jint 2.10 caches that literal's object in the parsed program).
/// </summary>
internal sealed class ExpressionShape
{
    private static readonly ConditionalWeakTable<CompiledExpression, ExpressionShape> Shapes = new();

    private ExpressionShape(CompiledExpression expression)
    {
        Source = "(" + expression.Source.TrimEnd().TrimEnd(';') + "\n)";
        try
        {
            var program = new JavaScriptParser().Parse(Source);
            if (!Source.Contains('/'))
            {
                Program = program;
            }

            if (program.Body.Count == 1 && program.Body.First() is ExpressionStatement { Expression: var body })
            {
                if (body is Identifier identifier)
                {
                    Identifier = identifier.Name;
                }
                else if (body.Type == SyntaxNodes.Literal && body is Literal literal)
                {
                    Literal = literal.Value switch
                    {
                        null => JsValue.Null,
                        string text => new JsValue(text),
                        double number => new JsValue(number),
                        bool flag => new JsValue(flag),
                        _ => null,
                    };
                }
            }
        }
        catch (ParserException)
        {
            // Evaluated the slow way, which reports the error.
        }
    }

    /// <summary>The source as evaluated: in parentheses, without a trailing statement terminator ("new f();" in W3C tests).</summary>
    public string Source { get; }

    /// <summary>The parsed program when sessions may share it; null when each session must parse its own.</summary>
    public Program? Program { get; }

    /// <summary>The value of a literal expression (a primitive, shareable), or null.</summary>
    public JsValue? Literal { get; }

    /// <summary>The name of an expression that is just a variable, or null.</summary>
    public string? Identifier { get; }

    public static ExpressionShape Of(CompiledExpression expression) => Shapes.GetValue(expression, e => new ExpressionShape(e));
}
