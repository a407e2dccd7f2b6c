namespace GovSiteAudit.Crawl;

/// <summary>
/// Tells a binary file served as <c>text/html</c> from a web page. Browsers render such bytes as text; its DOM is
/// full of control characters, which no real page (in any charset, even decoded with the wrong one) contains.
/// </summary>
internal static class BinaryContent
{
    private const int Sample = 64 * 1024;

    /// <summary>
    /// Control characters a page may carry by accident (pasted from a word processor, a stray form feed in a
    /// template): a short page with a few of them is still a page, however high their share.
    /// </summary>
    private const int StrayControls = 16;

    /// <summary>True when more than 1 % of the first 64 Ki characters, and more than a few, are C0 control characters.</summary>
    public static bool LooksBinary(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var length = Math.Min(html.Length, Sample);
        if (length < 64)
        {
            return false;
        }

        var controls = 0;
        for (var i = 0; i < length; i++)
        {
            var c = html[i];
            if (c is < '\u0020' and not ('\t' or '\n' or '\r' or '\f') || c == '\u007F')
            {
                controls++;
            }
        }

        return controls > StrayControls && controls * 100 > length;
    }
}
