namespace GovSiteAudit.Crawl;

/// <summary>
/// What the crawl measures of a site's quality beyond its pages (issue 13). Off in the library unless asked; the
/// <c>audit</c> command measures everything by default (<c>--measure</c>, <c>--check-links</c>).
/// </summary>
public sealed record QualityOptions
{
    public const int DefaultCheckLinks = 100;

    public static QualityOptions Off { get; } = new() { Measure = false, CheckLinks = 0 };

    /// <summary>The home page's speed (its images, fonts and scripts loaded), its fit on a phone, and the search probe.</summary>
    public bool Measure { get; init; } = true;

    /// <summary>Same-site links checked per site (HEAD, GET when HEAD is refused); 0 checks none.</summary>
    public int CheckLinks { get; init; } = DefaultCheckLinks;

    /// <summary>True when anything is measured.</summary>
    public bool Enabled => Measure || CheckLinks > 0;
}
