namespace GovSiteAudit.Rubrics;

/// <summary>
/// Finds a group that is repeated without bound and holds something repeated without bound, as in <c>(a+)+b</c> or
/// <c>(\w+\s?)*</c>: on a long text that does not match, a backtracking engine tries every way of splitting it, in
/// exponential time. The analysis is a heuristic over the pattern's text, tuned to stay quiet on the usual URL idioms:
/// an inner repetition of one character or class that is always followed by a character it cannot match —
/// <c>([a-z0-9-]+\.)*</c> — splits only one way and is not counted. It warns; the detector bounds such patterns anyway
/// (a match times out after 1 s, and a pattern that timed out is not run again on that site).
/// </summary>
internal static class NestedQuantifier
{
    /// <summary>The text of the first such group (e.g. <c>(a+)+</c>), or null.</summary>
    public static string? Find(string pattern)
    {
        var frames = new Stack<Frame>();
        frames.Push(new Frame(-1));
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '(' when pattern.AsSpan(i).StartsWith("(?#"):
                    var close = pattern.IndexOf(')', i);
                    i = close < 0 ? pattern.Length : close + 1;
                    continue;
                case '(':
                    frames.Push(new Frame(i));
                    i++;
                    continue;
                case ')' when frames.Count > 1:
                    var group = frames.Pop();
                    i++;
                    var (groupQuantifier, afterGroup) = Quantifier(pattern, i);
                    if (groupQuantifier.Unbounded && group.RepeatsInside())
                    {
                        return pattern[group.Start..afterGroup];
                    }

                    frames.Peek().Add(new Item(null, group.RepeatsInside(), groupQuantifier));
                    i = afterGroup;
                    continue;
                case '|':
                    frames.Peek().Add(Item.Alternation);
                    i++;
                    continue;
            }

