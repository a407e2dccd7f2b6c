using System.Globalization;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Detection;

/// <summary>Rules answered from the site's facts rather than markup: header, scheme, https_redirect, storage.</summary>
internal static class SiteFactDetection
{
    public static Evidence? Header(HeaderRule rule, SiteDocuments site)
    {
        var home = site.Site.Home;
        if (home == null)
        {
            return null;
        }

        foreach (var (name, value) in home.Headers)
        {
            if (name.Equals(rule.Name, StringComparison.OrdinalIgnoreCase)
                && (rule.Value == null || site.IsMatch(rule.Value, value)))
            {
                return new Evidence(home.Url, "header " + name, VisibleText.Shorten(value));
            }
        }

        return null;
    }

    public static Evidence? Scheme(SchemeRule rule, SiteDocuments site)
    {
        var url = site.Site.FinalUrl ?? site.Site.Home?.Url;
        if (url == null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (!uri.Scheme.Equals(rule.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // HTTPS behind a certificate a browser rejects does not serve citizens securely: the reason is in facts.tls.
        if (uri.Scheme == Uri.UriSchemeHttps && site.Site.Facts.Tls is { Valid: false })
        {
            return null;
        }

        return new Evidence(url, "url", VisibleText.Shorten(url));
    }

    public static Evidence? HttpsRedirect(SiteDocuments site)
    {
        var facts = site.Site.Facts;
        if (facts.HttpProbe is { RedirectsToHttps: true } probe)
        {
            return new Evidence(probe.ProbedUrl, "http probe", VisibleText.Shorten($"{probe.ProbedUrl} → {probe.FinalUrl}"));
        }

        var chain = facts.RedirectChain;
        if (chain.Count >= 2
            && Uri.TryCreate(chain[0].Url, UriKind.Absolute, out var first)
            && Uri.TryCreate(chain[^1].Url, UriKind.Absolute, out var last)
            && first.Scheme == Uri.UriSchemeHttp
            && last.Scheme == Uri.UriSchemeHttps
            && HostName.WithoutWww(first.Host).Equals(HostName.WithoutWww(last.Host), StringComparison.OrdinalIgnoreCase))
        {
            return new Evidence(chain[0].Url, "redirect chain", VisibleText.Shorten($"{chain[0].Url} → {chain[^1].Url}"));
        }

        return null;
    }

    public static Evidence? Storage(StorageRule rule, SiteDocuments site)
    {
        var facts = site.Site.Facts;
        if (rule.Kinds.HasFlag(StorageKinds.Cookie))
        {
            foreach (var cookie in facts.Cookies)
            {
                if ((rule.PersistentOnly && !cookie.Persistent)
                    || (rule.FirstPartyOnly && !cookie.FirstParty)
                    || !NameMatches(rule, site, cookie.Name))
                {
                    continue;
                }

                var expiry = cookie.Persistent
                    ? DateTimeOffset.FromUnixTimeMilliseconds((long)(cookie.Expires * 1000)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : "session";
                return new Evidence(site.HomeUrl, "cookie", VisibleText.Shorten($"cookie {cookie.Name} (expires {expiry}; domain {cookie.Domain})"));
            }
        }

        if (rule.Kinds.HasFlag(StorageKinds.LocalStorage))
        {
            var siteHost = SiteHost(site.Site);
            foreach (var entry in facts.LocalStorage)
            {
                if ((rule.FirstPartyOnly && !IsFirstParty(entry.Origin, siteHost)) || !NameMatches(rule, site, entry.Key))
                {
                    continue;
                }

                return new Evidence(site.HomeUrl, "localStorage", VisibleText.Shorten($"localStorage {entry.Key}"));
            }
        }

        return null;
    }

    private static bool NameMatches(StorageRule rule, SiteDocuments site, string name) =>
        (rule.Name == null || site.IsMatch(rule.Name, name))
        && (rule.ExcludeName == null || !site.IsMatchOrUnknown(rule.ExcludeName, name));

    private static string? SiteHost(SiteSnapshot site)
    {
        var url = site.FinalUrl ?? site.Home?.Url ?? site.TargetUrl;
        return url != null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
    }

    private static bool IsFirstParty(string origin, string? siteHost)
    {
        if (siteHost == null || !Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return HostName.IsFirstParty(uri.Host, siteHost);
    }
}
