namespace GovSiteAudit.Snapshots;

public sealed record StorageEntry(string Origin, string Key, int ValueLength);
