namespace GovSiteAudit.Crawl;

/// <summary>
/// The routes of single-page apps that live after the <c>#</c>: <c>#/fares</c> and hashbang <c>#!/fares</c> (or
/// <c>#!fares</c>) name a view the app's router renders, so they are pages to crawl, where an ordinary
/// <c>#section</c> anchor is a place on the same page. Routes reached through the History API are ordinary paths and
/// need nothing here.
/// </summary>
internal static class AppRoute
{
    /// <summary>The fragment, <c>#</c> included, when it is a route other than the root (<c>#/</c>, <c>#!</c>); else empty.</summary>
    public static string FragmentOf(Uri url)
    {
        var fragment = url.Fragment;
        var isRoute = fragment.StartsWith("#/", StringComparison.Ordinal) || fragment.StartsWith("#!", StringComparison.Ordinal);
        // "#/", "#!" and "#!/" are the app's root view: the page itself.
        return isRoute && fragment.TrimEnd('/').Length > 2 ? fragment : "";
    }

    /// <summary>True when <paramref name="url"/> names a hash route.</summary>
    public static bool IsHashRoute(Uri url) => FragmentOf(url).Length > 0;

    /// <summary>
    /// True when loading <paramref name="url"/> in a tab now showing <paramref name="current"/> would only change the
    /// fragment: Chromium then navigates within the document and gives no response, so the tab must leave it first.
    /// </summary>
    public static bool SameDocument(Uri url, string current) =>
        Uri.TryCreate(current, UriKind.Absolute, out var shown)
        && string.Equals(
            url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped),
            shown.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped),
            StringComparison.Ordinal);
}
