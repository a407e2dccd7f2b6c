using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// Tells an entry of a news list from a feature link: a headline sits in a list item, table row or paragraph
/// that also shows a date (2024-05-01, 113-05-01, 2024年5月1日, May 1, 2024, 1 May 2024, or only month and day: 03-17,
/// 3月17日). "民意調查結果出爐"
/// in such a list is news about a survey, not a way to take part in one.
/// </summary>
internal static class Headlines
{
    private static readonly HashSet<string> Items = new(StringComparer.Ordinal) { "li", "tr", "dd", "dt", "article", "p" };

    public static bool IsDated(ParsedDocument document, HtmlNode link, BuiltInPatterns patterns)
    {
        var depth = 0;
        for (var n = link.ParentNode; n != null && depth < 4; n = n.ParentNode, depth++)
        {
            if (n.NodeType != HtmlNodeType.Element || !Items.Contains(n.Name))
            {
                continue;
            }

            var text = document.FlatText(n);
            // An item as long as an article is a container, not an entry.
            return text.Length <= 300 && patterns.HeadlineDate.IsMatch(text);
        }

        return false;
    }
}
