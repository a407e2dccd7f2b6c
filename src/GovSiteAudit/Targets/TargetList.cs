namespace GovSiteAudit.Targets;

/// <summary>The targets read from all inputs, the metadata columns in input order, and what was skipped.</summary>
public sealed record TargetList(
    IReadOnlyList<AuditTarget> Targets,
    IReadOnlyList<string> MetadataColumns,
    IReadOnlyList<TargetProblem> Problems)
{
    /// <summary>Where ("file:line") a target carried a user name or password, removed as it was read (see <see cref="UserInfo"/>).</summary>
    public IReadOnlyList<string> CredentialsRemovedAt { get; init; } = [];
}
