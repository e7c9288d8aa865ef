using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Publishing;

/// <summary>
/// Counts the payload a publish sends: key names and argument bytes of every call. The protocol framing and the
/// script hashes the client adds are left out, so the figure is a little under what the servers receive.
/// </summary>
internal sealed class PayloadCountingStore : IRedisStore
{
    private readonly IRedisStore _inner;
    private long _bytes;

    public PayloadCountingStore(IRedisStore inner) => _inner = inner;

    public long BytesSent => Interlocked.Read(ref _bytes);

    public string Description => _inner.Description;

    public Task<byte[]?> GetAsync(string key) => _inner.GetAsync(Count(key));

    public Task<bool> ExistsAsync(string key) => _inner.ExistsAsync(Count(key));

    public Task<TimeSpan?> TimeToLiveAsync(string key) => _inner.TimeToLiveAsync(Count(key));

    public Task<IReadOnlyList<string>> SetMembersAsync(string key) => _inner.SetMembersAsync(Count(key));

    public Task<long> IncrementAsync(string key) => _inner.IncrementAsync(Count(key));

    public Task<IReadOnlyList<string?>> EvaluateAsync(string script, IReadOnlyList<string> keys, IReadOnlyList<byte[]> arguments)
    {
        foreach (var key in keys)
        {
            Count(key);
        }

        Interlocked.Add(ref _bytes, arguments.Sum(argument => (long)argument.Length));
        return _inner.EvaluateAsync(script, keys, arguments);
    }

    public Task<IDisposable> SubscribeAsync(string channel, Action<string> onMessage) => _inner.SubscribeAsync(Count(channel), onMessage);

    /// <summary>The inner store is the caller's: it is not disposed here.</summary>
    public void Dispose()
    {
    }

    private string Count(string key)
    {
        Interlocked.Add(ref _bytes, Encoding.UTF8.GetByteCount(key));
        return key;
    }
}
