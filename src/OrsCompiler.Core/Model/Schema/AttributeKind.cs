namespace OrsCompiler.Model.Schema;

/// <summary>What an attribute's value is: decides which rule checks its content.</summary>
public enum AttributeKind
{
    /// <summary>Free text (labels, names, URIs the processor resolves at run time).</summary>
    Text,

    /// <summary>An XML ID that other attributes refer to (state and data ids).</summary>
    Id,

    /// <summary>Space-separated state ids (<c>target</c>, <c>initial</c>).</summary>
    StateIdList,

    /// <summary>One of <see cref="AttributeSchema.AllowedValues"/>.</summary>
    Enumeration,

    /// <summary>The data model's name (<c>datamodel</c>, the 2009 draft's <c>profile</c>).</summary>
    DataModel,

    /// <summary>One literal event name (<c>raise/@event</c>, W3C <c>send/@event</c>).</summary>
    EventName,

    /// <summary>Space-separated event descriptors (<c>transition/@event</c>).</summary>
    EventDescriptorList,

    /// <summary>A literal CSS2 time (W3C <c>send/@delay</c>).</summary>
    Duration,

    /// <summary>An ECMAScript value expression.</summary>
    ValueExpression,

    /// <summary>An ECMAScript location expression (must be assignable).</summary>
    LocationExpression,

    /// <summary>An ECMAScript variable name (<c>foreach/@item</c>, <c>foreach/@index</c>).</summary>
    VariableName,

    /// <summary>Space-separated location expressions (<c>namelist</c>).</summary>
    LocationList,

    /// <summary>A URI of a resource the compiler may have to load (<c>script/@src</c>, <c>data/@src</c>, <c>invoke/@src</c>).</summary>
    Uri,
}
