namespace GovSiteAudit.Targets;

/// <summary>A --shard value that cannot be used.</summary>
public sealed class ShardException(string message) : InputException(message);
