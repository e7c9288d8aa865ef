using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OrsCompiler.Engine;

/// <summary>
/// What belongs to the call rather than to the ORS session running it, so a switchover does not reset it: the user data
/// attached to the call (held with the call by the switch, not by ORS: Genesys tells a restarted strategy that its user
/// data is "already set"), the interactions the call has shown the session, and the request-id counter (ORS does not
/// hand a restarted session the ids of the requests its predecessor made, so a redelivered result never answers a new
/// request by accident). A switchover rehearsal gives the backup's interpreter the same call.
/// </summary>
public sealed class CallState
{
    private readonly Dictionary<string, string> _userData = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<string> _interactions = [];
    private int _nextRequest;

    /// <summary>The user data as a JSON object, keys in the order they were first set.</summary>
    public string UserDataJson
    {
        get
        {
            var json = new StringBuilder("{");
            foreach (var key in _keys)
            {
                json.Append(json.Length > 1 ? "," : "").Append(JsonText.Quote(key)).Append(':').Append(_userData[key]);
            }

            return json.Append('}').ToString();
        }
    }

    /// <summary>Interaction ids the call's <c>interaction.added</c> events carried, in order.</summary>
    public IReadOnlyList<string> Interactions => _interactions;

    /// <summary><c>setuData(obj)</c>: every property of the object is attached (a key set again is replaced).</summary>
    public void SetUserData(string objectJson)
    {
        using var value = JsonDocument.Parse(objectJson);
        if (value.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in value.RootElement.EnumerateObject())
        {
            if (!_userData.ContainsKey(property.Name))
            {
                _keys.Add(property.Name);
            }

            _userData[property.Name] = property.Value.GetRawText();
        }
    }

    /// <summary><c>deleteuData(keys)</c>: a key, an array of keys or an object whose keys go (our reading; the signature is not documented).</summary>
    public void DeleteUserData(string keysJson)
    {
        using var value = JsonDocument.Parse(keysJson);
        var root = value.RootElement;
        var keys = new List<string>();
        switch (root.ValueKind)
        {
            case JsonValueKind.String:
                keys.Add(root.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in root.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        keys.Add(item.GetString()!);
                    }
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in root.EnumerateObject())
                {
                    keys.Add(property.Name);
                }

                break;
        }

        foreach (var key in keys)
        {
            if (_userData.Remove(key))
            {
                _keys.Remove(key);
            }
        }
    }

    internal void AddInteraction(string interactionId)
    {
        if (!_interactions.Contains(interactionId))
        {
            _interactions.Add(interactionId);
        }
    }

    /// <summary>Request ids count apart from other ids, so an event script can name them: req1, req2...</summary>
    internal string NextRequestId() => "req" + (++_nextRequest).ToString(CultureInfo.InvariantCulture);
}
