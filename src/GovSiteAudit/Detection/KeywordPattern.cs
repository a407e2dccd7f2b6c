using System.Text;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Detection;

/// <summary>
/// One keyword compiled for matching against normalised text (<see cref="KeywordText.Normalize"/>): a sequence
/// of segments, each with one or more spellings (a word marked <c>~</c> brings its English forms), joined
/// either flexibly (a space or hyphen between Latin words in the keyword matches a space, a hyphen or
/// nothing: sign up, sign-up, signup) or by a gap (<c>…</c>: up to MaxGap characters). Latin keywords keep
/// whole-word boundaries at their ends; CJK keeps substring semantics.
/// </summary>
internal sealed class KeywordPattern
{
    private const int MaxSpellings = 256;

    private readonly string[][] _segments;
    private readonly bool[] _gapBefore;
    private readonly string[] _anchors;
    private readonly int _maxGap;

    private KeywordPattern(string[][] segments, bool[] gapBefore, int maxGap)
    {
        _segments = segments;
        _gapBefore = gapBefore;
        _maxGap = maxGap;
        // The longest prefix every spelling of the first segment shares: one IndexOf finds them all.
        _anchors = segments[0].Length == 1 ? segments[0] : [CommonPrefix(segments[0])];
    }

    /// <summary>True for a keyword that is one plain string (the common case: matched with one IndexOf).</summary>
    public bool IsPlain => _segments.Length == 1 && _segments[0].Length == 1;

    public static KeywordPattern Compile(string keyword, int maxGap)
    {
        var segments = new List<string[]>();
        var gaps = new List<bool>();
        var first = true;
        foreach (var part in keyword.Split(KeywordSyntax.Gap))
        {
            var gap = !first;
            foreach (var spellings in Segments(KeywordText.Normalize(part)))
            {
                segments.Add(spellings);
                gaps.Add(gap);
                gap = false;
            }

            first = false;
        }

        if (segments.Count == 0)
        {
            segments.Add([""]);
            gaps.Add(false);
        }

        return new KeywordPattern([.. segments], [.. gaps], maxGap);
    }

    /// <summary>Whether the keyword occurs in <paramref name="text"/> (already normalised).</summary>
    public bool IsMatch(string text)
    {
        if (IsPlain)
        {
            return KeywordText.IndexOfNormalized(text, _segments[0][0]) >= 0;
        }

        var anchor = _anchors[0];
        if (anchor.Length == 0)
        {
            return false;
        }

        var start = 0;
        while (start <= text.Length - anchor.Length)
        {
            var at = text.IndexOf(anchor, start, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            foreach (var spelling in _segments[0])
            {
                if (string.CompareOrdinal(text, at, spelling, 0, spelling.Length) == 0
                    && spelling.Length > 0
                    && (!IsWordChar(spelling[0]) || at == 0 || !IsWordChar(text[at - 1]))
                    && MatchesFrom(text, at + spelling.Length, 1, spelling))
                {
                    return true;
                }
            }

            start = at + 1;
        }

        return false;
    }

    private bool MatchesFrom(string text, int position, int index, string previous)
    {
        if (index == _segments.Length)
        {
            return !IsWordChar(previous[^1]) || position == text.Length || !IsWordChar(text[position]);
        }

        if (_gapBefore[index])
        {
            var last = Math.Min(text.Length, position + _maxGap);
            for (var q = position; q <= last; q++)
            {
                // A non-empty gap starts and ends at word boundaries: "check…status" is not inside "checking".
                if (q > position && IsWordChar(previous[^1]) && IsWordChar(text[position]))
                {
                    break;
                }

                foreach (var spelling in _segments[index])
                {
                    if (q > position && IsWordChar(spelling[0]) && IsWordChar(text[q - 1]))
                    {
                        continue;
                    }

                    if (StartsAt(text, q, spelling) && MatchesFrom(text, q + spelling.Length, index + 1, spelling))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Flexible joint between two Latin words: "sign up", "sign-up" or "signup".
        foreach (var spelling in _segments[index])
        {
            if (StartsAt(text, position, spelling) && MatchesFrom(text, position + spelling.Length, index + 1, spelling))
            {
                return true;
            }

            if (position < text.Length && text[position] is ' ' or '-'
                && StartsAt(text, position + 1, spelling) && MatchesFrom(text, position + 1 + spelling.Length, index + 1, spelling))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits one gap-free part into segments at each single space or hyphen between two Latin words; a word
    /// followed by <c>~</c> multiplies its segment's spellings by its English forms.
    /// </summary>
    private static IEnumerable<string[]> Segments(string part)
    {
        var spellings = new List<string> { "" };
        var word = new StringBuilder();
        for (var i = 0; i <= part.Length; i++)
        {
            var c = i < part.Length ? part[i] : '\0';
            if (i < part.Length && c == KeywordSyntax.Forms && word.Length > 0)
            {
                var forms = EnglishWordForms.Of(word.ToString());
                spellings = [.. spellings.SelectMany(s => forms.Select(f => s + f)).Take(MaxSpellings)];
                word.Clear();
                continue;
            }

            if (i < part.Length && IsWordChar(c))
            {
                word.Append(c);
                continue;
            }

            // End of a word (or of the part): its text joins every spelling.
            if (word.Length > 0)
            {
                var w = word.ToString();
                spellings = [.. spellings.Select(s => s + w)];
                word.Clear();
            }

            if (i == part.Length)
            {
                break;
            }

            var joint = c is ' ' or '-'
                && i > 0 && i + 1 < part.Length
                && (IsWordChar(part[i - 1]) || part[i - 1] == KeywordSyntax.Forms)
                && IsWordChar(part[i + 1]);
            if (joint)
            {
                yield return [.. spellings.Distinct()];
                spellings = [""];
                continue;
            }

            spellings = [.. spellings.Select(s => s + c)];
        }

        var last = spellings.Where(s => s.Trim().Length > 0).Select(s => s.Trim()).Distinct().ToArray();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static bool StartsAt(string text, int position, string value) =>
        position + value.Length <= text.Length && string.CompareOrdinal(text, position, value, 0, value.Length) == 0;

    private static string CommonPrefix(string[] values)
    {
        var prefix = values[0];
        foreach (var value in values)
        {
            var n = 0;
            while (n < prefix.Length && n < value.Length && prefix[n] == value[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        return prefix;
    }

    private static bool IsWordChar(char c) => KeywordText.IsWordCharacter(c);
}
