using System.Net;
using System.Text;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Keeps the links a menu draws only when opened (a "Menu" button whose entries a script builds on click) as part of the
/// page: a citizen who opens the menu sees them, so they are evidence like the links of the page as it loaded. The page's
/// HTML stays as it loaded (axe and every other reader saw that); the links are kept beside it as a frame of their own,
/// <c>{page}#opened-menus</c>, holding one plain link per entry with the text the menu showed. The frame has no header,
/// nav or footer region, so region rules do not take a menu entry for a footer link.
/// </summary>
internal static class OpenedMenus
{
    /// <summary>Fragment naming the frame in evidence and in the JSON report.</summary>
    public const string Fragment = "#opened-menus";

    /// <summary>Entries kept per page (a hostile menu cannot make the snapshot grow without bound).</summary>
    public const int MaxEntries = 500;

    public static PageSnapshot AddTo(PageSnapshot page, IReadOnlyList<FoundLink> drawn)
    {
        if (drawn.Count == 0)
        {
            return page;
        }

        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Menus opened</title></head><body><ul>");
        foreach (var link in drawn.Take(MaxEntries))
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link.Url)).Append("\">")
                .Append(WebUtility.HtmlEncode(link.Text)).Append("</a></li>");
        }

        html.Append("</ul></body></html>");
        var url = page.Url.Split('#')[0] + Fragment;
        return page with { Frames = [.. page.Frames, new FrameSnapshot(url, html.ToString())] };
    }
}
