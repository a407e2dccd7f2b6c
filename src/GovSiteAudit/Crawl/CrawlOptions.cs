namespace GovSiteAudit.Crawl;

/// <summary>How one site is crawled. Immutable; one instance serves a whole run.</summary>
public sealed record CrawlOptions
{
    public const string DefaultUserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 " +
        "GovSiteAudit/0.1 (+https://github.com/govsiteaudit/govsiteaudit)";

    /// <summary>Link depth followed from the home page (home page = depth 0).</summary>
    public int MaxDepth { get; init; } = 2;

    /// <summary>Pages visited per site, home page included.</summary>
    public int MaxPages { get; init; } = 20;

    /// <summary>Per-page navigation budget.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Budget for a whole site, after which its browser context is abandoned (a watchdog: Playwright calls can hang).
    /// Null: every page's timeout plus some room.
    /// </summary>
    public TimeSpan? SiteTimeout { get; init; }

    /// <summary>The end of <see cref="SiteTimeout"/> kept for detecting and scoring the pages read: the crawl stops that much earlier.</summary>
    public TimeSpan DetectionReserve { get; init; } = TimeSpan.Zero;

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Allow loopback, private and link-local addresses (tests and local fixtures).</summary>
    public bool AllowPrivateNetwork { get; init; }

    /// <summary>Refuse to read sites whose certificate a browser would reject (status <c>tls</c>) instead of reading them anyway.</summary>
    public bool StrictTls { get; init; }

    /// <summary>Link texts/URLs containing these are visited first, so FAQ, privacy and login pages fit the budget.</summary>
    public IReadOnlyList<string> PriorityKeywords { get; init; } = [];

    /// <summary>Pause between two page loads on one host (politeness, --delay); pages of a host are loaded one at a time anyway.</summary>
    public TimeSpan PageDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Crawl beyond the home page even where robots.txt disallows it (--ignore-robots).</summary>
    public bool IgnoreRobots { get; init; }

    /// <summary>Which rendered pages axe-core tests, and how (--accessibility). Off unless asked.</summary>
    public AccessibilityOptions Accessibility { get; init; } = AccessibilityOptions.Off;

    /// <summary>Speed, phone fit, links checked and the search probe (--measure, --check-links). Off unless asked.</summary>
    public QualityOptions Quality { get; init; } = QualityOptions.Off;
}
