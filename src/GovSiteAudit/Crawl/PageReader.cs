using System.Text.Json;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Reads what a rendered page holds: its snapshot (headers, HTML, title, same-site frames), the links to follow
/// from it and, when the page is in the sample (--accessibility), axe-core's results on it.
/// </summary>
internal sealed class PageReader
{
    /// <summary>How long one frame may take to give its HTML or links before it is left out.</summary>
    public static readonly TimeSpan FrameBudget = TimeSpan.FromSeconds(5);

    // Reads links (and frame sources) from the rendered DOM, in document order, resolved against the base URL.
    private const string LinksScript = """
        () => Array.from(document.querySelectorAll('a[href], area[href], iframe[src], frame[src]')).map(e => {
            const tag = e.tagName.toUpperCase();
            const raw = e.getAttribute(tag === 'IFRAME' || tag === 'FRAME' ? 'src' : 'href');
            let url;
            try { url = new URL(raw, document.baseURI).href; } catch { return null; }
            const text = (e.innerText || e.textContent || e.getAttribute('title') || e.getAttribute('alt') || e.getAttribute('aria-label') || '').trim();
            return [url, text.slice(0, 300)];
        }).filter(x => x !== null)
        """;

    private readonly SiteTabs _tabs;
    private readonly SiteAccessibilityScan? _accessibility;
    private readonly List<string> _notes;
    private readonly CancellationToken _token;

    public PageReader(SiteTabs tabs, SiteAccessibilityScan? accessibility, List<string> notes, CancellationToken token)
    {
        _tabs = tabs;
        _accessibility = accessibility;
        _notes = notes;
        _token = token;
    }

    public async Task<PageSnapshot> SnapshotAsync(IPage page, IResponse response, int depth, PageTraffic traffic, Func<Uri, bool> sameSite)
    {
        var headers = await HeadersAsync(response, _notes, _token).ConfigureAwait(false);
        var (html, truncated, title) = await PageContent.ReadAsync(page, _token).ConfigureAwait(false);
        if (truncated)
        {
            _notes.Add($"{page.Url} is larger than {PageContent.MaxChars / 1_000_000} million characters; only its beginning was read");
        }

        if (Mojibake.Repair(html) is { } repaired)
        {
            // UTF-8 bytes under a declared single-byte charset: read them as the UTF-8 they are.
            html = repaired;
            title = Mojibake.Repair(title) ?? title;
            _notes.Add($"{page.Url} declares a single-byte charset but is UTF-8; it was re-read as UTF-8");
        }

        var frames = await FramesAsync(page, sameSite).ConfigureAwait(false);
        return new PageSnapshot(
            page.Url, response.Status, headers.GetValueOrDefault("content-type"), title, html,
            new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase), depth, frames, traffic.Urls);
    }

    /// <summary>What Playwright says of an object its driver discarded ("The object has been collected to prevent unbounded heap growth.").</summary>
    internal const string DiscardedMessage = "has been collected";

    /// <summary>
    /// The response's headers as received; when Playwright has already discarded the response object (a page that made
    /// tens of thousands of requests), the headers it gave with the response, which lack only cookies and repeated names.
    /// </summary>
    internal static async Task<Dictionary<string, string>> HeadersAsync(IResponse response, List<string> notes, CancellationToken ct)
    {
        try
        {
            return await response.AllHeadersAsync().WaitAsync(ct).ConfigureAwait(false);
        }
        catch (PlaywrightException e) when (e.Message.Contains(DiscardedMessage, StringComparison.Ordinal))
        {
            notes.Add($"{response.Url} made so many requests that the browser driver discarded its response; its headers are those given with the response (cookies and repeated headers may be missing)");
            return new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase);
        }
    }

    public async Task<IReadOnlyList<FoundLink>> LinksAsync(IPage page, Func<Uri, bool> sameSite)
    {
        var links = new List<FoundLink>();
        foreach (var frame in new[] { page.MainFrame }.Concat(SameSiteFrames(page, sameSite)))
        {
            try
            {
                var found = await frame.EvaluateAsync<JsonElement>(LinksScript).WaitAsync(FrameBudget, _token).ConfigureAwait(false);
                foreach (var pair in found.EnumerateArray())
                {
                    links.Add(new FoundLink(pair[0].GetString() ?? "", pair[1].GetString() ?? ""));
                }
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
            {
                // Links of a frame that went away are simply not followed.
            }
        }

        return links;
    }

    /// <summary>axe-core on the page just rendered, when it is in the sample (--accessibility); a tab axe left busy is replaced.</summary>
    public async Task TestAccessibilityAsync(IPage page, string? linkText, IReadOnlyList<FoundLink> links)
    {
        if (_accessibility is null)
        {
            return;
        }

        var tabFine = linkText is null
            ? await _accessibility.HomeAsync(page).ConfigureAwait(false)
            : await _accessibility.InnerAsync(page, linkText).ConfigureAwait(false);
        _accessibility.Observe(links);
        if (!tabFine)
        {
            await _tabs.ReplaceWorkPageAsync(page).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<FrameSnapshot>> FramesAsync(IPage page, Func<Uri, bool> sameSite)
    {
        var frames = new List<FrameSnapshot>();
        foreach (var frame in SameSiteFrames(page, sameSite))
        {
            try
            {
                var html = await frame.ContentAsync().WaitAsync(FrameBudget, _token).ConfigureAwait(false);
                frames.Add(new FrameSnapshot(frame.Url, html));
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
            {
                // A frame that detached or hangs is left out; the page still counts.
            }
        }

        return frames;
    }

    private static IEnumerable<IFrame> SameSiteFrames(IPage page, Func<Uri, bool> sameSite) =>
        page.Frames.Where(f => f != page.MainFrame && Uri.TryCreate(f.Url, UriKind.Absolute, out var u) && sameSite(u));
}
