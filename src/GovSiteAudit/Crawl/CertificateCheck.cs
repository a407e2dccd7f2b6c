using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace GovSiteAudit.Crawl;

internal static class CertificateCheck
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static async Task<CertificateVerdict> VerifyAsync(Uri url, bool allowPrivateNetwork, GuardedConnector connector, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(Budget);
        var host = url.IdnHost.Trim('[', ']');
        try
        {
            // Through the guard, like every connection the tool makes: only to an address it allows.
            var socket = await connector.ConnectAsync(host, url.Port, allowPrivateNetwork, Budget, cts.Token).ConfigureAwait(false);
            var errors = SslPolicyErrors.None;
            var chainFlags = X509ChainStatusFlags.NoError;
            X509Certificate2? seen = null;
            DateTimeOffset? notBefore = null, notAfter = null;
#pragma warning disable CA5359 // deliberate: the check records what is wrong with the certificate; it sends no data
            using var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false, (_, certificate, chain, policyErrors) =>
            {
                if (certificate is X509Certificate2 cert)
                {
                    seen = X509CertificateLoader.LoadCertificate(cert.RawData);
                    notBefore = new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero);
                    notAfter = new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero);
                }

                errors = policyErrors;
                foreach (var status in chain?.ChainStatus ?? [])
                {
                    chainFlags |= status.Status;
                }

                return true; // Only looking: no data is sent.
            });
#pragma warning restore CA5359
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cts.Token).ConfigureAwait(false);
            using (seen)
            {
                return errors == SslPolicyErrors.None
                    ? new(true, null, notBefore, notAfter)
                    : new(false, CertificateProblem.Describe(errors, chainFlags, seen, host, DateTimeOffset.UtcNow), notBefore, notAfter);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, $"the certificate of {host} could not be checked in time", null, null);
        }
        catch (EgressException e)
        {
            return new(null, $"the certificate of {host} could not be checked: {e.Failure.Sentence}", null, null);
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException)
        {
            return new(null, $"the certificate of {host} could not be checked: {e.Message}", null, null);
        }
    }

    /// <summary>
    /// A TLS failure of the browser (--strict-tls, or a handshake it refused) with the reason from our own handshake,
    /// e.g. "… (ERR_CERT_DATE_INVALID): the certificate expired on 2024-05-01".
    /// </summary>
    public static async Task<LoadFailure> ExplainAsync(LoadFailure failure, Uri target, CrawlOptions options, GuardedConnector connector, CancellationToken ct)
    {
        if (target.Scheme != Uri.UriSchemeHttps)
        {
            return failure;
        }

        var verdict = await VerifyAsync(target, options.AllowPrivateNetwork, connector, ct).ConfigureAwait(false);
        var reason = verdict.Valid == false ? verdict.Error : null;
        var strict = options.StrictTls && verdict.Valid == false ? " (not read: --strict-tls)" : "";
        return reason is null ? failure with { Error = failure.Error + strict } : failure with { Error = $"{failure.Error}: {reason}{strict}" };
    }
}
