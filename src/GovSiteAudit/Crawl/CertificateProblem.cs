using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace GovSiteAudit.Crawl;

/// <summary>Why a certificate is not trusted, in the words a citizen's browser warning would use.</summary>
internal static class CertificateProblem
{
    public static string Describe(SslPolicyErrors errors, X509ChainStatusFlags chain, X509Certificate2? certificate, string host, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            problems.Add("the server sent no certificate");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            var names = certificate is null ? [] : Names(certificate);
            problems.Add(names.Count > 0
                ? $"name mismatch: the certificate is for {string.Join(", ", names)}, not {host}"
                : $"name mismatch: the certificate is not for {host}");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            var remaining = chain;
            if (chain.HasFlag(X509ChainStatusFlags.NotTimeValid) && certificate is not null)
            {
                var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
                var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
                problems.Add(notAfter < now
                    ? $"the certificate expired on {Day(notAfter)}"
                    : $"the certificate is not valid before {Day(notBefore)}");
                remaining &= ~X509ChainStatusFlags.NotTimeValid;
            }

            if (chain.HasFlag(X509ChainStatusFlags.Revoked))
            {
                problems.Add("the certificate was revoked");
                remaining &= ~X509ChainStatusFlags.Revoked;
            }

            const X509ChainStatusFlags untrusted = X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain;
            if ((chain & untrusted) != 0 || remaining == X509ChainStatusFlags.NoError && problems.Count == 0)
            {
                problems.Add(certificate is not null && certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData)
                    ? "the certificate is self-signed (not trusted)"
                    : $"the certificate is issued by an authority that is not trusted{(certificate is null ? "" : $" ({certificate.Issuer})")}");
                remaining &= ~untrusted;
            }

            remaining &= ~(X509ChainStatusFlags.RevocationStatusUnknown | X509ChainStatusFlags.OfflineRevocation);
            if (remaining != X509ChainStatusFlags.NoError)
            {
                problems.Add($"the certificate is not trusted ({remaining})");
            }
        }

        return string.Join("; ", problems);
    }

    private static List<string> Names(X509Certificate2 certificate)
    {
        var names = new List<string>();
        foreach (var san in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(san.EnumerateDnsNames());
            names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
        }

        if (names.Count == 0 && certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } cn)
        {
            names.Add(cn);
        }

        return names;
    }

    private static string Day(DateTimeOffset t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
