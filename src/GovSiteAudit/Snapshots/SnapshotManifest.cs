namespace GovSiteAudit.Snapshots;

/// <summary>The run's targets in input order and its metadata columns, so a rescore writes the same rows in the same order.</summary>
public sealed record SnapshotManifest(int FormatVersion, IReadOnlyList<string> MetadataColumns, IReadOnlyList<string> Targets);
