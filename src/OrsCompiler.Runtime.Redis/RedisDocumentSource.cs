using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Diagnostics;
using OrsCompiler.Runtime.Redis.Layout;
using OrsCompiler.Runtime.Redis.Resilience;

namespace OrsCompiler.Runtime.Redis;

/// <summary>
/// Serves compiled documents of the current release of an ORS cluster name from Redis.
/// </summary>
/// <remarks>
/// The source holds one release snapshot at a time, so every document it returns belongs to the same release.
/// Blobs are fetched on first use, verified against their SHA-256 and cached by that hash, so a document unchanged
/// across releases is never fetched or decoded twice. With hot reload, a pub/sub notification (or the periodic
/// check, if a notification is lost) swaps in the new snapshot.
/// Every Redis call is bounded by <see cref="RedisDocumentSourceOptions.OperationTimeout"/> and goes through a circuit
/// breaker; while Redis is unavailable the source keeps its release and serves the documents it has loaded, and a
/// document it has not loaded fails at once with <see cref="RedisUnavailableException"/>. Metrics: meter
/// <see cref="MeterName"/> (see docs/redis-layout.md).
/// </remarks>
public sealed class RedisDocumentSource : IDisposable
{
    private readonly IRedisStore _store;
    private readonly ReleaseKeys _keys;
    private readonly RedisGuard _guard;
    private readonly KeyValuePair<string, object?> _cluster;
    private readonly ConcurrentDictionary<string, Lazy<Task<CompiledDocument>>> _documents = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private IDisposable? _subscription;
    private Timer? _poll;
    private volatile ReleaseSnapshot? _snapshot;

    private RedisDocumentSource(IRedisStore store, ReleaseKeys keys, SourceSettings settings)
    {
        _store = store;
        _keys = keys;
        _guard = new RedisGuard(settings, keys.ClusterName, store.Description);
        _cluster = DocumentSourceMetrics.Cluster(keys.ClusterName);
    }

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> the source reports to.</summary>
    public const string MeterName = DocumentSourceMetrics.MeterName;

    /// <summary>Raised after a new release was loaded by hot reload or <see cref="RefreshAsync"/>.</summary>
    public event EventHandler<ReleaseChangedEventArgs>? ReleaseChanged;

    /// <summary>The release documents are served from; null while nothing is published.</summary>
    public string? ReleaseId => _snapshot?.ReleaseId;

    /// <summary>The release served: its id and document names with their blob hashes; null while nothing is published.</summary>
    public ReleaseSnapshot? Release => _snapshot;

    /// <summary>The circuit breaker's state: <see cref="CircuitState.Open"/> while Redis calls are refused.</summary>
    public CircuitState CircuitState => _guard.State;

