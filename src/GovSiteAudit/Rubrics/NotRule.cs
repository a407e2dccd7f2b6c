namespace GovSiteAudit.Rubrics;

public sealed record NotRule(Rule Inner) : Rule;
