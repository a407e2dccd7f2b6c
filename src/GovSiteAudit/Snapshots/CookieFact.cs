namespace GovSiteAudit.Snapshots;

/// <summary>A cookie present after the home page loaded. <c>Expires</c> is Unix seconds, or -1 for a session cookie.</summary>
public sealed record CookieFact(string Name, string Domain, string Path, double Expires, bool FirstParty)
{
    public bool Persistent => Expires > 0;
}
