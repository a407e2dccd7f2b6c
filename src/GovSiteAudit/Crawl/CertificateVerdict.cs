namespace GovSiteAudit.Crawl;

/// <summary>
/// Whether a site's certificate is trusted. The browser context ignores certificate errors so that such sites
/// can still be read; this separate handshake, validated by the operating system's trust store, says whether a
/// citizen's browser would have warned.
/// </summary>
internal sealed record CertificateVerdict(bool? Valid, string? Error, DateTimeOffset? NotBefore, DateTimeOffset? NotAfter);
