using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>
/// The few Redis operations OrsCompiler needs, in our own types. Only <see cref="StackExchangeRedisStore"/> knows
/// StackExchange.Redis, so upgrading or replacing the client library is a change to one file.
/// </summary>
/// <remarks>
/// Every operation touches one key, or runs a script whose keys the caller guarantees share one hash slot:
/// the store routes the script by its first key, which is how Redis Cluster requires it.
/// </remarks>
public interface IRedisStore : IDisposable
{
    /// <summary>A redacted description of the connection (endpoints, TLS, never the password).</summary>
    string Description { get; }

    Task<byte[]?> GetAsync(string key);

    Task<bool> ExistsAsync(string key);

    /// <summary>Remaining time to live; null when the key has none or does not exist (see <see cref="ExistsAsync"/>).</summary>
    Task<TimeSpan?> TimeToLiveAsync(string key);

    Task<IReadOnlyList<string>> SetMembersAsync(string key);

    Task<long> IncrementAsync(string key);

    /// <summary>
    /// Runs a Lua script whose <paramref name="keys"/> all hash to one slot. Our scripts reply with a flat array of
    /// strings (nil entries become null), which keeps the client's result types out of our code.
    /// </summary>
    Task<IReadOnlyList<string?>> EvaluateAsync(string script, IReadOnlyList<string> keys, IReadOnlyList<byte[]> arguments);

    /// <summary>Subscribes to a channel; dispose the result to unsubscribe.</summary>
    Task<IDisposable> SubscribeAsync(string channel, Action<string> onMessage);
}
