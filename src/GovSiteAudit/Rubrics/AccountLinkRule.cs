namespace GovSiteAudit.Rubrics;

/// <summary>
/// A link to an account on one of <paramref name="Hosts"/> (or their subdomains), recognised by the address
/// alone: the address names an account (a path after the host) and is not a share, intent, login or dialog
/// endpoint. An embedded page plugin (<c>iframe</c> of facebook.com/plugins/page.php) counts as a link to the
/// page it shows.
/// </summary>
public sealed record AccountLinkRule(IReadOnlyList<string> Hosts, PageScope Pages) : Rule;
