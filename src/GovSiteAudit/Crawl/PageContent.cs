using System.Text.Json;
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

    /// <summary>
    /// The links (and frame sources) of the rendered DOM, in document order, resolved against the base URL, each with
    /// its text: a JavaScript expression, used alone (<see cref="PageReader"/>, frames) and within <see cref="ReadScript"/>.
    /// </summary>
    public const string LinksExpression = """
        Array.from(document.querySelectorAll('a[href], area[href], iframe[src], frame[src]')).map(e => {
            const tag = e.tagName.toUpperCase();
            const raw = e.getAttribute(tag === 'IFRAME' || tag === 'FRAME' ? 'src' : 'href');
            let url;
            try { url = new URL(raw, document.baseURI).href; } catch { return null; }
            const text = (e.innerText || e.textContent || e.getAttribute('title') || e.getAttribute('alt') || e.getAttribute('aria-label') || '').trim();
            return [url, text.slice(0, 300)];
        }).filter(x => x !== null)
        """;

    // The page's markup as Playwright's ContentAsync serialises it (doctype, then the root element), cut at the cap,
    // its title and its links, in one round trip: every page of every site pays each round trip (the benchmark showed
    // each one). A document still loading is read as far as it came; links a page's own globals break are read apart.
    private const string ReadScript = """
        (max) => {
            let html = '';
            if (document.doctype) html = new XMLSerializer().serializeToString(document.doctype);
            if (document.documentElement) html += document.documentElement.outerHTML;
            html = String(html);
            const truncated = html.length > max;
            let links = null;
            try { links = LINKS; } catch (e) { }
            return { html: truncated ? html.slice(0, max) : html, truncated, title: String(document.title || '').slice(0, 10000), links };
        }
        """;

    /// <summary>
    /// The HTML of <paramref name="page"/>, whether it was cut at <see cref="MaxChars"/>, its title, and the links of its
    /// main frame as read in the same step (null when they could not be: then they are read on their own).
    /// </summary>
    public static async Task<(string Html, bool Truncated, string Title, IReadOnlyList<FoundLink>? Links)> ReadAsync(IPage page, CancellationToken ct)
    {
        var read = await page.EvaluateAsync<JsonElement>(Script, MaxChars).WaitAsync(ct).ConfigureAwait(false);
        if (read.ValueKind == JsonValueKind.Object
            && read.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String
            && read.TryGetProperty("truncated", out var truncated) && truncated.ValueKind is JsonValueKind.True or JsonValueKind.False
            && read.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            return (html.GetString()!, truncated.GetBoolean(), title.GetString()!, read.TryGetProperty("links", out var links) ? ToLinks(links) : null);
        }

        // A page that replaced the DOM's serialisers gets Playwright's own reading (in a world of its own).
        var content = await page.ContentAsync().WaitAsync(ct).ConfigureAwait(false);
        var cut = content.Length > MaxChars;
        return (cut ? content[..MaxChars] : content, cut, await page.TitleAsync().WaitAsync(ct).ConfigureAwait(false), null);
    }

    /// <summary>The pairs <see cref="LinksExpression"/> gives; null when the page's script made them something else.</summary>
    public static IReadOnlyList<FoundLink>? ToLinks(JsonElement found)
    {
        if (found.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var links = new List<FoundLink>();
        foreach (var pair in found.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() < 2 || pair[0].ValueKind != JsonValueKind.String)
            {
                return null;
            }

            links.Add(new FoundLink(pair[0].GetString()!, pair[1].ValueKind == JsonValueKind.String ? pair[1].GetString()! : ""));
        }

        return links;
    }

    private static readonly string Script = ReadScript.Replace("LINKS", LinksExpression, StringComparison.Ordinal);
}
