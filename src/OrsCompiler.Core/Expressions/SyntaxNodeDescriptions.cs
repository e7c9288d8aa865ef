using Jint.Parser.Ast;

namespace OrsCompiler.Expressions;

/// <summary>Jint syntax node kinds in words, for messages ("found a function call", "the value is a label").</summary>
internal static class SyntaxNodeDescriptions
{
    public static string Describe(SyntaxNodes kind) => kind switch
    {
        SyntaxNodes.Identifier => "a variable",
        SyntaxNodes.MemberExpression => "a property access",
        SyntaxNodes.CallExpression => "a function call",
        SyntaxNodes.NewExpression => "a 'new' expression",
        SyntaxNodes.Literal or SyntaxNodes.RegularExpressionLiteral => "a literal",
        SyntaxNodes.ThisExpression => "'this'",
        SyntaxNodes.ArrayExpression => "an array literal",
        SyntaxNodes.ObjectExpression => "an object literal",
        SyntaxNodes.FunctionExpression => "a function expression",
        SyntaxNodes.AssignmentExpression => "an assignment",
        SyntaxNodes.BinaryExpression or SyntaxNodes.LogicalExpression => "an operator expression",
        SyntaxNodes.UnaryExpression or SyntaxNodes.UpdateExpression => "an operator expression",
        SyntaxNodes.ConditionalExpression => "a conditional (?:) expression",
        SyntaxNodes.SequenceExpression => "a comma-separated sequence",
        SyntaxNodes.LabeledStatement => "a label",
        SyntaxNodes.VariableDeclaration => "a variable declaration",
        SyntaxNodes.FunctionDeclaration => "a function declaration",
        SyntaxNodes.BlockStatement => "a block",
        SyntaxNodes.EmptyStatement => "an empty statement",
        SyntaxNodes.IfStatement => "an 'if' statement",
        SyntaxNodes.ForStatement or SyntaxNodes.ForInStatement or SyntaxNodes.WhileStatement or SyntaxNodes.DoWhileStatement => "a loop",
        SyntaxNodes.SwitchStatement => "a 'switch' statement",
        SyntaxNodes.TryStatement => "a 'try' statement",
        SyntaxNodes.ThrowStatement => "a 'throw' statement",
        SyntaxNodes.WithStatement => "a 'with' statement",
        SyntaxNodes.DebuggerStatement => "a 'debugger' statement",
        _ => "a statement",
    };
}
