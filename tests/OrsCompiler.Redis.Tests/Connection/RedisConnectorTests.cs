using System;
using System.Diagnostics;
using System.Threading.Tasks;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Tests.Connection;

public sealed class RedisConnectorTests : IClassFixture<SecuredServersFixture>
{
    private readonly SecuredServersFixture _servers;

    public RedisConnectorTests(SecuredServersFixture servers) => _servers = servers;

    [Fact]
    public async Task Password_server_accepts_the_right_password()
    {
        using var store = await RedisConnector.ConnectAsync(
            $"{_servers.PasswordServer.EndPoint},password={SecuredServersFixture.Password}");

        Assert.Equal(1, await store.IncrementAsync("ORS:connect-test:counter"));
        Assert.DoesNotContain(SecuredServersFixture.Password, store.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_fails_clearly_without_showing_it()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionFailedException>(() => RedisConnector.ConnectAsync(
            $"{_servers.PasswordServer.EndPoint},password=not-the-password,connectTimeout=2000"));

        Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_fails_clearly_within_a_bound()
    {
        var closedPort = FreePorts.Next();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RedisConnectionFailedException>(() => RedisConnector.ConnectAsync(
            $"127.0.0.1:{closedPort},password=hidden-secret,connectTimeout=1000"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Connecting took {clock.Elapsed}.");
        Assert.Contains("127.0.0.1:" + closedPort, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_connects_when_the_server_certificate_chains_to_the_given_ca()
    {
        using var store = await RedisConnector.ConnectAsync(
            $"{_servers.TlsServer.EndPoint},ssl=true,connectTimeout=3000", _servers.Certificates.CaCertificate);

        Assert.Equal(1, await store.IncrementAsync("ORS:tls-test:counter"));
    }

    [Fact]
    public async Task Tls_rejects_a_certificate_the_system_does_not_trust()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionFailedException>(() => RedisConnector.ConnectAsync(
            $"{_servers.TlsServer.EndPoint},ssl=true,connectTimeout=2000"));

        Assert.Contains("certificate was rejected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_rejects_a_certificate_from_another_ca()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionFailedException>(() => RedisConnector.ConnectAsync(
            $"{_servers.TlsServer.EndPoint},ssl=true,connectTimeout=2000", _servers.Certificates.UnrelatedCaCertificate));

        Assert.Contains("not trusted by the given CA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_rejects_a_host_name_the_certificate_was_not_issued_for()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionFailedException>(() => RedisConnector.ConnectAsync(
            $"{_servers.TlsServer.EndPoint},ssl=true,sslHost=redis.example.com,connectTimeout=2000",
            _servers.Certificates.CaCertificate));

        Assert.Contains("host name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_configuration_is_reported_with_the_password_masked()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionFailedException>(() => RedisConnector.ConnectAsync(
            "127.0.0.1:1,password=top-secret,noSuchSetting=1"));

        Assert.DoesNotContain("top-secret", error.Message, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, error.Message, StringComparison.Ordinal);
    }
}
