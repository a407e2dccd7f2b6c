namespace GovSiteAudit.Rubrics;

/// <summary>An XPath over the rendered DOM that selects at least one node.</summary>
public sealed record XPathRule(string Expression, PageScope Pages) : Rule;
