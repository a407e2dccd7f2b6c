namespace GovSiteAudit.Snapshots;

/// <summary>What kind of outcome a <see cref="SiteStatus"/> is: whether a failure is worth one more try.</summary>
public enum SiteStatusKind
{
    /// <summary>Not a failure: <c>ok</c>.</summary>
    None,

    /// <summary>May go away on its own a moment later (timeouts, resets, 5xx, a browser that died): retried once.</summary>
    Transient,

    /// <summary>Will not go away by trying again (DNS, TLS, 4xx, refusals): never retried.</summary>
    Permanent,
}
