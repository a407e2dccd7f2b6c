using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

public sealed record AuditSummary(int Total, int Ok, int Failed, TimeSpan Elapsed, string OutputDirectory, RunReport Report);
