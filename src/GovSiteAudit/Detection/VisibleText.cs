using System.Text;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// The text a visitor can see. Hidden-until-hover menus count (mega-menus are `display:none` until
/// hovered), so only markup that never renders is skipped.
/// </summary>
internal static class VisibleText
{
    private static readonly HashSet<string> NeverRendered =
        new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "head", "title" };

    // Block boxes start a new line, so a keyword never straddles two paragraphs or table cells.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html", "iframe", "frame", "select",
        "legend", "menu",
    };

    public static bool IsNeverRendered(HtmlNode node) => node.NodeType == HtmlNodeType.Element && NeverRendered.Contains(node.Name);

    /// <summary>Visible text with a newline at each block boundary; entities decoded.</summary>
    public static string WithLines(HtmlNode root)
    {
        var sb = new StringBuilder();
        // Iterative walk: real pages nest deep enough that recursion is a needless risk.
        var stack = new Stack<(HtmlNode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                sb.Append('\n');
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue;
                case HtmlNodeType.Text:
                    sb.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    continue;
                case HtmlNodeType.Element:
                    if (NeverRendered.Contains(node.Name))
                    {
                        continue;
                    }

                    if (node.Name == "br")
                    {
                        sb.Append('\n');
                        continue;
                    }

                    if (Blocks.Contains(node.Name))
                    {
                        sb.Append('\n');
                        stack.Push((node, true));
                    }

                    break;
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], false));
            }
        }

        return sb.ToString();
    }

    /// <summary>Visible text on one line, white space collapsed (as a link or button shows it).</summary>
    public static string Flat(HtmlNode root) => CollapseWhiteSpace(WithLines(root));

    /// <summary>Splits visible text into sentences: lines, and after 。！？!? or a full stop followed by a space.</summary>
    public static IReadOnlyList<TextSentence> Sentences(HtmlNode root)
    {
        var text = WithLines(root);
        var sentences = new List<TextSentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c switch
            {
                '\n' or '\r' or '。' or '｡' or '!' or '?' or '！' or '？' => true,
                // A full stop ends a sentence only before white space, so URLs, decimals and "e.g" stay whole.
                '.' or '．' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
                _ => false,
            };
            if (ends)
            {
                Add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    public static string CollapseWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max = 120) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static void Add(string text, int start, int end, List<TextSentence> sentences)
    {
        if (end <= start)
        {
            return;
        }

        var shown = CollapseWhiteSpace(text[start..end]);
        if (shown.Length == 0)
        {
            return;
        }

        sentences.Add(new TextSentence(shown, KeywordText.Normalize(shown)));
    }
}
