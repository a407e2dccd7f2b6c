using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>An <c>href</c> (a, area, link) matching a regex or a glob (the glob is compiled to <paramref name="Pattern"/>).</summary>
public sealed record HrefRule(Regex Pattern, string PatternSource, PageScope Pages) : Rule;
