namespace GovSiteAudit.Rubrics;

/// <summary>
/// "Did you mean …?" for a misspelt key, rule kind or choice: the closest allowed word by edit distance, when it is
/// close enough (a third of its length, at least one edit) to be the likely intent.
/// </summary>
internal static class SpellingSuggestion
{
    /// <summary>" (did you mean 'x'?)" for the closest of <paramref name="allowed"/>, or "" when none is close.</summary>
    public static string For(string given, IReadOnlyList<string> allowed)
    {
        var best = allowed
            .Select(a => (Name: a, Distance: Distance(given.ToLowerInvariant(), a)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean '{best.Name}'?)";
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
