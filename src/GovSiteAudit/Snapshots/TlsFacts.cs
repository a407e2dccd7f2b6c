namespace GovSiteAudit.Snapshots;

public sealed record TlsFacts(
    string? Protocol,
    string? Issuer,
    string? SubjectName,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    bool? Valid,
    string? Error);
