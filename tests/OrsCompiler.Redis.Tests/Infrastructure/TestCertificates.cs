using System;
using System.IO;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>A throw-away CA and a server certificate for 127.0.0.1/localhost it signed, made with openssl.</summary>
internal sealed class TestCertificates : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private TestCertificates(string directory) => Directory = directory;

    public string Directory { get; }

    public string CaCertificate => Path.Combine(Directory, "ca.crt");

    public string ServerCertificate => Path.Combine(Directory, "server.crt");

    public string ServerKey => Path.Combine(Directory, "server.key");

    /// <summary>A second CA that signed nothing the server presents: trusting it must not be enough.</summary>
    public string UnrelatedCaCertificate => Path.Combine(Directory, "other-ca.crt");

    public static TestCertificates Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ors-redis-tls-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var openssl = RedisExecutables.OpenSsl;
        void Run(params string[] arguments) => RedisExecutables.Run(openssl, directory, Timeout, arguments);

        Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=OrsCompiler Test CA");
        Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.crt", "-days", "2", "-subj", "/CN=Unrelated Test CA");
        Run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
        File.WriteAllText(
            Path.Combine(directory, "server.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        Run("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.crt");
        return new TestCertificates(directory);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