    /// <summary>Connects and loads the current release.</summary>
    /// <exception cref="RedisConnectionFailedException">Redis cannot be reached, or authentication or TLS failed.</exception>
    /// <exception cref="RedisUnavailableException">Connected, but the current release could not be read.</exception>
    /// <exception cref="ArgumentException">A timeout or breaker setting is out of range or malformed.</exception>
    public static async Task<RedisDocumentSource> ConnectAsync(RedisDocumentSourceOptions options)
    {
        if (options == null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var keys = new ReleaseKeys(options.ClusterName);
        var settings = SourceSettings.From(options);
        var store = await RedisConnector.ConnectAsync(settings.ClientConfiguration, options.TlsCaFile).ConfigureAwait(false);
        var source = new RedisDocumentSource(store, keys, settings);
        try
        {
            await source.RefreshAsync().ConfigureAwait(false);
            if (options.HotReload)
            {
                await source.StartHotReloadAsync(options.PollInterval).ConfigureAwait(false);
            }

            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>A document of the current release.</summary>
    /// <exception cref="DocumentNotFoundException">No such document in the release (or nothing is published).</exception>
    /// <exception cref="InvalidDocumentBlobException">The blob is corrupt or does not match its hash.</exception>
    /// <exception cref="RedisUnavailableException">The document is not loaded yet and Redis is unavailable.</exception>
    public Task<CompiledDocument> GetDocumentAsync(string name)
    {
        DocumentSourceMetrics.Loads.Add(1, _cluster);
        var hash = HashOf(name);
        if (_documents.TryGetValue(hash, out var cached))
        {
            DocumentSourceMetrics.CacheHits.Add(1, _cluster);
            return cached.Value;
        }

        DocumentSourceMetrics.CacheMisses.Add(1, _cluster);
        return _documents.GetOrAdd(hash, key => new Lazy<Task<CompiledDocument>>(() => LoadAsync(name, key))).Value;
    }

    /// <summary>The verified blob bytes of a document of the current release (e.g. to cache them on disk).</summary>
    public Task<byte[]> GetBlobAsync(string name) => FetchBlobAsync(name, HashOf(name));

    /// <summary>Re-reads the current release; returns true when it changed.</summary>
    /// <exception cref="RedisUnavailableException">Redis is unavailable; the source keeps its release.</exception>
    public async Task<bool> RefreshAsync()
    {
        await _refreshGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var next = await _guard.RunAsync("read_release", () => ReleaseReader.ReadCurrentAsync(_store, _keys)).ConfigureAwait(false);
            var previous = _snapshot;
            if (next == null || next.ReleaseId == previous?.ReleaseId)
            {
                return false;
            }

            _snapshot = next;
            var live = new HashSet<string>(next.Documents.Values, StringComparer.Ordinal);
            foreach (var stale in _documents.Keys.Where(hash => !live.Contains(hash)))
            {
                _documents.TryRemove(stale, out _);
            }

            DocumentSourceMetrics.ReleaseSwitches.Add(1, _cluster);
            ReleaseChanged?.Invoke(this, new ReleaseChangedEventArgs(previous?.ReleaseId, next.ReleaseId));
            return true;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose()
    {
        _poll?.Dispose();
        _subscription?.Dispose();

        _store.Dispose();
        _refreshGate.Dispose();
    }

    private async Task StartHotReloadAsync(TimeSpan pollInterval)
    {
        _subscription = await _store.SubscribeAsync(_keys.Channel, _ => RefreshInBackground()).ConfigureAwait(false);
        _poll = new Timer(_ => RefreshInBackground(), null, pollInterval, pollInterval);

        // A release switched between the first read and the subscription would otherwise wait for the poll.
        await RefreshAsync().ConfigureAwait(false);
    }

    private void RefreshInBackground() =>
        _ = RefreshAsync().ContinueWith(
            refresh => _ = refresh.Exception, // Redis unavailable: keep serving the snapshot; the next poll retries.
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);

    private string HashOf(string name)
    {
        var snapshot = _snapshot;
        if (snapshot == null || !snapshot.Documents.TryGetValue(name, out var hash))
        {
            throw new DocumentNotFoundException(
                $"Document '{name}' is not in the current release of cluster '{_keys.ClusterName}' ({snapshot?.ReleaseId ?? "nothing published"}).");
        }

        return hash;
    }

    private async Task<CompiledDocument> LoadAsync(string name, string hash)
    {
        try
        {
            var blob = await FetchBlobAsync(name, hash).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            var document = OrsDocumentLoader.Load(blob);
            DocumentSourceMetrics.DecodeDuration.Record((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency, _cluster);
            return document;
        }
        catch
        {
            // Do not cache a failure: the next call tries again.
            _documents.TryRemove(hash, out _);
            throw;
        }
    }

    private async Task<byte[]> FetchBlobAsync(string name, string hash)
    {
        var blob = await _guard.RunAsync("get_blob", () => _store.GetAsync(_keys.Blob(hash))).ConfigureAwait(false)
            ?? throw new DocumentNotFoundException($"The blob of document '{name}' ({hash}) is missing from cluster '{_keys.ClusterName}'.");
        if (ContentHash.Of(blob) != hash)
        {
            throw new InvalidDocumentBlobException($"The blob of document '{name}' does not match its content hash {hash}.");
        }

        return blob;
    }
}
