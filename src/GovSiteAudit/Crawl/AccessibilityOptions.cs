namespace GovSiteAudit.Crawl;

/// <summary>How axe-core is run during the crawl. Immutable; part of <see cref="CrawlOptions"/>.</summary>
public sealed record AccessibilityOptions
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA: what Taiwan's 無障礙網頁開發規範, Section 508 and EN 301 549 ask.</summary>
    public static IReadOnlyList<string> DefaultTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static AccessibilityOptions Off { get; } = new() { Mode = AccessibilityMode.Off };

    public AccessibilityMode Mode { get; init; } = AccessibilityMode.Home;

    /// <summary>Pages tested per site in <see cref="AccessibilityMode.Sample"/>, home page included.</summary>
    public int Pages { get; init; } = 5;

    /// <summary>axe rule tags to run (<c>runOnly</c> by tag).</summary>
    public IReadOnlyList<string> Tags { get; init; } = DefaultTags;

    /// <summary>
    /// Time axe may take on one page, frames included. A page that takes longer is "not measured" and its tab is
    /// replaced (the script may still be running in it).
    /// </summary>
    public TimeSpan PageBudget { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Above this many elements in a document, the rules whose cost grows fastest with the page
    /// (<see cref="SlowRules"/>) are skipped there and the site's notes say so.
    /// </summary>
    public int LargeDocumentElements { get; init; } = 15_000;

    /// <summary>Rules skipped on very large documents: colour contrast computes every text's background and stacking.</summary>
    public static IReadOnlyList<string> SlowRules { get; } = ["color-contrast"];

    public bool Enabled => Mode != AccessibilityMode.Off;

    /// <summary>How many pages at most are tested per site.</summary>
    public int PageLimit => Mode switch
    {
        AccessibilityMode.Off => 0,
        AccessibilityMode.Home => 1,
        _ => Math.Max(1, Pages),
    };

    /// <summary>The name used in outputs and notes: off, home or sample.</summary>
    public string ModeName => Mode.ToString().ToLowerInvariant();
}
