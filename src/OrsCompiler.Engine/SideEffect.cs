using System.Collections.Generic;

namespace OrsCompiler.Engine;

/// <summary>
/// An extension action (ORS <c>queue:submit</c>, <c>ixn:redirect</c>...) the engine performed: recorded, not executed.
/// </summary>
/// <param name="SessionId">The session that performed it.</param>
/// <param name="Element">Prefix-free name: module and local name, e.g. <c>queue:submit</c>.</param>
/// <param name="Attributes">Every attribute with its evaluated value as JSON (literal attributes as JSON strings).</param>
/// <param name="RequestId">The request id assigned to the <c>requestid</c> location, or null.</param>
/// <param name="Time">Virtual time in milliseconds.</param>
public sealed record SideEffect(string SessionId, string Element, IReadOnlyList<KeyValuePair<string, string>> Attributes, string? RequestId, long Time)
{
    /// <summary>Set by a failover rehearsal: the same action with the same attributes was already performed for the call.</summary>
    public bool Repeated { get; init; }

    /// <summary>The identity of the action for repeat detection: element and attributes, request ids aside.</summary>
    public string Signature
    {
        get
        {
            var text = new System.Text.StringBuilder(Element);
            foreach (var attribute in Attributes)
            {
                if (attribute.Key != "requestid")
                {
                    text.Append(' ').Append(attribute.Key).Append('=').Append(attribute.Value);
                }
            }

            return text.ToString();
        }
    }
}
