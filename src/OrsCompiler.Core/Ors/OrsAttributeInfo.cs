using System;
using System.Collections.Generic;

namespace OrsCompiler.Ors;

/// <summary>An attribute of a Genesys element: how ORS reads it, whether it must be present, its literal values.</summary>
public sealed class OrsAttributeInfo
{
    public OrsAttributeInfo(string name, OrsAttributeKind kind, bool isRequired = false, IReadOnlyList<string>? allowedValues = null)
    {
        if (kind == OrsAttributeKind.Enumeration && (allowedValues == null || allowedValues.Count == 0))
        {
            throw new ArgumentException("An enumeration needs its allowed values.", nameof(allowedValues));
        }

        Name = name;
        Kind = kind;
        IsRequired = isRequired;
        AllowedValues = allowedValues ?? Array.Empty<string>();
    }

    public string Name { get; }

    public OrsAttributeKind Kind { get; }

    public bool IsRequired { get; }

    /// <summary>For <see cref="OrsAttributeKind.Enumeration"/>: the accepted literals (compared case-sensitively, as ORS does).</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    public override string ToString() => Name;
}
