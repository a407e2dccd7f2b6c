using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

public sealed record AllRule(IReadOnlyList<Rule> Rules) : Rule;
