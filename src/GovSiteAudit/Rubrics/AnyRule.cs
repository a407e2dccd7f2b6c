namespace GovSiteAudit.Rubrics;

public sealed record AnyRule(IReadOnlyList<Rule> Rules) : Rule;
