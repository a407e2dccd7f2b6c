namespace GovSiteAudit.Snapshots;

/// <summary>
/// The one query submitted to a site's search form (a form that submits by GET, with no password, file, e-mail or
/// personal field), and how its results page was judged.
/// </summary>
/// <param name="FormPage">The page the form was on.</param>
/// <param name="Query">The word searched for, taken from the site's own navigation.</param>
/// <param name="Url">The results address asked for; null when no query was sent.</param>
/// <param name="Status">The results page's HTTP status; 0 when it gave none.</param>
/// <param name="Works">True: the results page loaded with 2xx, is no error or "no results" page and lists new links; false:
/// it does not; null: the probe could not be run to the end (a refusal, a timeout: see <paramref name="Reason"/>).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="NewLinks">Same-site links on the results page that the form's page did not have.</param>
public sealed record SearchProbe(string FormPage, string Query, string? Url, int Status, bool? Works, string Reason, int NewLinks);
