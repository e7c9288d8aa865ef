using System;
using System.Collections.Generic;

namespace OrsCompiler.Model.Schema;

/// <summary>
/// What one SCXML element accepts: attributes, children, text, and the alternatives among them. Built only by
/// <see cref="ScxmlSchema"/>; read-only to the rules.
/// </summary>
public sealed class ElementSchema
{
    private readonly Dictionary<string, AttributeSchema> _attributes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _children = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tolerated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _atMostOnce = new(StringComparer.Ordinal);
    private readonly List<string> _requiredChildren = new();
    private readonly List<AttributeSchema> _requiredAttributes = new();
    private readonly List<string[]> _exclusiveGroups = new();
    private readonly List<string[]> _requiredOneOf = new();

    internal ElementSchema(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyDictionary<string, AttributeSchema> Attributes => _attributes;

    /// <summary>Executable content: allowed wherever actions are (onentry, onexit, transition, if, foreach, finalize).</summary>
    public bool IsExecutableContent { get; private set; }

    /// <summary>Character data is meaningful here (scripts, inline values).</summary>
    public bool AllowsText { get; private set; }

    /// <summary>
    /// The children are a payload (inline data, event content, even a nested &lt;scxml&gt;), not SCXML structure
    /// of this document: they are not validated as such.
    /// </summary>
    public bool HasPayloadContent { get; private set; }

    public IReadOnlyList<AttributeSchema> RequiredAttributes => _requiredAttributes;

    public IReadOnlyList<string> RequiredChildren => _requiredChildren;

    /// <summary>Groups of <see cref="SchemaTerm"/>s of which at most one may be present.</summary>
    public IReadOnlyList<string[]> ExclusiveGroups => _exclusiveGroups;

    /// <summary>Groups of <see cref="SchemaTerm"/>s of which at least one must be present.</summary>
    public IReadOnlyList<string[]> RequiredOneOf => _requiredOneOf;

    public bool AllowsChild(string localName) => _children.Contains(localName);

    /// <summary>A child outside the Recommendation that some processors accept: a warning, not an error.</summary>
    public bool ToleratesChild(string localName) => _tolerated.Contains(localName);

    public bool AllowsAtMostOne(string childLocalName) => _atMostOnce.Contains(childLocalName);

    public AttributeSchema? FindAttribute(string name) => _attributes.TryGetValue(name, out var attribute) ? attribute : null;

    // Builder surface, used only while ScxmlSchema builds its tables.
    internal ElementSchema Attribute(string name, AttributeKind kind = AttributeKind.Text, bool required = false) =>
        Add(new AttributeSchema(name, kind, required, null));

    internal ElementSchema Required(string name, AttributeKind kind = AttributeKind.Text) => Attribute(name, kind, required: true);

    internal ElementSchema OneOfValues(string name, bool required, params string[] values) =>
        Add(new AttributeSchema(name, AttributeKind.Enumeration, required, values));

    internal ElementSchema Children(params string[] names)
    {
        _children.UnionWith(names);
        return this;
    }

    internal ElementSchema Tolerates(string name)
    {
        _tolerated.Add(name);
        return this;
    }

    internal ElementSchema AtMostOnce(params string[] names)
    {
        _children.UnionWith(names);
        _atMostOnce.UnionWith(names);
        return this;
    }

    internal ElementSchema RequiresChild(string name)
    {
        _requiredChildren.Add(name);
        return this;
    }

    internal ElementSchema Exclusive(params string[] terms)
    {
        _exclusiveGroups.Add(terms);
        return this;
    }

    internal ElementSchema RequiresOneOf(params string[] terms)
    {
        _requiredOneOf.Add(terms);
        return this;
    }

    internal ElementSchema ExactlyOneOf(params string[] terms) => Exclusive(terms).RequiresOneOf(terms);

    internal ElementSchema Text()
    {
        AllowsText = true;
        return this;
    }

    internal ElementSchema Payload()
    {
        AllowsText = true;
        HasPayloadContent = true;
        return this;
    }

    internal ElementSchema Executable()
    {
        IsExecutableContent = true;
        return this;
    }

    private ElementSchema Add(AttributeSchema attribute)
    {
        // A dialect may redefine an attribute (send/@event becomes an expression in ORS).
        _requiredAttributes.RemoveAll(a => a.Name == attribute.Name);
        _attributes[attribute.Name] = attribute;
        if (attribute.Required)
        {
            _requiredAttributes.Add(attribute);
        }

        return this;
    }

    internal void RemoveAtMostOnce(string name) => _atMostOnce.Remove(name);

    public override string ToString() => "<" + Name + ">";
}
