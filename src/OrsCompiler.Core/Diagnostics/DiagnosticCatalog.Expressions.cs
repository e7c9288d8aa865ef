namespace OrsCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // ORS3xxx: ECMAScript. Separate IDs from the structure rules on purpose: a document whose only problems are
    // ORS3xxx still compiles (the expression is marked invalid and raises error.execution at run time, as the W3C
    // suite expects), and users can lower these severities without touching structural errors.
    public static readonly DiagnosticDescriptor ExpressionSyntaxError = new(
        "ORS3001",
        "ECMAScript expression syntax error",
        "Invalid ECMAScript in '{0}': {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "The attribute value is not a valid ES5 expression. At run time evaluating it raises error.execution. Fix the syntax at the reported column.");

    public static readonly DiagnosticDescriptor ScriptSyntaxError = new(
        "ORS3002",
        "ECMAScript script syntax error",
        "Invalid ECMAScript in <script>: {0}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "The script body (inline or included with xi:include parse=\"text\") is not a valid ES5 program. A script that does not parse raises error.execution and runs none of its statements.");

    public static readonly DiagnosticDescriptor LocationNotAssignable = new(
        "ORS3003",
        "Location is not assignable",
        "'{0}' is not an assignable location: expected a variable or a property access (a, a.b, a[i]), found {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "Attributes such as location, idlocation, namelist entries and ORS requestid receive a value, so they must name a variable or a property.");

    public static readonly DiagnosticDescriptor StatementNotExpression = new(
        "ORS3004",
        "Statement where an expression is required",
        "'{0}' must be an expression, but the value is {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "Expression attributes are evaluated for a value. A declaration (var, function), a label, a block or several statements separated by ';' belong in a <script>.");

    public static readonly DiagnosticDescriptor ExpressionTooComplex = new(
        "ORS3005",
        "ECMAScript too deeply nested or too long",
        "The ECMAScript in '{0}' was not checked: {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "Code nested deeper than the limit (brackets, unary operators, conditional or assignment chains) or longer than the limit is refused before parsing so that no input can exhaust the stack. Simplify it or move it into smaller pieces.");

    public static readonly DiagnosticDescriptor EmptyExpression = new(
        "ORS3006",
        "Empty expression",
        "'{0}' is empty; an ECMAScript expression is required",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "An empty (or comment-only) value cannot be evaluated. Write the expression, or remove the attribute.");

    public static readonly DiagnosticDescriptor InvalidVariableName = new(
        "ORS3007",
        "Invalid ECMAScript variable name",
        "'{0}' is not a valid ECMAScript variable name for '{1}': {2}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Expressions,
        "<data id>, <foreach item> and <foreach index> declare ECMAScript variables: use an identifier (letters, digits, _ and $, not starting with a digit) that is not a reserved word.");
}