            var (matches, next) = Atom(pattern, i);
            var (quantifier, end) = Quantifier(pattern, next);
            frames.Peek().Add(new Item(matches, false, quantifier) { Literal = LiteralAt(pattern, i, next) });
            i = end;
        }

        return null;
    }

    /// <summary>One element of a group's sequence: a single-character atom (what it matches), a group, or '|'.</summary>
    private sealed record Item(Func<char, bool>? Matches, bool GroupRepeatsInside, Repeat Quantifier, bool IsAlternation = false)
    {
        public static readonly Item Alternation = new(null, false, Repeat.Once, IsAlternation: true);

        /// <summary>A literal character, as far as one can tell: it matches exactly one known character.</summary>
        public char? Literal { get; init; }
    }

    private readonly record struct Repeat(bool Unbounded, bool Optional)
    {
        public static readonly Repeat Once = new(false, false);
    }

    private sealed class Frame(int start)
    {
        private readonly List<Item> _items = [];

        public int Start { get; } = start;

        public void Add(Item item) => _items.Add(item);

        /// <summary>Whether something inside repeats without bound in more than one way of splitting a text.</summary>
        public bool RepeatsInside()
        {
            for (var k = 0; k < _items.Count; k++)
            {
                var item = _items[k];
                if (item.GroupRepeatsInside)
                {
                    return true;
                }

                if (!item.Quantifier.Unbounded || item.IsAlternation)
                {
                    continue;
                }

                var next = k + 1 < _items.Count ? _items[k + 1] : null;
                var separated = item.Matches is not null && next is { Literal: { } literal, Quantifier.Optional: false }
                                && !item.Matches(char.ToLowerInvariant(literal)) && !item.Matches(char.ToUpperInvariant(literal));
                if (!separated)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The atom at <paramref name="i"/>: what single character it matches (null when it is not one), and where it ends.</summary>
    private static (Func<char, bool>? Matches, int Next) Atom(string pattern, int i)
    {
        var c = pattern[i];
        if (c == '[')
        {
            return CharacterClass(pattern, i);
        }

        if (c == '.')
        {
            return (ch => ch != '\n', i + 1);
        }

        if (c is '^' or '$')
        {
            return (null, i + 1);
        }

        if (c == '\\' && i + 1 < pattern.Length)
        {
            var e = pattern[i + 1];
            if (e is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{')
            {
                var close = pattern.IndexOf('}', i + 2);
                return (_ => true, close < 0 ? pattern.Length : close + 1);
            }

            return (Escape(e), i + 2);
        }

        return (ch => ch == c, i + 1);
    }

    /// <summary>The one character a plain or escaped-punctuation atom stands for; null for classes, anchors and the rest.</summary>
    private static char? LiteralAt(string pattern, int start, int next)
    {
        var c = pattern[start];
        if (next == start + 1)
        {
            return c is '.' or '^' or '$' or '[' ? null : c;
        }

        return next == start + 2 && c == '\\' && !char.IsLetterOrDigit(pattern[start + 1]) ? pattern[start + 1] : null;
    }

    /// <summary>\d, \w, \s and their negations; a punctuation escape is that character; anything else is not a known character.</summary>
    private static Func<char, bool>? Escape(char e) => e switch
    {
        'd' => char.IsDigit,
        'D' => ch => !char.IsDigit(ch),
        'w' => ch => char.IsLetterOrDigit(ch) || ch == '_',
        'W' => ch => !(char.IsLetterOrDigit(ch) || ch == '_'),
        's' => char.IsWhiteSpace,
        'S' => ch => !char.IsWhiteSpace(ch),
        _ when !char.IsLetterOrDigit(e) => ch => ch == e,
        _ => null,
    };

    private static (Func<char, bool>? Matches, int Next) CharacterClass(string pattern, int start)
    {
        var i = start + 1;
        var negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }

        var parts = new List<Func<char, bool>>();
        var first = true;
        var uncertain = false;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            first = false;
            if (pattern[i] == '-' && i + 1 < pattern.Length && pattern[i + 1] == '[')
            {
                // .NET class subtraction: [a-z-[aeiou]]. Too rare to model; it just cannot separate anything.
                uncertain = true;
                var depth = 0;
                for (; i < pattern.Length; i++)
                {
                    depth += pattern[i] == '[' ? 1 : pattern[i] == ']' ? -1 : 0;
                    if (depth == 0 && pattern[i] == ']')
                    {
                        i++;
                        break;
                    }
                }

                continue;
            }

            var (low, afterLow, set) = ClassChar(pattern, i);
            if (set is not null)
            {
                parts.Add(set);
                i = afterLow;
                continue;
            }

            if (afterLow + 1 < pattern.Length && pattern[afterLow] == '-' && pattern[afterLow + 1] != ']')
            {
                var (high, afterHigh, _) = ClassChar(pattern, afterLow + 1);
                var (from, to) = (low, high);
                parts.Add(ch => ch >= from && ch <= to);
                i = afterHigh;
                continue;
            }

            var single = low;
            parts.Add(ch => ch == single);
            i = afterLow;
        }

        var end = Math.Min(pattern.Length, i + 1);
        if (uncertain)
        {
            return (_ => true, end);
        }

        return (ch => parts.Any(p => p(ch)) != negated, end);
    }

    /// <summary>One character of a class, or a set escape inside it (\d, \w, \s …).</summary>
    private static (char Char, int Next, Func<char, bool>? Set) ClassChar(string pattern, int i)
    {
        if (pattern[i] != '\\' || i + 1 >= pattern.Length)
        {
            return (pattern[i], i + 1, null);
        }

        var e = pattern[i + 1];
        if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
        {
            return ('\0', i + 2, Escape(e));
        }

        if (e is 'p' or 'P')
        {
            var close = pattern.IndexOf('}', i);
            return ('\0', close < 0 ? pattern.Length : close + 1, _ => true);
        }

        return (e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e }, i + 2, null);
    }

    /// <summary>The quantifier at <paramref name="i"/>, if any (a lazy '?' after it included), and where it ends.</summary>
    private static (Repeat Repeat, int Next) Quantifier(string pattern, int i)
    {
        if (i >= pattern.Length)
        {
            return (Repeat.Once, i);
        }

        Repeat repeat;
        int next;
        switch (pattern[i])
        {
            case '*':
                (repeat, next) = (new Repeat(true, true), i + 1);
                break;
            case '+':
                (repeat, next) = (new Repeat(true, false), i + 1);
                break;
            case '?':
                (repeat, next) = (new Repeat(false, true), i + 1);
                break;
            case '{' when Braces(pattern, i) is { } braces:
                (repeat, next) = braces;
                break;
            default:
                return (Repeat.Once, i);
        }

        return (repeat, next < pattern.Length && pattern[next] == '?' ? next + 1 : next);
    }

    /// <summary>{n}, {n,} or {n,m}; null when the brace is a literal.</summary>
    private static (Repeat, int)? Braces(string pattern, int i)
    {
        var close = pattern.IndexOf('}', i);
        if (close < 0)
        {
            return null;
        }

        var body = pattern[(i + 1)..close];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var min = comma < 0 ? body : body[..comma];
        if (min.Length == 0 || !min.All(char.IsAsciiDigit) || (comma >= 0 && !body[(comma + 1)..].All(char.IsAsciiDigit)))
        {
            return null;
        }

        var unbounded = comma >= 0 && comma == body.Length - 1;
        return (new Repeat(unbounded, min.TrimStart('0').Length == 0), close + 1);
    }
}
