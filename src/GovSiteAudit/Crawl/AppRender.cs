using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Lets a script-driven page finish drawing before it is read. <see cref="PageTraffic"/> waits for the requests a
/// script makes; this waits, a little and boundedly, for the DOM to stop changing (a router drawing its view from
/// data already loaded, a menu built on a timer), which costs one round trip on a page that has already settled.
/// The init script also records the addresses a page gives the History API (<c>pushState</c>/<c>replaceState</c>):
/// an app's router that way names routes no <c>&lt;a href&gt;</c> shows (read by <see cref="HiddenLinks"/>).
/// </summary>
internal static class AppRender
{
    /// <summary>The DOM counts as drawn after this long without a change…</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(120);

    /// <summary>
    /// …or, for a page whose DOM has not changed since its load event (its scripts drew it while it loaded, as CMS menus
    /// do), this long after that event: nothing is still drawing it, and waiting the whole <see cref="Quiet"/> from its last
    /// change would cost every such page about a tenth of a second (the benchmark's audit/floor ratio showed it).
    /// </summary>
    public static readonly TimeSpan QuietAfterLoad = TimeSpan.FromMilliseconds(40);

    /// <summary>…or after this long in any case (an animated page changes forever).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(1500);

    // Declared before InitScript: static fields are initialised in the order they are written.
    /// <summary>Timers of at most this delay, set while the page loads, are waited for (within <see cref="MaxWait"/>).</summary>
    public static readonly TimeSpan MaxTimer = TimeSpan.FromSeconds(1);

    /// <summary>At most this many History API addresses are kept per document: a page calling pushState in a loop fills nothing.</summary>
    public const int MaxRoutes = 200;

    /// <summary>
    /// Runs before the page's own scripts. The state sits in a non-enumerable, non-writable property so the page
    /// cannot replace it by accident; a page that tampers with it only loses its own routes.
    /// </summary>
    public static readonly string InitScript = """
        (() => {
            try {
                const pending = new Set();
                const state = { last: 0, loaded: Infinity, routes: [], pending: () => pending.size };
                Object.defineProperty(window, '__govSiteAudit', { value: state, enumerable: false, writable: false, configurable: false });
                new MutationObserver(() => { state.last = performance.now(); })
                    .observe(document, { subtree: true, childList: true, characterData: true });
                // Short timers set while the page loads (until just after its load event) usually draw something
                // ("the footer arrives a moment later"); they are waited for. Later and longer ones (carousels, polling) are not.
                let loadedAt = Infinity;
                // Registered before any of the page's own: a load handler of the page that draws changes the DOM after this.
                window.addEventListener('load', () => { loadedAt = performance.now(); state.loaded = loadedAt; });
                const setTimer = window.setTimeout, clearTimer = window.clearTimeout;
                window.setTimeout = function (handler, delay, ...rest) {
                    const tracked = typeof handler === 'function' && (Number(delay) || 0) <= MAX_TIMER && performance.now() <= loadedAt + 50 && pending.size < 100;
                    if (!tracked) return setTimer.call(window, handler, delay, ...rest);
                    const id = setTimer.call(window, function () { pending.delete(id); return handler.apply(this, arguments); }, delay, ...rest);
                    pending.add(id);
                    return id;
                };
                window.clearTimeout = function (id) { pending.delete(id); return clearTimer.call(window, id); };
                for (const name of ['pushState', 'replaceState']) {
                    const original = history[name];
                    history[name] = function (data, title, url) {
                        try {
                            if (url !== undefined && url !== null && state.routes.length < MAX_ROUTES) {
                                state.routes.push(new URL(String(url), document.baseURI).href);
                            }
                        } catch (e) { }
                        return original.apply(this, arguments);
                    };
                }
            } catch (e) { }
        })();
        """
        .Replace("MAX_ROUTES", MaxRoutes.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("MAX_TIMER", MaxTimer.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);


    // Answers the document's characterSet too, which the crawler needs next (UndeclaredUtf8): one round trip for both.
    private const string QuietScript = """
        async ([quiet, afterLoad, max]) => {
            const state = window.__govSiteAudit;
            const start = performance.now();
            const drawing = () => {
                const now = performance.now();
                if (state.pending() > 0) return true;
                if (state.last <= state.loaded) return now - state.loaded < afterLoad && now - state.last < quiet;
                return now - state.last < quiet;
            };
            while (state && performance.now() - start < max && drawing()) {
                await new Promise(resolve => setTimeout(resolve, 10));
            }
            return String(document.characterSet);
        }
        """;

    /// <summary>
    /// Waits until the DOM has not changed for <see cref="Quiet"/> (or, unchanged since the load event, for
    /// <see cref="QuietAfterLoad"/> after it) and no short load-time timer is pending, at most <see cref="MaxWait"/>;
    /// returns the document's <c>characterSet</c> (null when it could not be read).
    /// </summary>
    public static async Task<string?> SettleAsync(IPage page, CancellationToken ct)
    {
        try
        {
            return await page.EvaluateAsync<string>(QuietScript, new[] { Quiet.TotalMilliseconds, QuietAfterLoad.TotalMilliseconds, MaxWait.TotalMilliseconds })
                .WaitAsync(MaxWait + PageReader.FrameBudget, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // A page that navigated away or hangs its main thread is read as it is.
            return null;
        }
    }

    /// <summary>
    /// Waits for the page's requests (<see cref="PageTraffic"/>, at most <paramref name="trafficBudget"/>), then its drawing;
    /// returns its character set. A page quiet when loaded — most are — gets both waits at once, and both again when a
    /// request started meanwhile (a timer that fetches the menu): the two short waits of every page overlap instead of
    /// adding up, and a fetch started by a load-time timer is waited for too.
    /// </summary>
    public static async Task<string?> SettleAsync(IPage page, PageTraffic traffic, TimeSpan trafficBudget, CancellationToken ct)
    {
        var before = traffic.Count;
        if (before.InFlight <= 0)
        {
            var drawn = SettleAsync(page, ct);
            await traffic.SettleAsync(trafficBudget, ct).ConfigureAwait(false);
            var characterSet = await drawn.ConfigureAwait(false);
            if (traffic.Count.Made == before.Made)
            {
                return characterSet;
            }
        }

        await traffic.SettleAsync(trafficBudget, ct).ConfigureAwait(false);
        return await SettleAsync(page, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Loading a hash route in a tab that shows the same document would only change the fragment: no response, and a
    /// router that draws only at start would not redraw. The tab leaves the document first, so the route is loaded afresh.
    /// </summary>
    public static async Task LeaveIfSameDocumentAsync(IPage page, Uri url, float timeoutMs, CancellationToken ct)
    {
        if (url.Fragment.Length > 0 && AppRoute.SameDocument(url, page.Url))
        {
            await page.GotoAsync("about:blank", new PageGotoOptions { Timeout = timeoutMs }).WaitAsync(ct).ConfigureAwait(false);
        }
    }
}
