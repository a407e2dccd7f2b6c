using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Chromium never guesses UTF-8 for a document that declares no encoding (no charset in Content-Type, no meta tag,
/// no byte-order mark): it detects Big5 or GB18030 but falls back to windows-1252 for UTF-8, and a Chinese page
/// becomes mojibake. Such a page is loaded once more from the same bytes, now labelled UTF-8.
/// </summary>
internal static class UndeclaredUtf8
{
    /// <summary>The HTML prescan looks for a declaration in the first 1024 bytes.</summary>
    private const int PrescanLength = 1024;

    private static readonly Regex MetaCharset = new(@"<meta[^>]*charset", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when the body is UTF-8 with non-ASCII text and nothing declares its encoding.</summary>
    public static bool IsUndeclaredUtf8(string? contentType, ReadOnlySpan<byte> body)
    {
        if (contentType is not null && contentType.Contains("charset", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (body.StartsWith("\uFEFF"u8) || !Utf8.IsValid(body) || body.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0)
        {
            return false;
        }

        return !MetaCharset.IsMatch(Encoding.Latin1.GetString(body[..Math.Min(PrescanLength, body.Length)]));
    }

    /// <summary>
    /// Reloads the page's document as UTF-8 when the browser decoded undeclared UTF-8 as something else.
    /// Returns true when it reloaded; the caller settles the page as after any load. <paramref name="characterSet"/> is
    /// the document's <c>characterSet</c> when the caller has already read it (one round trip less).
    /// </summary>
    public static async Task<bool> ReloadIfMisdecodedAsync(IPage page, IResponse response, float timeoutMs, CancellationToken ct, string? characterSet = null)
    {
        try
        {
            characterSet ??= await page.EvaluateAsync<string>("() => document.characterSet").WaitAsync(ct).ConfigureAwait(false);
            var headers = await response.AllHeadersAsync().WaitAsync(ct).ConfigureAwait(false);
            var contentType = headers.GetValueOrDefault("content-type");
            if (string.Equals(characterSet, "UTF-8", StringComparison.OrdinalIgnoreCase) || response.Status >= 300 || !LoadFailure.IsHtml(contentType))
            {
                return false;
            }

            var body = await response.BodyAsync().WaitAsync(ct).ConfigureAwait(false);
            if (!IsUndeclaredUtf8(contentType, body))
            {
                return false;
            }

            // The body is already decompressed, and cookies were set by the first load.
            var replayed = headers
                .Where(h => h.Key is not ("content-type" or "content-length" or "content-encoding" or "transfer-encoding" or "set-cookie"))
                .ToDictionary(h => h.Key, h => h.Value);
            replayed["content-type"] = (contentType ?? "text/html").Split(';')[0].Trim() + "; charset=utf-8";
            var url = response.Url;
            await page.RouteAsync(
                u => u == url,
                route => route.FulfillAsync(new RouteFulfillOptions { Status = response.Status, Headers = replayed, BodyBytes = body }),
                new PageRouteOptions { Times = 1 }).WaitAsync(ct).ConfigureAwait(false);
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = timeoutMs }).WaitAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return false; // The page as first decoded is still better than none.
        }
    }
}
