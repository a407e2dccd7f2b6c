using GovSiteAudit.Results;

namespace GovSiteAudit.Auditing;

/// <summary>Told about each finished site (progress display, logs). Called from one thread at a time.</summary>
public interface IAuditProgress
{
    void Started(int total);
    void SiteFinished(SiteAudit site, int done, int total);
}
