namespace GovSiteAudit.Rubrics;

/// <summary>Keywords in the visible text of a region (script, style and template content excluded).</summary>
public sealed record TextRule(KeywordSet Keywords, Region Region, PageScope Pages) : Rule;
