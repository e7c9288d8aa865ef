using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>Opens an <see cref="IRedisStore"/> from a StackExchange.Redis configuration string.</summary>
/// <remarks>
/// The string takes the client's usual settings (endpoints, <c>password=</c>, <c>ssl=true</c>, <c>sslHost=</c>,
/// <c>abortConnect=</c>, <c>connectTimeout=</c>, <c>syncTimeout=</c>); a Redis Cluster is discovered from any one node.
/// Connecting never waits longer than the configured connect timeout times the attempts, plus a small margin.
/// </remarks>
public static class RedisConnector
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    /// <param name="configuration">A StackExchange.Redis configuration string.</param>
    /// <param name="tlsCaFile">A PEM or DER CA certificate to trust besides the system store; null for the system store only.</param>
    /// <exception cref="RedisConnectionFailedException">Bad configuration, unreachable, authentication or TLS failure.</exception>
    public static async Task<IRedisStore> ConnectAsync(string configuration, string? tlsCaFile = null)
    {
        if (configuration == null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        var options = Parse(configuration);
        var description = Describe(options);
        var trust = tlsCaFile == null ? TrustedCertificateAuthority.SystemOnly() : TrustedCertificateAuthority.WithCaFile(tlsCaFile);
        options.CertificateValidation += trust.Validate;

        // The client's log tells why a connection failed (e.g. an authentication error) where its exception does not.
        using var log = new StringWriter();
        var bound = TimeSpan.FromMilliseconds(options.ConnectTimeout * Math.Max(1, options.ConnectRetry)) + Margin;
        ConnectionMultiplexer? multiplexer = null;
        Exception? failure = null;
        try
        {
            var connect = ConnectionMultiplexer.ConnectAsync(options, log);
            if (await Task.WhenAny(connect, Task.Delay(bound)).ConfigureAwait(false) == connect)
            {
                multiplexer = await connect.ConfigureAwait(false);
            }
            else
            {
                ObserveLateResult(connect);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or IOException)
        {
            failure = ex;
        }

        if (multiplexer != null && multiplexer.GetEndPoints().Any(endpoint => multiplexer.GetServer(endpoint).IsConnected))
        {
            return new StackExchangeRedisStore(multiplexer, description, options.Password);
        }

        multiplexer?.Dispose();
        throw new RedisConnectionFailedException(
            $"Cannot connect to Redis at {description}: {Explain(failure, log.ToString(), trust, bound)}");
    }

    private static ConfigurationOptions Parse(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException ex)
        {
            throw new RedisConnectionFailedException(
                $"Invalid Redis configuration '{SecretRedactor.Redact(configuration)}': {SecretRedactor.Redact(ex.Message)}");
        }
    }

    private static string Describe(ConfigurationOptions options)
    {
        var endpoints = string.Join(",", options.EndPoints.Select(endpoint => endpoint.ToString()));
        var details = options.Ssl ? " (TLS)" : "";
        return endpoints.Length == 0 ? "(no endpoints)" : endpoints + details;
    }

    private static string Explain(Exception? failure, string log, TrustedCertificateAuthority trust, TimeSpan bound)
    {
        if (trust.LastRejection != null)
        {
            return "the server's TLS certificate was rejected: " + trust.LastRejection + ".";
        }

        var text = log + "\n" + failure?.Message;
        if (ContainsAny(text, "NOAUTH", "WRONGPASS", "invalid password", "AuthenticationFailure", "invalid username-password"))
        {
            return "authentication failed (check the password; ACL user names are not supported by this client).";
        }

        // The client's own text ("...disable AbortOnConnectFail...") suggests the wrong fix; say what happened instead.
        return $"no server answered within {bound.TotalSeconds:0.#} s (check the endpoints, the port, TLS (ssl=true) and firewalls).";
    }

    private static bool ContainsAny(string text, params string[] needles) =>
        needles.Any(needle => text.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0);

    private static void ObserveLateResult(Task<ConnectionMultiplexer> connect) =>
        connect.ContinueWith(
            late =>
            {
                if (late.Status == TaskStatus.RanToCompletion)
                {
                    late.Result.Dispose();
                }
                else
                {
                    _ = late.Exception;
                }
            },
            TaskScheduler.Default);
}
