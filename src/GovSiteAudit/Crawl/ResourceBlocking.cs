using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Images, media and fonts are not fetched: they cost time and tell nothing. They are blocked by Chromium itself
/// (DevTools <c>Network.setBlockedURLs</c>, by file extension) rather than by a Playwright route, because routing
/// turns the HTTP cache off: every inner page of a site would fetch its stylesheets and scripts again, one more round
/// trip per page (the benchmark's audit/floor ratio showed it). A blocked request is still reported to the page's
/// request list (it fails with "blocked by inspector"), so trackers named by an image URL are still seen. Images
/// without an extension (<c>/pixel?id=1</c>) are fetched; where any request may go is decided by the guard anyway.
/// </summary>
internal static class ResourceBlocking
{
    private static readonly string[] Extensions =
    [
        "png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico", "svg", "tif", "tiff", "jfif", "apng", "heic",
        "woff", "woff2", "ttf", "otf", "eot",
        "mp4", "webm", "ogg", "ogv", "mp3", "wav", "m4a", "m4v", "mov", "avi", "flac", "aac", "m3u8", "mpd",
    ];

    /// <summary>URL patterns (Chromium's, <c>*</c> as wildcard): the extension at the end of the path, with or without a query.</summary>
    internal static readonly string[] Patterns =
    [
        .. Extensions.SelectMany(e => new[] { $"*.{e}", $"*.{e}?*", $"*.{e.ToUpperInvariant()}", $"*.{e.ToUpperInvariant()}?*" }),
    ];

    /// <summary>
    /// Blocks the requests not worth making in <paramref name="page"/> (and its same-process frames); with
    /// <paramref name="block"/> false, the session is only made ready for <see cref="SetAsync"/> (one round trip less
    /// for a tab that starts by loading everything).
    /// </summary>
    public static async Task<ICDPSession> ApplyAsync(IBrowserContext context, IPage page, CancellationToken ct, bool block = true)
    {
        var session = await context.NewCDPSessionAsync(page).WaitAsync(ct).ConfigureAwait(false);
        await session.SendAsync("Network.enable").WaitAsync(ct).ConfigureAwait(false);
        if (block)
        {
            await SetAsync(session, block: true, ct).ConfigureAwait(false);
        }

        return session;
    }

    /// <summary>Turns the blocking of <see cref="ApplyAsync"/> on or off (off while the home page is measured as a visitor gets it).</summary>
    public static async Task SetAsync(ICDPSession session, bool block, CancellationToken ct) =>
        await session.SendAsync("Network.setBlockedURLs", new Dictionary<string, object> { ["urls"] = block ? Patterns : Array.Empty<string>() }).WaitAsync(ct).ConfigureAwait(false);
}
