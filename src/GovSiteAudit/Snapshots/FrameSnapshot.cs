namespace GovSiteAudit.Snapshots;

public sealed record FrameSnapshot(string Url, string Html);
