using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>The one adapter from <see cref="IRedisStore"/> to StackExchange.Redis.</summary>
internal sealed class StackExchangeRedisStore : IRedisStore
{
    private readonly ConnectionMultiplexer _multiplexer;
    private readonly IDatabase _database;
    private readonly string? _password;

    public StackExchangeRedisStore(ConnectionMultiplexer multiplexer, string description, string? password)
    {
        _multiplexer = multiplexer;
        _database = multiplexer.GetDatabase();
        _password = password;
        Description = description;
    }

    public string Description { get; }

    public Task<byte[]?> GetAsync(string key) =>
        Run(async () => (byte[]?)await _database.StringGetAsync(key).ConfigureAwait(false));

    public Task<bool> ExistsAsync(string key) => Run(() => _database.KeyExistsAsync(key));

    public Task<TimeSpan?> TimeToLiveAsync(string key) => Run(() => _database.KeyTimeToLiveAsync(key));

    public Task<IReadOnlyList<string>> SetMembersAsync(string key) =>
        Run(async () =>
        {
            var members = await _database.SetMembersAsync(key).ConfigureAwait(false);
            return (IReadOnlyList<string>)members.Select(member => (string)member!).ToArray();
        });

    public Task<long> IncrementAsync(string key) => Run(() => _database.StringIncrementAsync(key));

    public Task<IReadOnlyList<string?>> EvaluateAsync(string script, IReadOnlyList<string> keys, IReadOnlyList<byte[]> arguments) =>
        Run(async () =>
        {
            var result = await _database.ScriptEvaluateAsync(
                script,
                keys.Select(key => (RedisKey)key).ToArray(),
                arguments.Select(argument => (RedisValue)argument).ToArray()).ConfigureAwait(false);
            return (IReadOnlyList<string?>)((RedisValue[])result).Select(value => (string?)value).ToArray();
        });

    public Task<IDisposable> SubscribeAsync(string channel, Action<string> onMessage) =>
        Run(async () =>
        {
            var subscriber = _multiplexer.GetSubscriber();
            Action<RedisChannel, RedisValue> handler = (_, message) => onMessage((string)message!);
            await subscriber.SubscribeAsync(channel, handler).ConfigureAwait(false);
            return (IDisposable)new Subscription(() =>
            {
                try
                {
                    subscriber.Unsubscribe(channel, handler);
                }
                catch (RedisException)
                {
                    // Unsubscribing from a server that is gone changes nothing.
                }
            });
        });

    public void Dispose() => _multiplexer.Dispose();

    // The client's exceptions name endpoints and commands; they are rethrown as ours, redacted, without inner
    // exceptions so nothing of the configuration can leak through them.
    private async Task<T> Run<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new RedisOperationFailedException(
                $"Redis at {Description} failed: {SecretRedactor.Redact(ex.Message, _password)}");
        }
    }

    private sealed class Subscription : IDisposable
    {
        private Action? _unsubscribe;

        public Subscription(Action unsubscribe) => _unsubscribe = unsubscribe;

        public void Dispose()
        {
            _unsubscribe?.Invoke();
            _unsubscribe = null;
        }
    }
}
