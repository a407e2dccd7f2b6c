using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// Tells an entry of a news list from a feature link: a headline sits in a list item, table row or paragraph
/// that also shows a date (2024-05-01, 113-05-01, 2024年5月1日, May 1, 2024, 1 May 2024). "民意調查結果出爐"
/// in such a list is news about a survey, not a way to take part in one.
/// </summary>
internal static partial class Headlines
{
    private static readonly HashSet<string> Items = new(StringComparer.Ordinal) { "li", "tr", "dd", "dt", "article", "p" };

    public static bool IsDated(ParsedDocument document, HtmlNode link)
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
            return text.Length <= 300 && Date().IsMatch(text);
        }

        return false;
    }

    // Numeric dates are bounded by "not a digit" rather than \b: in minified Chinese markup a date often follows the
    // headline with no space ("改革2024-04-30"), and a CJK character and a digit are both word characters.
    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(^|[^\d])1\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d{2}(?!\d)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (19|20)\d{2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Date();
}
