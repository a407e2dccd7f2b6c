using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Detection;

/// <summary>
/// The snapshot being judged, with each page and frame parsed at most once (on first use) and shared
/// by every indicator of one detection run, and the time its patterns may take (<see cref="PatternBudget"/>).
/// </summary>
internal sealed class SiteDocuments(SiteSnapshot site, PatternBudget? patterns = null)
{
    private List<ParsedDocument>? _home;
    private List<ParsedDocument>? _all;
    private SiteMetrics? _metrics;
    private PageNames? _names;
    // Shared with the views of Only(…): a page is parsed once per detection run, whichever view asks first.
    private Dictionary<PageSnapshot, IReadOnlyList<ParsedDocument>> _parsed = new(ReferenceEqualityComparer.Instance);

    public SiteSnapshot Site { get; } = site;

    public PatternBudget Patterns { get; } = patterns ?? new PatternBudget(TimeProvider.System, CancellationToken.None);

    /// <summary>The detector's own patterns (feeds, headline dates); tests give them a tiny match timeout.</summary>
    public BuiltInPatterns BuiltIn { get; init; } = BuiltInPatterns.Default;

    /// <summary>When the site was audited: what days_since_update counts to. Null: freshness is not measured.</summary>
    public DateTimeOffset? AuditedAt { get; init; }

    /// <summary>The site's measurements (metric rules), worked out once on first use.</summary>
    public SiteMetrics Metrics
    {
        get => _metrics ??= SiteMetrics.Of(Site, AuditedAt);
        init => _metrics = value;
    }

    /// <summary>What each page is called (title, main heading, the links leading to it), for <c>page_exclude</c>.</summary>
    public PageNames Names => _names ??= new PageNames(this);

    /// <summary>A rubric pattern's match on this site, within its budget (see <see cref="PatternBudget.IsMatch"/>).</summary>
    public bool IsMatch(System.Text.RegularExpressions.Regex regex, string? input) => Patterns.IsMatch(regex, input);

    /// <summary>
    /// The same for a pattern that excludes: a match that could not be decided counts as a match, so that a pattern that
    /// timed out never lets something through that it might have excluded.
    /// </summary>
    public bool IsMatchOrUnknown(System.Text.RegularExpressions.Regex regex, string? input)
    {
        var before = Patterns.Undetermined;
        return Patterns.IsMatch(regex, input) || Patterns.Undetermined > before;
    }

    /// <summary>Where site-level evidence points: the home page, else where the site ended up, else the target.</summary>
    public string HomeUrl => Site.Home?.Url ?? Site.FinalUrl ?? Site.TargetUrl;

    /// <summary>Pages (and their frames) a rule with this scope looks at; none when the site did not load.</summary>
    public IReadOnlyList<ParsedDocument> InScope(PageScope scope)
    {
        if (Site.Pages.Count == 0)
        {
            return [];
        }

        _home ??= Parse(Site.Pages[0]).ToList();
        if (scope == PageScope.Home)
        {
            return _home;
        }

        if (_all == null)
        {
            _all = [.. _home];
            for (var i = 1; i < Site.Pages.Count; i++)
            {
                _all.AddRange(Parse(Site.Pages[i]));
            }
        }

        return _all;
    }

    /// <summary>
    /// The same site judged on some of its pages only (a link's target and the home page, for <c>target_shows</c>), with
    /// the documents parsed so far shared both ways rather than parsed again.
    /// </summary>
    public SiteDocuments Only(IReadOnlyList<PageSnapshot> pages) =>
        new(Site with { Pages = pages }, Patterns) { BuiltIn = BuiltIn, AuditedAt = AuditedAt, _parsed = _parsed };

    /// <summary>Page snapshots (not frames) in scope: requests belong to pages.</summary>
    public IEnumerable<PageSnapshot> PagesInScope(PageScope scope) =>
        scope == PageScope.Home ? Site.Pages.Take(1) : Site.Pages;

    private IReadOnlyList<ParsedDocument> Parse(PageSnapshot page)
    {
        if (!_parsed.TryGetValue(page, out var documents))
        {
            documents = [ParsedDocument.Parse(page.Url, page.Html), .. page.Frames.Select(f => ParsedDocument.Parse(f.Url, f.Html))];
            _parsed[page] = documents;
        }

        return documents;
    }
}
