namespace GovSiteAudit.Snapshots;

/// <summary>A snapshot directory that cannot be read: missing, or a file that is not a saved site.</summary>
public sealed class SnapshotException(string message, Exception? inner = null) : InputException(message, inner);
