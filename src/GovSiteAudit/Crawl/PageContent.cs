using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Reads a page's HTML without letting one page exhaust memory or time: a document larger than
/// <see cref="MaxChars"/> (a 50 MB table dump, a page that streams forever) is read only up to that length.
/// </summary>
internal static class PageContent
{
    /// <summary>About 10 MB of markup: far more than any real home page needs for its indicators.</summary>
    public const int MaxChars = 10_000_000;

    // Null when the page is of ordinary size (then the exact serialisation, doctype included, comes from ContentAsync).
    // decodedBodySize is cheap to read; a document still loading has none yet, so its DOM is measured instead.
    private const string CappedScript = """
        (max) => {
            const nav = performance.getEntriesByType('navigation')[0];
            if (nav && nav.decodedBodySize <= max && document.readyState !== 'loading') return null;
            const root = document.documentElement;
            if (!root) return null;
            const html = root.outerHTML;
            return html.length > max ? html.slice(0, max) : (document.readyState === 'loading' ? html : null);
        }
        """;

    /// <summary>The HTML of <paramref name="frame"/>, and whether it was cut at <see cref="MaxChars"/>.</summary>
    public static async Task<(string Html, bool Truncated)> ReadAsync(IPage page, CancellationToken ct)
    {
        var capped = await page.EvaluateAsync<string?>(CappedScript, MaxChars).WaitAsync(ct).ConfigureAwait(false);
        if (capped is not null)
        {
            return (capped, capped.Length >= MaxChars);
        }

        return (await page.ContentAsync().WaitAsync(ct).ConfigureAwait(false), false);
    }
}
