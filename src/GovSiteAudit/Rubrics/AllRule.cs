namespace GovSiteAudit.Rubrics;

public sealed record AllRule(IReadOnlyList<Rule> Rules) : Rule;
