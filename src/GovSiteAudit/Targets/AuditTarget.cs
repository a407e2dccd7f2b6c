namespace GovSiteAudit.Targets;

/// <summary>One site to audit, with the metadata columns of its input row carried through to the outputs.</summary>
public sealed record AuditTarget(string Url, IReadOnlyDictionary<string, string> Metadata, string Source, int Line)
{
    /// <summary>True when the input gave no scheme (<c>www.example.gov.tw</c>): https was assumed, http is the fallback.</summary>
    public bool SchemeAssumed { get; init; }
}

/// <summary>
/// A line of a target list that could not be used; reported and skipped. <see cref="ToString"/> escapes control
/// characters, because the message echoes the line.
/// </summary>
public sealed record TargetProblem(string Source, int Line, string Message)
{
    public override string ToString() =>
        PrintableText.Escape(Line > 0 ? $"{Source}:{Line}: {Message}" : $"{Source}: {Message}");
}

/// <summary>The targets read from all inputs, the metadata columns in input order, and what was skipped.</summary>
public sealed record TargetList(
    IReadOnlyList<AuditTarget> Targets,
    IReadOnlyList<string> MetadataColumns,
    IReadOnlyList<TargetProblem> Problems)
{
    /// <summary>Where ("file:line") a target carried a user name or password, removed as it was read (see <see cref="UserInfo"/>).</summary>
    public IReadOnlyList<string> CredentialsRemovedAt { get; init; } = [];
}
