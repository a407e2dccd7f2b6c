using GovSiteAudit.Results;

namespace GovSiteAudit.Auditing;

public sealed record AuditSummary(int Total, int Ok, int Failed, TimeSpan Elapsed, string OutputDirectory, RunReport Report);
