namespace GovSiteAudit.Crawl;

/// <summary>What every page of a visit runs before its own scripts, so a hostile page cannot stall the crawl.</summary>
internal static class PageSafety
{
    /// <summary>
    /// Dialogs answer at once as if dismissed and <c>window.open</c> opens nothing: an <c>alert</c> loop then costs
    /// no round trip per dialog to the crawler, and pop-up storms never start. (Dialogs raised some other way are
    /// still dismissed by the page's Dialog handler; pop-ups from target=_blank are still closed.)
    /// An image's error handler runs at most <see cref="ImageErrorsHandled"/> times: <c>onerror="this.src='logo.png'"</c>
    /// with a fallback that fails too is an endless loop, and the crawl blocks images, so every such fallback fails. One
    /// real page (nt.gov.au, 2018) made 4,500 requests a second that way until the browser driver discarded its response
    /// and the site failed after 65 s. A listener on the window in the capture phase sees the error before the image's own
    /// handler and stops it there; a fallback that loads is untouched.
    /// </summary>
    public const int ImageErrorsHandled = 2;

    public static readonly string InitScript = $$"""
        (() => {
            try {
                const define = (name, value) => Object.defineProperty(window, name, { value, writable: false, configurable: false });
                define('alert', () => undefined);
                define('confirm', () => false);
                define('prompt', () => null);
                define('print', () => undefined);
                define('open', () => null);
            } catch (e) { }
            try {
                const errors = new WeakMap();
                window.addEventListener('error', e => {
                    const t = e.target;
                    if (t instanceof HTMLImageElement || t instanceof SVGImageElement || t instanceof HTMLSourceElement) {
                        const n = (errors.get(t) || 0) + 1;
                        errors.set(t, n);
                        if (n > {{ImageErrorsHandled}}) { e.stopImmediatePropagation(); }
                    }
                }, true);
            } catch (e) { }
        })();
        """;
}
