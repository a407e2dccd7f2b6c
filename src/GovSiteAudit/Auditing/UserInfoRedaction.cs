using GovSiteAudit.Detection;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <summary>
/// Removes user names and passwords (<see cref="UserInfo"/>) from every URL and message of an audited site before
/// anything is detected or written: page, frame and request URLs, the redirect chain, the http probe, errors, and the
/// evidence (a link's <c>href</c> may carry them). Targets lose theirs when read; this covers what the site itself
/// sent (a link or redirect with credentials) and snapshots saved by older versions. Page HTML is left as it was: it is
/// the site's content, and it only ever goes to <c>snapshots/</c>.
/// </summary>
internal static class UserInfoRedaction
{
    public static AuditTarget Apply(AuditTarget target)
    {
        var url = UserInfo.Redact(target.Url);
        return ReferenceEquals(url, target.Url) ? target : target with { Url = url };
    }

    public static CrawlResult Apply(CrawlResult crawl)
    {
        var snapshot = crawl.Snapshot;
        var facts = snapshot.Facts;
        return crawl with
        {
            Error = UserInfo.RedactOrNull(crawl.Error),
            Snapshot = snapshot with
            {
                TargetUrl = UserInfo.Redact(snapshot.TargetUrl),
                FinalUrl = UserInfo.RedactOrNull(snapshot.FinalUrl),
                Pages = snapshot.Pages.Select(Apply).ToList(),
                Facts = facts with
                {
                    RedirectChain = facts.RedirectChain.Select(h => h with { Url = UserInfo.Redact(h.Url) }).ToList(),
                    HttpProbe = facts.HttpProbe is { } probe
                        ? probe with
                        {
                            ProbedUrl = UserInfo.Redact(probe.ProbedUrl),
                            FinalUrl = UserInfo.RedactOrNull(probe.FinalUrl),
                            Error = UserInfo.RedactOrNull(probe.Error),
                        }
                        : null,
                    Tls = facts.Tls is { } tls ? tls with { Error = UserInfo.RedactOrNull(tls.Error) } : null,
                },
                Accessibility = snapshot.Accessibility is { } accessibility ? Apply(accessibility) : null,
                Measurements = snapshot.Measurements is { } measurements ? Apply(measurements) : null,
            },
        };
    }

    // axe's examples quote the page's markup (a link's href may carry credentials) and they reach every report.
    private static SiteAccessibility Apply(SiteAccessibility accessibility) => accessibility with
    {
        Pages = accessibility.Pages.Select(page => page with
        {
            Url = UserInfo.Redact(page.Url),
            Error = UserInfo.RedactOrNull(page.Error),
            FramesNotEntered = page.FramesNotEntered.Select(UserInfo.Redact).ToList(),
            Violations = page.Violations.Select(Apply).ToList(),
            Incomplete = page.Incomplete.Select(Apply).ToList(),
        }).ToList(),
    };

    // Broken links and the search probe name addresses of the site (a link may carry credentials) in every report.
    private static SiteMeasurements Apply(SiteMeasurements measurements) => measurements with
    {
        Links = measurements.Links is { } links
            ? links with
            {
                Broken = links.Broken.Select(b => b with { Url = UserInfo.Redact(b.Url), PageUrl = UserInfo.Redact(b.PageUrl), Text = UserInfo.Redact(b.Text), Error = UserInfo.Redact(b.Error) }).ToList(),
                Note = UserInfo.RedactOrNull(links.Note),
            }
            : null,
        Search = measurements.Search is { } search
            ? search with { FormPage = UserInfo.Redact(search.FormPage), Url = UserInfo.RedactOrNull(search.Url), Reason = UserInfo.Redact(search.Reason) }
            : null,
        Notes = measurements.Notes.Select(UserInfo.Redact).ToList(),
    };

    private static AxeRuleResult Apply(AxeRuleResult rule) => rule with
    {
        Examples = rule.Examples.Select(n => new AxeNode(UserInfo.Redact(n.Target), UserInfo.Redact(n.Html))).ToList(),
    };

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings) =>
        findings.Select(f => f.Evidence is { } e
            ? f with { Evidence = new Evidence(UserInfo.Redact(e.PageUrl), UserInfo.Redact(e.Element), UserInfo.Redact(e.Text)) }
            : f).ToList();

    private static PageSnapshot Apply(PageSnapshot page) => page with
    {
        Url = UserInfo.Redact(page.Url),
        Title = UserInfo.Redact(page.Title),
        Frames = page.Frames.Select(f => f with { Url = UserInfo.Redact(f.Url) }).ToList(),
        Requests = page.Requests.Select(UserInfo.Redact).ToList(),
    };
}
