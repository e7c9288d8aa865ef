using System;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>A server that requires a password and a TLS-only server with a certificate from a test CA.</summary>
public sealed class SecuredServersFixture : IDisposable
{
    public const string Password = "s3cret-Pa55word";

    public SecuredServersFixture()
    {
        Certificates = TestCertificates.Create();
        PasswordServer = RedisServerProcess.Start(new[] { "--requirepass", Password });
        TlsServer = RedisServerProcess.Start(tls: Certificates);
    }

    internal TestCertificates Certificates { get; }

    internal RedisServerProcess PasswordServer { get; }

    internal RedisServerProcess TlsServer { get; }

    public void Dispose()
    {
        PasswordServer.Dispose();
        TlsServer.Dispose();
        Certificates.Dispose();
    }
}
