namespace GovSiteAudit.Targets;

/// <summary>
/// A directory's index file (<c>/about/index.html</c>, <c>/default.aspx</c>…) is the directory itself: sites link a page
/// both ways. One list for the crawler's "seen before" and detection's "the page a link leads to".
/// </summary>
public static class IndexFile
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "index.html", "index.htm", "index.php", "index.asp", "index.aspx", "index.jsp",
        "default.html", "default.htm", "default.asp", "default.aspx",
    };

    /// <summary>"/about/index.html" → "/about/"; any other path (or address up to its path) as it is.</summary>
    public static string Strip(string path)
    {
        var lastSlash = path.LastIndexOf('/');
        return Names.Contains(path[(lastSlash + 1)..]) ? path[..(lastSlash + 1)] : path;
    }
}
