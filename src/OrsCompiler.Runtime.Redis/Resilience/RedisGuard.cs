using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Diagnostics;
using Polly;
using Polly.CircuitBreaker;

namespace OrsCompiler.Runtime.Redis.Resilience;

/// <summary>
/// Every Redis call of a <see cref="RedisDocumentSource"/>: bounded by the operation timeout, behind a Polly circuit
/// breaker, measured. Failures come out as <see cref="RedisUnavailableException"/>.
/// </summary>
internal sealed class RedisGuard
{
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly TimeSpan _timeout;
    private readonly string _description;
    private readonly KeyValuePair<string, object?> _cluster;

    public RedisGuard(SourceSettings settings, string clusterName, string description)
    {
        _timeout = settings.OperationTimeout;
        _description = description;
        _cluster = DocumentSourceMetrics.Cluster(clusterName);
        _pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerFailureThreshold,
                SamplingDuration = settings.BreakerSamplingWindow,
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<RedisUnavailableException>(),
                StateProvider = _state,
                OnOpened = _ => Changed(CircuitState.Open),
                OnHalfOpened = _ => Changed(CircuitState.HalfOpen),
                OnClosed = _ => Changed(CircuitState.Closed),
            })
            .Build();
    }

    public CircuitState State => _state.CircuitState switch
    {
        Polly.CircuitBreaker.CircuitState.Open or Polly.CircuitBreaker.CircuitState.Isolated => CircuitState.Open,
        Polly.CircuitBreaker.CircuitState.HalfOpen => CircuitState.HalfOpen,
        _ => CircuitState.Closed,
    };

    /// <exception cref="RedisUnavailableException">Open circuit, timeout, or Redis failure.</exception>
    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async _ => await MeasuredAsync(operation, call).ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            DocumentSourceMetrics.RedisErrors.Add(1, _cluster, ErrorTag(RedisFailureKind.CircuitOpen));
            throw new RedisUnavailableException(
                $"Redis at {_description} is not called: the circuit breaker is open after repeated failures.", RedisFailureKind.CircuitOpen);
        }
    }

    private async Task<T> MeasuredAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        RedisFailureKind? failure = null;
        try
        {
            return await WithTimeout(call()).ConfigureAwait(false);
        }
        catch (RedisUnavailableException ex)
        {
            failure = ex.Kind;
            throw;
        }
        catch (RedisOperationFailedException ex)
        {
            failure = RedisFailureKind.Failed;
            throw new RedisUnavailableException(ex.Message, RedisFailureKind.Failed);
        }
        finally
        {
            var seconds = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
            var operationTag = new KeyValuePair<string, object?>("ors.redis.operation", operation);
            if (failure is { } kind)
            {
                DocumentSourceMetrics.RedisDuration.Record(seconds, _cluster, operationTag, ErrorTag(kind));
                DocumentSourceMetrics.RedisErrors.Add(1, _cluster, ErrorTag(kind));
            }
            else
            {
                DocumentSourceMetrics.RedisDuration.Record(seconds, _cluster, operationTag);
            }
        }
    }

    // The client's own timeouts do not bound every async call; this does, and leaves the late result unobserved-safe.
    private async Task<T> WithTimeout<T>(Task<T> call)
    {
        using var delay = new CancellationTokenSource();
        if (await Task.WhenAny(call, Task.Delay(_timeout, delay.Token)).ConfigureAwait(false) == call)
        {
            delay.Cancel();
            return await call.ConfigureAwait(false);
        }

        _ = call.ContinueWith(late => _ = late.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        throw new RedisUnavailableException(
            $"Redis at {_description} did not answer within {_timeout.TotalMilliseconds:0} ms.", RedisFailureKind.Timeout);
    }

    private ValueTask Changed(CircuitState state)
    {
        DocumentSourceMetrics.BreakerStateChanges.Add(1, _cluster, new KeyValuePair<string, object?>("ors.circuit_breaker.state", DocumentSourceMetrics.StateName(state)));
        return default;
    }

    private static KeyValuePair<string, object?> ErrorTag(RedisFailureKind kind) => new("error.type", DocumentSourceMetrics.ErrorType(kind));
}
