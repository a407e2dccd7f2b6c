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

    // The page's markup as Playwright's ContentAsync serialises it (doctype, then the root element), cut at the cap,
    // and its title, in one round trip: every page of every site pays each round trip (the benchmark showed two
    // saved here). A document still loading is read as far as it came.
    private const string ReadScript = """
        (max) => {
            let html = '';
            if (document.doctype) html = new XMLSerializer().serializeToString(document.doctype);
            if (document.documentElement) html += document.documentElement.outerHTML;
            html = String(html);
            const truncated = html.length > max;
            return { html: truncated ? html.slice(0, max) : html, truncated, title: String(document.title || '').slice(0, 10000) };
        }
        """;

    /// <summary>The HTML of <paramref name="page"/>, whether it was cut at <see cref="MaxChars"/>, and its title.</summary>
    public static async Task<(string Html, bool Truncated, string Title)> ReadAsync(IPage page, CancellationToken ct)
    {
        var read = await page.EvaluateAsync<JsonElement>(ReadScript, MaxChars).WaitAsync(ct).ConfigureAwait(false);
        if (read.ValueKind == JsonValueKind.Object
            && read.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String
            && read.TryGetProperty("truncated", out var truncated) && truncated.ValueKind is JsonValueKind.True or JsonValueKind.False
            && read.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            return (html.GetString()!, truncated.GetBoolean(), title.GetString()!);
        }

        // A page that replaced the DOM's serialisers gets Playwright's own reading (in a world of its own).
        var content = await page.ContentAsync().WaitAsync(ct).ConfigureAwait(false);
        var cut = content.Length > MaxChars;
        return (cut ? content[..MaxChars] : content, cut, await page.TitleAsync().WaitAsync(ct).ConfigureAwait(false));
    }
}
