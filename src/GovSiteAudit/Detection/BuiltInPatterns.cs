using System.Text.RegularExpressions;

namespace GovSiteAudit.Detection;

/// <summary>
/// The detector's own patterns, as opposed to a rubric's: feed types and addresses, page plugins, headline dates. Unlike
/// rubric patterns they are not run through <see cref="PatternBudget"/> (they are ours and linear on ordinary input), but
/// each match is still bounded by <see cref="MatchTimeout"/>: on a starved machine or a hostile page (an address tens of
/// thousands of characters long) one can run out, and the <see cref="RegexMatchTimeoutException"/> reaches
/// <see cref="Detector"/>, which reports that indicator as not determined and goes on with the others.
/// </summary>
internal sealed partial class BuiltInPatterns
{
    /// <summary>The bound of one match; the source-generated patterns below carry it as a constant.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    private const int TimeoutMilliseconds = 1000;

    private BuiltInPatterns(Regex feedType, Regex feedPath, Regex feedQuery, Regex pagePlugin, Regex headlineDate)
    {
        FeedType = feedType;
        FeedPath = feedPath;
        FeedQuery = feedQuery;
        PagePlugin = pagePlugin;
        HeadlineDate = headlineDate;
    }

    /// <summary>The patterns every audit uses (source-generated, bounded by <see cref="MatchTimeout"/>).</summary>
    public static BuiltInPatterns Default { get; } =
        new(FeedTypeSource(), FeedPathSource(), FeedQuerySource(), PagePluginSource(), HeadlineDateSource());

    /// <summary>A <c>type</c> attribute that names a feed.</summary>
    public Regex FeedType { get; }

    /// <summary>A path that looks like a feed (<c>.rss</c>, <c>/news-feed.xml</c>, <c>/rss/</c>, <c>/feeds.aspx</c> …).</summary>
    public Regex FeedPath { get; }

    /// <summary>A query that asks for a feed (<c>?format=rss</c>).</summary>
    public Regex FeedQuery { get; }

    /// <summary>The path of an embedded social page plugin (<c>/plugins/page.php</c>).</summary>
    public Regex PagePlugin { get; }

    /// <summary>A date as news lists show one (2024-05-01, 113-05-01, 2024年5月1日, May 1, 2024, 1 May 2024).</summary>
    public Regex HeadlineDate { get; }

    /// <summary>
    /// The same patterns bounded by another match timeout (interpreted, not source-generated): how a test makes one run
    /// out on a long input without starving the machine.
    /// </summary>
    public static BuiltInPatterns WithMatchTimeout(TimeSpan matchTimeout)
    {
        var d = Default;
        return new(With(d.FeedType), With(d.FeedPath), With(d.FeedQuery), With(d.PagePlugin), With(d.HeadlineDate));
        Regex With(Regex pattern) => new(pattern.ToString(), pattern.Options, matchTimeout);
    }

    [GeneratedRegex(@"application/(rss|atom)\+xml|application/rdf\+xml", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex FeedTypeSource();

    // .rss/.atom/.rdf files, rss.xml / atom.xml / feed.xml style files, and /rss, /feed(s), /atom paths
    // (with a server-page extension or under them: /rss.aspx?n=1, /rss/news, /RssList.aspx; not /feedback).
    [GeneratedRegex(@"\.(rss|atom|rdf)$|(^|/)[\w-]*(rss|atom|feed)[\w-]*\.xml$|(^|/)(rss[\w-]*|atom|feeds?)(\.(aspx|ashx|php|jsp|do|cfm|asp|html?))?(/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex FeedPathSource();

    [GeneratedRegex(@"[?&](format|type|feed|output)=(rss|atom)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex FeedQuerySource();

    [GeneratedRegex(@"/plugins/(page|likebox)\.php$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex PagePluginSource();

    // Numeric dates are bounded by "not a digit" rather than \b: in minified Chinese markup a date often follows the
    // headline with no space ("改革2024-04-30"), and a CJK character and a digit are both word characters.
    // Mainland news and letter lists often show only the month and day: "(03-17)", "[11-29]", "11月29日". Those count with
    // a zero-padded month and day and a hyphen ("03-17"), so a range ("ages 5-12"), a phone number ("02-2345-6789"), a
    // version ("1.12") or a time ("10:30") is not a date.
    [GeneratedRegex(@"(?<![\d.:/-])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d:-])|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(^|[^\d])1\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d{2}(?!\d)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (19|20)\d{2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex HeadlineDateSource();
}
