namespace GovSiteAudit.Rubrics;

/// <summary>
/// The small syntax keywords may use beyond plain words, checked when a rubric is read:
/// <list type="bullet">
/// <item><c>…</c> (U+2026) between two parts: a short insertion is allowed there (常見…問題 matches 常見稅務問題);</item>
/// <item><c>~</c> right after a Latin word: the word's English forms match too (subscribe~: subscribes,
/// subscribed, subscriber, subscription …).</item>
/// </list>
/// </summary>
public static class KeywordSyntax
{
    public const char Gap = '…';

    public const char Forms = '~';

    /// <summary>Most word-form combinations one keyword may expand to (each <c>~</c> multiplies them).</summary>
    public const int MaxFormWords = 2;

    /// <summary>What is wrong with the keyword's syntax, or null when it is fine.</summary>
    public static string? Problem(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var parts = keyword.Split(Gap);
        if (parts.Length > 1 && parts.Any(p => p.Trim().Length == 0))
        {
            return $"'{keyword}': '{Gap}' stands between two parts of a keyword (常見{Gap}問題), not at its start or end or twice in a row";
        }

        var formWords = 0;
        for (var i = 0; i < keyword.Length; i++)
        {
            if (keyword[i] is not (Forms or '～'))
            {
                continue;
            }

            if (i == 0 || !IsLatinLetter(keyword[i - 1]))
            {
                return $"'{keyword}': '{Forms}' marks a Latin word for its English forms and must follow the word directly (subscribe{Forms})";
            }

            if (i + 1 < keyword.Length && (IsLatinLetter(keyword[i + 1]) || char.IsDigit(keyword[i + 1])))
            {
                return $"'{keyword}': '{Forms}' ends a word; put a space or '-' after it (apply{Forms} online)";
            }

            formWords++;
        }

        return formWords > MaxFormWords
            ? $"'{keyword}': at most {MaxFormWords} words of a keyword may carry '{Forms}'"
            : null;
    }

    /// <summary>The keyword as plain text parts (markers dropped, split at gaps), e.g. for a crawler's priority words.</summary>
    public static IEnumerable<string> PlainParts(string keyword) =>
        keyword.Replace(Forms.ToString(), "", StringComparison.Ordinal).Replace("～", "", StringComparison.Ordinal)
            .Split(Gap, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c is >= '\u00C0' and <= '\u024F');
}
