using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The quality measurements of one site visit (issue 13), taken around the crawl with small hooks: the home page's speed
/// right after it loaded with all its resources, its fit on a phone (the same tab shaped like a phone for a moment) and its
/// search form found while it is in the tab, the links of every page read; beside the inner-page crawl, the search probe;
/// after the crawl, the
/// link check — each within what is left of the site's time, so a measure that cannot finish ends as a note and never
/// as a site timed out.
/// </summary>
internal sealed class SiteQuality
{
    /// <summary>What is kept back of the site's time for the snapshot to be returned: measures stop this much earlier.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    private readonly CrawlOptions _options;
    private readonly List<(string PageUrl, FoundLink Link)> _links = [];
    private readonly Dictionary<string, int> _read = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private HomeTimings? _speed;
    private MobileFit? _mobile;
    private LinkCheck? _linkCheck;
    private SearchProbe? _search;
    private SearchForm? _searchForm;
    private IReadOnlyList<FoundLink> _homeLinks = [];

    public SiteQuality(CrawlOptions options)
    {
        _options = options;
    }

    public bool Measure => _options.Quality.Measure;

    /// <summary>What was measured so far; null when nothing is measured (the library's default).</summary>
    public SiteMeasurements? Result
    {
        get
        {
            if (!_options.Quality.Enabled)
            {
                return null;
            }

            lock (_notes)
            {
                return new SiteMeasurements { Speed = _speed, Mobile = _mobile, Links = _linkCheck, Search = _search, Notes = [.. _notes] };
            }
        }
    }

    /// <summary>Right after the home page loaded (its resources too): its timings, its search form and its fit on a phone.</summary>
    public async Task HomeLoadedAsync(SiteTabs tabs, IPage page, PageTraffic traffic, PageSnapshot home, IReadOnlyList<FoundLink> links, CancellationToken token)
    {
        _homeLinks = links;
        PageRead(home, links);
        if (!Measure || page.IsClosed || page.Url != home.Url)
        {
            return;
        }

        _speed = await HomeSpeed.MeasureAsync(page, traffic.Count.Made, _notes, token).ConfigureAwait(false);
        _searchForm = await SearchProbeRun.FindAsync(page, token).ConfigureAwait(false);
        _mobile = await MobileFitCheck.MeasureInPlaceAsync(tabs, page, _notes, token).ConfigureAwait(false);
    }

    /// <summary>A page read, with the links found on it (the link check's candidates).</summary>
    /// <param name="requested">The address the crawl asked for, when a redirect led to <paramref name="page"/>: a link to it is known too.</param>
    public void PageRead(PageSnapshot page, IReadOnlyList<FoundLink> links, Uri? requested = null)
    {
        if (Uri.TryCreate(page.Url, UriKind.Absolute, out var url))
        {
            _read.TryAdd(LinkChecker.Key(url), page.Status);
        }

        if (requested is not null)
        {
            _read.TryAdd(LinkChecker.Key(requested), page.Status);
        }

        foreach (var link in links)
        {
            _links.Add((page.Url, link));
        }
    }

    /// <summary>A page the crawl asked for and could not read (4xx, 5xx): a link to it is known to be broken.</summary>
    public void PageFailed(Uri url, int status)
    {
        if (status >= 400)
        {
            _read.TryAdd(LinkChecker.Key(url), status);
        }
    }

    /// <summary>
    /// Right after the home page, beside the inner-page crawl: the search probe, in a tab of its own. Its page load waits
    /// for the host's turn like the crawl's (<see cref="HostGate"/>), so it fills the crawl's gaps (settles, reading,
    /// detection) rather than adding a serial step after it. Awaited by <see cref="AfterCrawlAsync"/>; never throws but
    /// for the site's own cancellation.
    /// </summary>
    public Task BesideCrawlAsync(
        Func<Uri, bool> sameSite, SiteTabs tabs, PageReader reader, EgressProxy egress, Func<TimeSpan> remaining, CancellationToken token)
    {
        if (!Measure || _searchForm is not { } form)
        {
            return Task.CompletedTask;
        }

        // The probe writes notes of its own (the crawl writes beside it); they join the site's notes when it is done.
        List<string> searchNotes = [];
        return JoinAsync();

        async Task JoinAsync()
        {
            try
            {
                await WithinTimeAsync("search probe", searchNotes, remaining, token, async (t, timeout) =>
                {
                    _search = await SearchProbeRun.RunAsync(tabs, form, _homeLinks, sameSite, egress, reader, timeout, t).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            finally
            {
                lock (_notes)
                {
                    _notes.AddRange(searchNotes);
                }
            }
        }
    }

    /// <summary>After the crawl: waits for the measures started beside it (<see cref="BesideCrawlAsync"/>), then checks the links within the time left.</summary>
    public async Task AfterCrawlAsync(Task besideCrawl, Func<Uri, bool> sameSite, LinkChecker links, Func<TimeSpan> remaining, CancellationToken token)
    {
        await besideCrawl.ConfigureAwait(false);
        if (_options.Quality.CheckLinks > 0)
        {
            var candidates = _links.Where(l => Uri.TryCreate(l.Link.Url, UriKind.Absolute, out var u) && sameSite(u)).ToList();
            var budget = remaining() - Margin;
            _linkCheck = budget > TimeSpan.Zero
                ? await links.CheckAsync(candidates, _read, budget, token).ConfigureAwait(false)
                : new LinkCheck(candidates.Select(c => c.Link.Url).Distinct(StringComparer.Ordinal).Count(), 0, [], "link check not run: the site's time ran out");
        }
    }

    /// <summary>
    /// Runs one measure with the site's time left (less a margin), its page loads bounded by that time too (a page load
    /// is not abandoned by a token alone); one that runs out is a note, not a failure.
    /// </summary>
    private async Task WithinTimeAsync(string what, List<string> notes, Func<TimeSpan> remaining, CancellationToken token, Func<CancellationToken, TimeSpan, Task> measure)
    {
        var left = remaining() - Margin;
        if (left <= TimeSpan.Zero)
        {
            notes.Add($"{what} not measured: the site's time ran out");
            return;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(token);
        cts.CancelAfter(left);
        try
        {
            await measure(cts.Token, left < _options.PageTimeout ? left : _options.PageTimeout).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            notes.Add($"{what} not measured: the site's time ran out");
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            notes.Add($"{what} not measured: {e.Message.Split('\n')[0]}");
        }
    }
}
