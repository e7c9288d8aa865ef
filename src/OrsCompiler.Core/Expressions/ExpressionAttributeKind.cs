namespace OrsCompiler.Expressions;

/// <summary>How an attribute's value is read as ECMAScript.</summary>
internal enum ExpressionAttributeKind
{
    /// <summary>Evaluated for a value: cond, expr, eventexpr...</summary>
    Value,

    /// <summary>A value that may be left empty: &lt;log expr=""&gt; just logs its label (W3C test 307).</summary>
    OptionalValue,

    /// <summary>Assigned to: location, idlocation.</summary>
    Location,

    /// <summary>Space-separated locations: namelist.</summary>
    LocationList,

    /// <summary>Declares a variable: data id, foreach item and index.</summary>
    VariableName,
}
