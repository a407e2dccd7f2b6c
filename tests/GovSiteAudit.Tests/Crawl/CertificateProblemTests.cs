using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using GovSiteAudit.Crawl;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class CertificateProblemTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Test]
    public void Expired_certificate_says_when()
    {
        using var certificate = FaultServer.Certificates.Expired();

        var text = CertificateProblem.Describe(SslPolicyErrors.RemoteCertificateChainErrors, X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.UntrustedRoot, certificate, "127.0.0.1", Now);

        Assert.That(text, Is.EqualTo($"the certificate expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}; the certificate is self-signed (not trusted)"));
    }

    [Test]
    public void Wrong_host_names_the_hosts_it_is_for()
    {
        using var certificate = FaultServer.Certificates.WrongHost();

        var text = CertificateProblem.Describe(SslPolicyErrors.RemoteCertificateNameMismatch, X509ChainStatusFlags.NoError, certificate, "www.example.gov.tw", Now);

        Assert.That(text, Is.EqualTo("name mismatch: the certificate is for other.example, not www.example.gov.tw"));
    }

    [Test]
    public void Untrusted_issuer_is_named()
    {
        using var certificate = FaultServer.Certificates.SelfSigned();

        var text = CertificateProblem.Describe(SslPolicyErrors.RemoteCertificateChainErrors, X509ChainStatusFlags.PartialChain, null, "a.gov.tw", Now);

        Assert.That(text, Is.EqualTo("the certificate is issued by an authority that is not trusted"));
    }

    [Test]
    public void Revoked_and_other_chain_problems_are_said()
    {
        var text = CertificateProblem.Describe(SslPolicyErrors.RemoteCertificateChainErrors, X509ChainStatusFlags.Revoked | X509ChainStatusFlags.NotSignatureValid, null, "a.gov.tw", Now);

        Assert.That(text, Is.EqualTo("the certificate was revoked; the certificate is not trusted (NotSignatureValid)"));
    }
}
