using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <summary>Told about each finished site (progress display, logs). Called from one thread at a time.</summary>
public interface IAuditProgress
{
    void Started(int total);
    void SiteFinished(SiteAudit site, int done, int total);
}
