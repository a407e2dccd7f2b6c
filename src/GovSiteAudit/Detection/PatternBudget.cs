using System.Globalization;
using System.Text.RegularExpressions;

namespace GovSiteAudit.Detection;

/// <summary>
/// The time rubric patterns may take on one site. Each match is bounded by the pattern's own timeout (1 s for rubric
/// patterns); beyond that, a pattern that timed out once on a site is not run again on it, and one that has used
/// <see cref="PerPattern"/> in all is stopped too, so a catastrophic pattern costs a site about one timeout, not one
/// per link. Once the site's deadline passes, no pattern runs. Every refusal is counted, so the detector can report the
/// indicator as not determined instead of "not found". One instance per site and detection run; not thread-safe.
/// </summary>
internal sealed class PatternBudget(TimeProvider time, CancellationToken deadline)
{
    /// <summary>Total matching time one pattern may use on one site.</summary>
    public static readonly TimeSpan PerPattern = TimeSpan.FromSeconds(2);

    private readonly Dictionary<(string Pattern, RegexOptions Options), Use> _uses = [];

    /// <summary>How many matches were refused or stopped so far: a rule that saw one may have missed a match.</summary>
    public int Undetermined { get; private set; }

    /// <summary>Why the last match was refused or stopped, for the finding's note.</summary>
    public string? LastReason { get; private set; }

    public CancellationToken Deadline => deadline;

    /// <summary>Whether <paramref name="regex"/> matches <paramref name="input"/>; false (and counted) when it may not run or ran out of time.</summary>
    public bool IsMatch(Regex regex, string? input)
    {
        if (input == null)
        {
            return false;
        }

        if (deadline.IsCancellationRequested)
        {
            return Refuse("the site's time budget (--site-timeout) ran out during detection");
        }

        var key = (regex.ToString(), regex.Options);
        if (!_uses.TryGetValue(key, out var use))
        {
            use = new Use();
            _uses[key] = use;
        }

        if (use.Stopped is { } stopped)
        {
            return Refuse(stopped);
        }

        var started = time.GetTimestamp();
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            use.Stopped = string.Create(CultureInfo.InvariantCulture,
                $"the pattern '{Shorten(regex.ToString())}' timed out (a match took over {regex.MatchTimeout.TotalSeconds:0.##} s) and was not run again on this site");
            return Refuse(use.Stopped);
        }
        finally
        {
            use.Spent += time.GetElapsedTime(started);
            if (use.Stopped is null && use.Spent > PerPattern)
            {
                use.Stopped = string.Create(CultureInfo.InvariantCulture,
                    $"the pattern '{Shorten(regex.ToString())}' timed out (it used its {PerPattern.TotalSeconds:0} s for this site) and was not run again on it");
            }
        }
    }

    /// <summary>
    /// True (and counted) once the site's deadline has passed: for work that is not a pattern match (an XPath expression over
    /// a page) and cannot be stopped halfway, so it stops between pages instead.
    /// </summary>
    public bool OutOfTime() =>
        deadline.IsCancellationRequested && !Refuse("the site's time budget (--site-timeout) ran out during detection");

    private bool Refuse(string reason)
    {
        Undetermined++;
        LastReason = reason;
        return false;
    }

    private static string Shorten(string pattern) => pattern.Length <= 60 ? pattern : pattern[..57] + "...";

    private sealed class Use
    {
        public TimeSpan Spent { get; set; }

        public string? Stopped { get; set; }
    }
}
