using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Whether a site's certificate is trusted. The browser context ignores certificate errors so that such sites
/// can still be read; this separate handshake, validated by the operating system's trust store, says whether a
/// citizen's browser would have warned.
/// </summary>
internal sealed record CertificateVerdict(bool? Valid, string? Error, DateTimeOffset? NotBefore, DateTimeOffset? NotAfter);

internal static class CertificateCheck
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static async Task<CertificateVerdict> VerifyAsync(Uri url, bool allowPrivateNetwork, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(Budget);
        var host = url.IdnHost.Trim('[', ']');
        try
        {
            // Connect to an address the guard allows, never to whatever the name resolves to next.
            var addresses = await NetworkGuard.ResolveAllowedAsync(host, allowPrivateNetwork, cts.Token).ConfigureAwait(false);
            if (addresses.Length == 0)
            {
                return new(null, $"the certificate of {host} could not be checked: no allowed address", null, null);
            }

            using var tcp = new TcpClient(addresses[0].AddressFamily);
            await tcp.ConnectAsync(addresses[0], url.Port, cts.Token).ConfigureAwait(false);
            var errors = SslPolicyErrors.None;
            var chainStatus = "";
            DateTimeOffset? notBefore = null, notAfter = null;
            using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, certificate, chain, policyErrors) =>
            {
                if (certificate is X509Certificate2 cert)
                {
                    notBefore = new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero);
                    notAfter = new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero);
                }

                errors = policyErrors;
                chainStatus = string.Join(", ", (chain?.ChainStatus ?? []).Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct());
                return true; // Only looking: no data is sent.
            });
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cts.Token).ConfigureAwait(false);
            return errors == SslPolicyErrors.None
                ? new(true, null, notBefore, notAfter)
                : new(false, Describe(errors, chainStatus, host), notBefore, notAfter);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, $"the certificate of {host} could not be checked in time", null, null);
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException)
        {
            return new(null, $"the certificate of {host} could not be checked: {e.Message}", null, null);
        }
    }

    private static string Describe(SslPolicyErrors errors, string chainStatus, string host)
    {
        var problems = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            problems.Add("the server sent no certificate");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            problems.Add($"the certificate is not for {host}");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            problems.Add(chainStatus.Length > 0 ? $"the certificate is not trusted ({chainStatus})" : "the certificate is not trusted");
        }

        return string.Join("; ", problems);
    }
}
