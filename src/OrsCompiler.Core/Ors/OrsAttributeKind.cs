namespace OrsCompiler.Ors;

/// <summary>How ORS reads an attribute of a Genesys action element.</summary>
public enum OrsAttributeKind
{
    /// <summary>An ECMAScript value expression: strings must be quoted (<c>queue="'VQ_Sales'"</c>).</summary>
    Expression,

    /// <summary>An ECMAScript location that receives a value (<c>requestid</c>).</summary>
    Location,

    /// <summary>A literal taken as written, one of <see cref="OrsAttributeInfo.AllowedValues"/> (<c>route="true"</c>).</summary>
    Enumeration,

    /// <summary>A literal name taken as written (<c>&lt;dialog:prompts type&gt;</c>); not checked.</summary>
    Literal,
}
