using System;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>
/// Validates a server certificate against the system trust store or, in addition, one CA certificate from a file
/// (private deployments and tests). Host name and chain are always checked: there is no "accept all" switch.
/// </summary>
internal sealed class TrustedCertificateAuthority
{
    private readonly X509Certificate2? _extraRoot;

    private TrustedCertificateAuthority(X509Certificate2? extraRoot) => _extraRoot = extraRoot;

    /// <summary>Why the last certificate was rejected; null while none was.</summary>
    public string? LastRejection { get; private set; }

    public static TrustedCertificateAuthority SystemOnly() => new(null);

    /// <exception cref="RedisConnectionFailedException">The file is missing or not a certificate.</exception>
    public static TrustedCertificateAuthority WithCaFile(string path)
    {
        try
        {
#if NET9_0_OR_GREATER
            return new(X509CertificateLoader.LoadCertificateFromFile(path));
#else
            return new(new X509Certificate2(path));
#endif
        }
        catch (Exception ex) when (ex is System.IO.IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            throw new RedisConnectionFailedException($"The TLS CA file '{path}' cannot be read as a certificate: {ex.Message}");
        }
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate == null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return Reject("the server sent no certificate");
        }

        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return Reject("the certificate does not match the host name (set sslHost= to the name it was issued for)");
        }

        if (_extraRoot == null)
        {
            return Reject($"the certificate chain is not trusted ({ChainStatus(chain)}); pass the issuing CA file to trust a private CA");
        }

        return ValidateAgainstExtraRoot(certificate);
    }

    private bool ValidateAgainstExtraRoot(X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
#if NET5_0_OR_GREATER
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_extraRoot!);
        using var leaf = new X509Certificate2(certificate);
        if (chain.Build(leaf))
        {
            return true;
        }
#else
        // netstandard2.0 has no custom trust store: allow an unknown root, then require it to be exactly our CA.
        chain.ChainPolicy.ExtraStore.Add(_extraRoot!);
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
        using var leaf = new X509Certificate2(certificate);
        if (chain.Build(leaf))
        {
            var root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
            if (root.RawData.AsSpan().SequenceEqual(_extraRoot!.RawData))
            {
                return true;
            }
        }
#endif
        return Reject($"the certificate chain is not trusted by the given CA ({ChainStatus(chain)})");
    }

    private bool Reject(string reason)
    {
        LastRejection = reason;
        return false;
    }

    private static string ChainStatus(X509Chain? chain)
    {
        if (chain == null || chain.ChainStatus.Length == 0)
        {
            return "no chain status";
        }

        var parts = new string[chain.ChainStatus.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = chain.ChainStatus[i].Status.ToString();
        }

        return string.Join(", ", parts);
    }
}
