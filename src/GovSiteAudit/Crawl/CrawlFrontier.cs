using System.Text;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Which links of a site the crawler follows, and in what order: same-site http(s) pages, without fragments (except
/// the routes of a single-page app, <see cref="AppRoute"/>), without attachments, each once, the ones matching a
/// priority keyword first.
/// </summary>
internal sealed class CrawlFrontier
{
    private static readonly HashSet<string> AttachmentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".csv", ".txt",
        ".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz",
        ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".svg", ".webp", ".ico", ".tif", ".tiff",
        ".mp4", ".mp3", ".avi", ".mov", ".wmv", ".wav", ".flv", ".mkv", ".webm", ".ogg", ".m4a",
        ".exe", ".msi", ".dmg", ".iso", ".apk", ".bin", ".xml", ".json", ".js", ".css",
    };

    private readonly HashSet<string> _hosts;
    private readonly string[] _keywords;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public CrawlFrontier(IEnumerable<string> siteHosts, IEnumerable<string> priorityKeywords)
    {
        _hosts = new HashSet<string>(siteHosts.Select(HostName.WithoutWww), StringComparer.OrdinalIgnoreCase);
        _keywords = priorityKeywords.Select(Fold).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The same site: the same host as the target or the final home URL, give or take a leading <c>www.</c>.</summary>
    public bool IsSameSite(Uri url) => _hosts.Contains(HostName.WithoutWww(url.IdnHost));

    /// <summary>Marks a URL as already visited (or about to be); false when it was already marked.</summary>
    public bool MarkSeen(string url) => Key(url) is { } key && _seen.Add(key);

    public bool WasSeen(string url) => Key(url) is { } key && _seen.Contains(key);

    /// <summary>
    /// The links worth visiting from one depth level, deduplicated, not yet seen, priority matches first,
    /// each group in document order.
    /// </summary>
    public IReadOnlyList<FoundLink> Next(IEnumerable<FoundLink> links)
    {
        var unique = new List<FoundLink>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var url) || !IsFollowable(url))
            {
                continue;
            }

            var key = SeenKey(url);
            if (!_seen.Contains(key) && keys.Add(key))
            {
                unique.Add(link with { Url = Key(url) });
            }
        }

        return [.. unique.Where(IsPriority), .. unique.Where(l => !IsPriority(l))];
    }

    public bool IsPriority(FoundLink link)
    {
        if (_keywords.Length == 0)
        {
            return false;
        }

        var text = Fold(link.Text);
        var url = Fold(Uri.UnescapeDataString(link.Url));
        return _keywords.Any(k => text.Contains(k, StringComparison.Ordinal) || url.Contains(k, StringComparison.Ordinal));
    }

    private bool IsFollowable(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && IsSameSite(url)
        && !AttachmentExtensions.Contains(Path.GetExtension(url.AbsolutePath));

    /// <summary>
    /// The URL without user info and without fragment, unless the fragment is an app's route (<c>#/fares</c>,
    /// <c>#!/fares</c>): the address to load. A plain <c>#section</c> is the same page.
    /// </summary>
    public static string Key(Uri url) =>
        url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped) + AppRoute.FragmentOf(url);

    /// <summary>
    /// What identifies a page for "seen before": the address, with a directory's index file (<c>/index.html</c>,
    /// <c>/default.aspx</c>…) taken as the directory itself, since sites link their home page both ways.
    /// </summary>
    public static string SeenKey(Uri url)
    {
        var key = url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        var route = AppRoute.FragmentOf(url);
        if (url.Query.Length > 0)
        {
            return key + route;
        }

        return IndexFile.Strip(key) + route;
    }


    private static string? Key(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? SeenKey(u) : null;

    /// <summary><see cref="SeenKey(Uri)"/> of a URL string; the string itself when it is not an absolute URL.</summary>
    public static string SeenKeyOf(string url) => Key(url) ?? url;

    /// <summary>NFKC and lower case, so full-width letters and case differences still match.</summary>
    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
