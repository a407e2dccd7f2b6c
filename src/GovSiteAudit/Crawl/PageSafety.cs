namespace GovSiteAudit.Crawl;

/// <summary>What every page of a visit runs before its own scripts, so a hostile page cannot stall the crawl.</summary>
internal static class PageSafety
{
    /// <summary>
    /// Dialogs answer at once as if dismissed and <c>window.open</c> opens nothing: an <c>alert</c> loop then costs
    /// no round trip per dialog to the crawler, and pop-up storms never start. (Dialogs raised some other way are
    /// still dismissed by the page's Dialog handler; pop-ups from target=_blank are still closed.)
    /// </summary>
    public const string InitScript = """
        (() => {
            try {
                const define = (name, value) => Object.defineProperty(window, name, { value, writable: false, configurable: false });
                define('alert', () => undefined);
                define('confirm', () => false);
                define('prompt', () => null);
                define('print', () => undefined);
                define('open', () => null);
            } catch (e) { }
        })();
        """;
}
