namespace GovSiteAudit.Rubrics;

/// <summary>Which pages of a site a rule looks at.</summary>
public enum PageScope
{
    /// <summary>Every page visited (home page, inner pages and their same-site frames).</summary>
    All,
    /// <summary>The home page (and its same-site frames) only.</summary>
    Home,
}
