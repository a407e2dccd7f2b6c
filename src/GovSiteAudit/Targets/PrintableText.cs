using System.Globalization;
using System.Text;

namespace GovSiteAudit.Targets;

/// <summary>
/// Input echoed back in messages (a bad target line, a rubric key, a file name) as text a terminal only shows:
/// control characters (C0, DEL, C1: escape sequences, bells, carriage returns) and the Unicode bidi overrides and
/// line separators are written as <c>\u001B</c>, <c>\r</c> …, so a hostile list can neither drive the terminal
/// (retitle it, clear it, hide text) nor fake a line of our own output.
/// </summary>
public static class PrintableText
{
    /// <summary><paramref name="text"/> with every character a terminal would act on escaped.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>
    /// The same, except that <c>\n</c>, <c>\r</c> and <c>\t</c> pass: for whole messages whose own line breaks and
    /// progress-line returns are ours (the values inside them were escaped when the message was made).
    /// </summary>
    public static string EscapeKeepingLayout(string text) => Escape(text, keepLineBreaks: true);

    public static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static string Escape(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i]) && !(keepLineBreaks && text[i] is '\n' or '\r' or '\t'))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c) || (keepLineBreaks && c is '\n' or '\r' or '\t'))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }
}
