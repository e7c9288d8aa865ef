using System;

namespace OrsCompiler.Syntax;

/// <summary>
/// An XML include that could not be resolved (reported once, at the include). Its content is missing, so the rules
/// do not report what follows only from that: a missing initial state, a state without children, a target in its
/// name space.
/// </summary>
public sealed class UnresolvedInclude
{
    public UnresolvedInclude(SyntaxElement parent, string? resolveId)
    {
        Parent = parent;
        ResolveId = string.IsNullOrEmpty(resolveId) ? null : resolveId;
    }

    /// <summary>The element that held the include.</summary>
    public SyntaxElement Parent { get; }

    /// <summary>The name space of the missing content, or null (then any id may have been in it).</summary>
    public string? ResolveId { get; }

    /// <summary>Whether the state id could have been defined by the missing content.</summary>
    public bool MayDefine(string id) =>
        ResolveId == null || id.StartsWith(ResolveId + ".", StringComparison.Ordinal) || id == ResolveId;
}
