using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The tabs of one site's browser context: the one work tab the pages are read in, the tabs the site opens itself
/// (closed), the dialogs it raises (answered), the requests not worth making (images, media, fonts:
/// <see cref="ResourceBlocking"/>) and every page load, taken in its host's turn (<see cref="HostGate"/>).
/// </summary>
internal sealed class SiteTabs
{
    private static readonly TimeSpan CloseBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan BrokenGrace = TimeSpan.FromMilliseconds(500);
    // A tab busy with a page that never answers may not answer DevTools either: the switch never holds a site up.
    private static readonly TimeSpan SwitchBudget = TimeSpan.FromSeconds(2);

    private readonly IBrowserContext _context;
    private readonly CrawlOptions _options;
    private readonly HostGate _hosts;
    private readonly CancellationToken _token;
    private int _creatingPages;
    private (IPage Page, PageTraffic Traffic)? _workPage;
    private volatile bool _crashed;
    private volatile bool _loadEverything;
    private readonly Dictionary<IPage, ICDPSession> _blocking = [];

    public SiteTabs(IBrowserContext context, CrawlOptions options, HostGate hosts, CancellationToken token)
    {
        _context = context;
        _options = options;
        _hosts = hosts;
        _token = token;
    }

    /// <summary>
    /// While true, images, media and fonts are loaded too: the home page is measured as a visitor gets it (speed, phone
    /// fit); inner pages keep the fast mode. Set before a tab exists, it applies to the tabs opened next; see
    /// <see cref="SetLoadEverythingAsync"/> for the tabs already open.
    /// </summary>
    public bool LoadEverything
    {
        get => _loadEverything;
        init => _loadEverything = value;
    }

    /// <summary>Switches between loading everything and the fast mode, for the tabs open now and those opened next.</summary>
    public async Task SetLoadEverythingAsync(bool everything)
    {
        _loadEverything = everything;
        KeyValuePair<IPage, ICDPSession>[] open;
        lock (_blocking)
        {
            open = [.. _blocking];
        }

        foreach (var (page, session) in open)
        {
            if (page.IsClosed)
            {
                continue;
            }

            try
            {
                await ResourceBlocking.SetAsync(session, block: !everything, _token).WaitAsync(SwitchBudget, _token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // The tab closed, crashed or did not answer in time; the next tab is set up by NewPageAsync.
            }
        }
    }

    /// <summary>True once a tab's renderer crashed.</summary>
    public bool Crashed => _crashed;

    public async Task PrepareAsync()
    {
        await _context.AddInitScriptAsync(PageSafety.InitScript).WaitAsync(_token).ConfigureAwait(false);
        await _context.AddInitScriptAsync(AppRender.InitScript).WaitAsync(_token).ConfigureAwait(false);
        _context.Page += (_, page) => _ = ClosePopupAsync(page);
    }

    /// <summary>One page load, in its host's turn (<see cref="HostGate"/>): politeness across all sites crawled at once.</summary>
    public async Task<IResponse?> LoadAsync(IPage page, Uri url, WaitUntilState until, float timeoutMs, Task? broken = null)
    {
        using var turn = await _hosts.EnterAsync(url, _options.PageDelay, _token).ConfigureAwait(false);
        var load = page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = until, Timeout = timeoutMs }).WaitAsync(_token);
        if (broken is null || await Task.WhenAny(load, broken).ConfigureAwait(false) == load)
        {
            return await load.ConfigureAwait(false);
        }

        // The document broke part-way (a reset, broken chunks): Chromium then never fires the load event, and waiting
        // for it would turn a clear network error into a timeout. A moment for it anyway, then on with what arrived.
        await Task.WhenAny(load, Task.Delay(BrokenGrace, _token)).ConfigureAwait(false);
        if (load.IsCompleted)
        {
            return await load.ConfigureAwait(false);
        }

        _ = load.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        throw new TimeoutException($"the document of {url.AbsoluteUri} broke part-way");
    }

    /// <summary>
    /// One tab serves the home page and the inner pages in turn: a same-site navigation keeps its renderer
    /// process, where a new tab per page would start one each time.
    /// </summary>
    public async Task<(IPage Page, PageTraffic Traffic)> WorkPageAsync()
    {
        if (_workPage is { } current && !current.Page.IsClosed)
        {
            return current;
        }

        var page = await NewPageAsync().ConfigureAwait(false);
        _workPage = (page, new PageTraffic(page));
        return _workPage.Value;
    }

    /// <summary>Closes a tab that may be stuck; the next page gets a fresh one.</summary>
    public async Task ReplaceWorkPageAsync(IPage page)
    {
        _workPage = null;
        await CloseQuietlyAsync(page).ConfigureAwait(false);
    }

    public async Task<IPage> NewPageAsync()
    {
        Interlocked.Increment(ref _creatingPages);
        try
        {
            var page = await _context.NewPageAsync().WaitAsync(_token).ConfigureAwait(false);
            page.Dialog += (_, dialog) => _ = DismissAsync(dialog);
            page.Crash += (_, _) => _crashed = true;
            var session = await ResourceBlocking.ApplyAsync(_context, page, _token, block: !_loadEverything).ConfigureAwait(false);

            lock (_blocking)
            {
                _blocking[page] = session;
            }

            page.Close += (_, closed) =>
            {
                lock (_blocking)
                {
                    _blocking.Remove(closed);
                }
            };
            return page;
        }
        finally
        {
            Interlocked.Decrement(ref _creatingPages);
        }
    }

    public static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(CloseBudget).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
        }
    }

    private static async Task DismissAsync(IDialog dialog)
    {
        try
        {
            // "Leave this page?" must be answered yes, or the crawl cannot move on to the next page.
            await (dialog.Type == DialogType.BeforeUnload ? dialog.AcceptAsync() : dialog.DismissAsync()).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page closed first.
        }
    }

    /// <summary>Pages opened by the site (window.open, target=_blank) are closed: only our own pages are crawled.</summary>
    private async Task ClosePopupAsync(IPage page)
    {
        try
        {
            var opener = await page.OpenerAsync().ConfigureAwait(false);
            if (opener is not null || Volatile.Read(ref _creatingPages) == 0)
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }
        catch (PlaywrightException)
        {
        }
    }
}
