namespace GovSiteAudit.Snapshots;

/// <summary>
/// The same-site links found on the pages read, checked with a light request each (see <c>--check-links</c>).
/// </summary>
/// <param name="Found">Distinct same-site links found on the pages read.</param>
/// <param name="Checked">Links whose answer is known: checked now, or read by the crawl itself.</param>
/// <param name="Broken">The links that failed: 4xx, 5xx, a name that does not resolve, a connection that failed.</param>
/// <param name="Note">Why fewer links were checked than asked (the site stopped answering, the time ran out); null otherwise.</param>
public sealed record LinkCheck(int Found, int Checked, IReadOnlyList<BrokenLink> Broken, string? Note)
{
    /// <summary>Broken links over links checked; null when none was checked.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? BrokenRatio => Checked > 0 ? (double)Broken.Count / Checked : null;
}

/// <param name="Url">The link, resolved.</param>
/// <param name="PageUrl">A page the link was found on.</param>
/// <param name="Text">The link's text.</param>
/// <param name="Status">The HTTP status of the last answer; 0 when there was none.</param>
/// <param name="Error">What failed, in words (HTTP 404, the name does not resolve, no answer within …).</param>
public sealed record BrokenLink(string Url, string PageUrl, string Text, int Status, string Error);
