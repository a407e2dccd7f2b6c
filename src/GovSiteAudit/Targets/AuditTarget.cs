namespace GovSiteAudit.Targets;

/// <summary>One site to audit, with the metadata columns of its input row carried through to the outputs.</summary>
public sealed record AuditTarget(string Url, IReadOnlyDictionary<string, string> Metadata, string Source, int Line)
{
    /// <summary>True when the input gave no scheme (<c>www.example.gov.tw</c>): https was assumed, http is the fallback.</summary>
    public bool SchemeAssumed { get; init; }
}
